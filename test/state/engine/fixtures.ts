// Builds normalised datasets for engine tests from short specs (defaults filled in).
import type { Dataset, Institution, Partnership } from '../../../src/data/model.js';

export type InstitutionSpec = Partial<Institution> & { id: string };
export type PartnershipSpec = Partial<Partnership> & { id: string };

export function institution(spec: InstitutionSpec): Institution {
  const names = spec.names ?? { en: spec.displayName ?? spec.id };
  return {
    names,
    displayName: spec.displayName ?? Object.values(names)[0] ?? spec.id,
    acronyms: [],
    aliases: [],
    kind: 'university',
    country: '',
    city: '',
    ...spec,
  };
}

export function partnership(spec: PartnershipSpec): Partnership {
  return {
    title: { en: spec.id },
    partners: [],
    type: 'student-exchange',
    fields: [],
    levels: [],
    status: 'active',
    languages: [],
    contacts: [],
    links: [],
    tags: [],
    ...spec,
  };
}

export function dataset(
  institutions: InstitutionSpec[],
  partnerships: PartnershipSpec[],
  meta: Partial<Dataset['meta']> = {},
): Dataset {
  const insts = institutions.map(institution);
  return {
    meta: { types: [], ...meta },
    institutions: insts,
    partnerships: partnerships.map(partnership),
    institutionById: new Map(insts.map((i) => [i.id, i])),
  };
}

/** A query state with defaults. */
export function view(partial: Partial<import('../../../src/state/types.js').QueryState> = {}) {
  return { query: '', filters: {}, sort: 'relevance' as const, page: 0, ...partial };
}

let rorCache: Promise<Array<Record<string, unknown>>> | undefined;

/** The real ROR sample (../shared/data/ror/ror-institutions.json), served by the test server. */
export function rorRecords(): Promise<Array<Record<string, unknown>>> {
  rorCache ??= fetch('/__shared/ror/ror-institutions.json').then((r) => {
    if (!r.ok) throw new Error(`ROR sample not served: ${r.status}`);
    return r.json() as Promise<Array<Record<string, unknown>>>;
  });
  return rorCache;
}

/**
 * A dataset of real ROR institutions (by ROR id suffix, e.g. '02ma4wv74'), validated by the real pipeline, with one
 * partnership per institution (id `p-<suffix>`, a neutral title, the other partner the home institution "Home
 * College", which the engine leaves out of search and facets) so that searching finds partnerships by partner.
 */
export async function rorDataset(suffixes: readonly string[]): Promise<Dataset> {
  const { validateDataset } = await import('../../../src/data/validate.js');
  const all = await rorRecords();
  const records = suffixes.map((s) => {
    const rec = all.find((r) => r['id'] === `https://ror.org/${s}`);
    if (!rec) throw new Error(`ROR record ${s} is not in the sample`);
    return rec;
  });
  const input = {
    meta: { home: 'home' },
    institutions: [{ id: 'home', name: 'Home College', country: 'GB', city: 'Bath' }, ...records],
    partnerships: suffixes.map((s) => ({
      id: `p-${s}`,
      title: 'Partnership',
      partners: ['home', `https://ror.org/${s}`],
      type: 'joint-research',
    })),
  };
  const { dataset, problems } = validateDataset(input, { source: 'ror-test', today: '2025-06-01' });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`ROR test data did not validate: ${errors[0]!.message}`);
  return dataset;
}
