/**
 * The remote query contract (docs/remote-source.md) answered by the engine, for a server that searches for the
 * browser (Node, no DOM):
 *
 *   import { createEngine, answerQuery } from 'partner-atlas/state/engine';   // or the built dist/esm path
 *   const engine = createEngine(dataset, { locale: 'en' });
 *   app.get('/partnerships', (req, res) => {
 *     try { res.json(answerQuery(engine, dataset, new URL(req.url, 'http://x').searchParams)); }
 *     catch (e) { if (e instanceof RemoteQueryError) res.status(400).json({ error: e.message }); else throw e; }
 *   });
 *
 * Request: `q`, `filters` (JSON object facet -> values), `page` (0-based), `pageSize` (1-100, default 20), `sort`
 * (`relevance` | `title` | `country` | `start`), optional `from` / `to` years.
 * Response: `{ results, institutions, total, facets }`: the page's partnerships in the input shape of
 * schema/partnership-dataset.schema.json, every institution they name (own shape), the total over all pages and
 * every facet's values with counts (each facet's counts ignore its own selection).
 */
import type {
  ContactInput,
  Dataset,
  FieldInput,
  Institution,
  InstitutionInput,
  LinkInput,
  LocalizedText,
  Partnership,
  PartnershipInput,
  Texts,
} from '../../data/model.js';
import { FACETS, SORTS, type FacetName, type QueryState, type SearchEngine, type SortKey } from '../types.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A request the contract does not allow (answer it with HTTP 400 and the message). */
export class RemoteQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RemoteQueryError';
  }
}

export interface RemoteAnswer {
  results: PartnershipInput[];
  institutions: InstitutionInput[];
  total: number;
  facets: Partial<Record<FacetName, Array<{ value: string; count: number }>>>;
  /** The normalised query terms and the typo variants matched, so that the browser highlights them. */
  terms: string[];
}

type Params = URLSearchParams | Readonly<Record<string, string | undefined>>;

const get = (params: Params, key: string): string | undefined =>
  params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new RemoteQueryError(`"${name}" must be an integer, not "${value.slice(0, 40)}".`);
  return n;
}

/** Reads the request parameters into a view and a page size. Throws RemoteQueryError on a malformed request. */
export function parseRemoteQuery(params: Params): { view: QueryState; pageSize: number } {
  let filters: Partial<Record<FacetName, string[]>> = {};
  const rawFilters = get(params, 'filters');
  if (rawFilters !== undefined && rawFilters.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawFilters);
    } catch {
      throw new RemoteQueryError('"filters" must be a JSON object such as {"country":["SA"]}.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new RemoteQueryError('"filters" must be a JSON object such as {"country":["SA"]}.');
    }
    for (const [facet, values] of Object.entries(parsed)) {
      if (!(FACETS as readonly string[]).includes(facet)) {
        throw new RemoteQueryError(`Unknown facet "${facet.slice(0, 40)}" in "filters"; facets: ${FACETS.join(', ')}.`);
      }
      if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) {
        throw new RemoteQueryError(`"filters.${facet}" must be a list of strings.`);
      }
      filters = { ...filters, [facet]: values as string[] };
    }
  }
  const sortParam = get(params, 'sort') ?? 'relevance';
  if (!(SORTS as readonly string[]).includes(sortParam)) {
    throw new RemoteQueryError(`"sort" must be one of ${SORTS.join(', ')}.`);
  }
  const page = Math.max(0, integer(get(params, 'page'), 'page') ?? 0);
  const pageSize = Math.min(
    MAX_PAGE_SIZE,
    Math.max(1, integer(get(params, 'pageSize'), 'pageSize') ?? DEFAULT_PAGE_SIZE),
  );
  const from = integer(get(params, 'from'), 'from');
  const to = integer(get(params, 'to'), 'to');
  return {
    view: {
      query: get(params, 'q') ?? '',
      filters,
      years: from !== undefined || to !== undefined ? { from, to } : undefined,
      sort: sortParam as SortKey,
      page,
    },
    pageSize,
  };
}

/** Answers one request of the remote query contract with an engine built over `dataset`. */
export function answerQuery(engine: SearchEngine, dataset: Dataset, params: Params): RemoteAnswer {
  const { view, pageSize } = parseRemoteQuery(params);
  const result = engine.search(view);
  const start = view.page * pageSize;
  const results: PartnershipInput[] = [];
  const named = new Map<string, Institution>();
  for (let i = start; i < Math.min(result.total, start + pageSize); i++) {
    const p = dataset.partnerships[result.hits[i]!]!;
    results.push(partnershipInput(p));
    for (const ref of p.partners) {
      const inst = dataset.institutionById.get(ref.id);
      if (inst) named.set(inst.id, inst);
    }
  }
  const facets: RemoteAnswer['facets'] = {};
  for (const f of FACETS) facets[f] = result.facets[f].map(({ value, count }) => ({ value, count }));
  return {
    results,
    institutions: [...named.values()].map(institutionInput),
    total: result.total,
    facets,
    terms: [...result.terms],
  };
}

/** Texts back to the input form: a plain string when the language is unknown. */
function localized(texts: Texts): LocalizedText {
  const keys = Object.keys(texts);
  return keys.length === 1 && keys[0] === 'und' ? texts['und']! : { ...texts };
}

function partnershipInput(p: Partnership): PartnershipInput {
  const fields: FieldInput[] = p.fields.map((f) =>
    f.isced
      ? f.label
        ? { isced: f.isced, label: localized(f.label) }
        : { isced: f.isced }
      : (f.label?.['und'] ?? f.key),
  );
  const contacts: ContactInput[] = p.contacts.map((c) => ({ ...c, ...(c.role ? { role: localized(c.role) } : {}) }));
  const links: LinkInput[] = p.links.map((l) => (l.label ? { url: l.url, label: localized(l.label) } : { url: l.url }));
  return {
    id: p.id,
    title: localized(p.title),
    ...(p.description ? { description: localized(p.description) } : {}),
    partners: p.partners.map((r) => (r.role ? { id: r.id, role: r.role } : r.id)),
    type: p.type,
    fields,
    levels: [...p.levels],
    status: p.status,
    ...(p.start ? { start: p.start } : {}),
    ...(p.end ? { end: p.end } : {}),
    ...(p.programme ? { programme: p.programme } : {}),
    languages: [...p.languages],
    ...(p.placesPerYear !== undefined ? { placesPerYear: p.placesPerYear } : {}),
    contacts,
    links,
    tags: [...p.tags],
  };
}

function institutionInput(i: Institution): InstitutionInput {
  return {
    id: i.id,
    name: localized(i.names),
    ...(i.acronyms.length ? { acronyms: [...i.acronyms] } : {}),
    ...(i.aliases.length ? { aliases: [...i.aliases] } : {}),
    kind: i.kind,
    ...(i.country ? { country: i.country } : {}),
    ...(i.city ? { city: i.city } : {}),
    ...(i.lat !== undefined && i.lng !== undefined ? { lat: i.lat, lng: i.lng } : {}),
    ...(i.website ? { website: i.website } : {}),
    ...(i.logo ? { logo: i.logo } : {}),
  };
}
