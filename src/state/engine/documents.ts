/**
 * What the engine knows about a partnership: its searchable texts per field, its facet values, its years and its
 * sort keys. Shared by the reference engine and the fast engine so that both answer the same question; the search
 * and facet logic itself is written twice, independently.
 *
 * Semantics (documented once, here):
 * - Partners: the partnership's institutions other than `meta.home` (the institution whose site embeds the
 *   directory is a partner of every partnership, so it would match every query and fill every facet). When every
 *   partner is the home institution, all of them count.
 * - Text fields and weights: `title` (all languages) 10; `name` (partner names in every language, acronyms,
 *   aliases) 10; `place` (partner cities, country names in the visitor's language and in English) 6; `subject`
 *   (fields of study with their ISCED-F codes and labels, programme, tags, partnership type and its label, levels) 5;
 *   `description` (all languages) 2.
 * - A query term matches a token exactly (quality 3), as a prefix of it (2), or, for terms of 5+ code units, with one
 *   typo (1). A term's score in a partnership is the best weight x quality over its fields; a partnership matches
 *   when every term matches; its score is the sum of its terms' scores.
 * - Facet `field` is hierarchical: an ISCED-F code `0531` gives the values `05` (broad), `053` (narrow) and `0531`
 *   (detailed); selecting `05` selects every partnership with a field under `05`. A field without a code gives its
 *   key (the label lower-cased). `region` is the UN M49 region of a partner's country, `kind` a partner's kind.
 * - Years: a partnership is active in year y when its start year <= y (or it has no start) and its end year >= y (or
 *   it has no end). The range filter keeps partnerships active in at least one year of [from, to].
 * - Facet values: every value some partnership has, with its count (0 when the other selections exclude it), plus
 *   any selected value no partnership has (count 0, so it can be unselected); ordered by count, then by value.
 * - Text: split at whitespace, normalised (./normalise.ts), cut into words; space-less scripts as characters and
 *   bigrams. A query keeps its first 32 distinct terms.
 * - Sorts: `relevance` = score descending, then dataset order (dataset order alone without a query); `title` = the
 *   title in the visitor's language by Intl.Collator (numeric); `country` = the collation-first of the partners'
 *   country names in the visitor's language, partnerships without a country last; `start` = most recent start
 *   first, undated last. Ties: title, then dataset order.
 */
import type { Dataset, Institution, Partnership, Texts } from '../../data/model.js';
import { regionOf } from '../../data/countries.js';
import { pickText } from '../../i18n/locale.js';
import { collator, displayNames } from '../../i18n/intl.js';
import type { FacetName } from '../types.js';

export const TEXT_FIELDS = ['title', 'name', 'place', 'subject', 'description'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Weight of a match in each field (name and title above everything else, description lowest). */
export const FIELD_WEIGHT: Readonly<Record<TextField, number>> = {
  title: 10,
  name: 10,
  place: 6,
  subject: 5,
  description: 2,
};

/** Quality factor of a match. */
export const QUALITY = { exact: 3, prefix: 2, typo: 1 } as const;

export type DocTexts = Record<TextField, string[]>;
export type DocFacets = Record<FacetName, string[]>;

export interface EngineOptions {
  /** The visitor's language (BCP 47), for country names, titles and collation. Default `en`. */
  locale?: string;
}

export function localeOf(options?: EngineOptions): string {
  return options?.locale || 'en';
}

/** The institutions that count as partners of `p` (see the module comment). */
export function partnersOf(p: Partnership, dataset: Dataset): Institution[] {
  const home = dataset.meta.home;
  const all: Institution[] = [];
  const others: Institution[] = [];
  for (const ref of p.partners) {
    const inst = dataset.institutionById.get(ref.id);
    if (!inst) continue;
    all.push(inst);
    if (inst.id !== home) others.push(inst);
  }
  return others.length > 0 ? others : all;
}

const countryNameCache = new Map<string, string>();

/** A country's name in a language (`''` when unknown). */
export function countryName(code: string, locale: string): string {
  if (!code) return '';
  const key = `${locale}|${code}`;
  let name = countryNameCache.get(key);
  if (name === undefined) {
    try {
      name = displayNames(locale, { type: 'region' }).of(code) ?? '';
    } catch {
      name = '';
    }
    if (name === code) name = '';
    countryNameCache.set(key, name);
  }
  return name;
}

function textsValues(texts: Texts | undefined, out: string[]): void {
  if (!texts) return;
  for (const k in texts) {
    const v = texts[k];
    if (typeof v === 'string' && v !== '') out.push(v);
  }
}

/** Searchable texts of an institution: `name` and `place`. */
export function institutionTexts(inst: Institution, locale: string): { name: string[]; place: string[] } {
  const name: string[] = [];
  textsValues(inst.names, name);
  if (inst.displayName) name.push(inst.displayName);
  for (const a of inst.acronyms) name.push(a);
  for (const a of inst.aliases) name.push(a);
  const place: string[] = [];
  if (inst.city) place.push(inst.city);
  if (inst.country) {
    const local = countryName(inst.country, locale);
    if (local) place.push(local);
    const en = countryName(inst.country, 'en');
    if (en && en !== local) place.push(en);
  }
  return { name, place };
}

/** Searchable texts of a partnership's own fields: `title`, `subject`, `description`. */
export function ownTexts(
  p: Partnership,
  dataset: Dataset,
): { title: string[]; subject: string[]; description: string[] } {
  const title: string[] = [];
  textsValues(p.title, title);
  const description: string[] = [];
  textsValues(p.description, description);
  const subject: string[] = [];
  for (const f of p.fields) {
    if (f.isced) subject.push(f.isced);
    if (f.label) textsValues(f.label, subject);
    else if (!f.isced) subject.push(f.key);
  }
  if (p.programme) subject.push(p.programme);
  for (const t of p.tags) subject.push(t);
  if (p.type) {
    subject.push(p.type);
    const custom = dataset.meta.types.find((t) => t.id === p.type);
    if (custom) textsValues(custom.label, subject);
  }
  for (const l of p.levels) subject.push(l);
  return { title, subject, description };
}

/** Every searchable text of a partnership, per field. */
export function docTexts(p: Partnership, dataset: Dataset, locale: string): DocTexts {
  const own = ownTexts(p, dataset);
  const name: string[] = [];
  const place: string[] = [];
  for (const inst of partnersOf(p, dataset)) {
    const t = institutionTexts(inst, locale);
    name.push(...t.name);
    place.push(...t.place);
  }
  return { title: own.title, name, place, subject: own.subject, description: own.description };
}

/** The facet values of one field: hierarchical ISCED-F codes, or the key. */
export function fieldFacetValues(field: { key: string; isced?: string }, out: string[]): void {
  const code = field.isced;
  if (code && /^\d{2,4}$/.test(code)) {
    for (let n = 2; n <= code.length; n++) out.push(code.slice(0, n));
  } else if (field.key) {
    out.push(field.key);
  }
}

/**
 * The facet value ids of a field, each computed once: they depend only on its ISCED code when that is valid
 * (whatever the key), else on its key. `idOf` gives a value's id (interning it).
 */
export function fieldValueIds(
  idOf: (value: string) => number,
): (field: { key: string; isced?: string }) => readonly number[] {
  const byIsced = new Map<string, number[] | null>();
  const byKey = new Map<string, number[]>();
  const compute = (field: { key: string; isced?: string }) => {
    const values: string[] = [];
    fieldFacetValues(field, values);
    return values.map(idOf);
  };
  return (field) => {
    if (field.isced) {
      let ids = byIsced.get(field.isced);
      if (ids === undefined) {
        ids = /^\d{2,4}$/.test(field.isced) ? compute(field) : null;
        byIsced.set(field.isced, ids);
      }
      if (ids) return ids;
    }
    let ids = byKey.get(field.key);
    if (!ids) byKey.set(field.key, (ids = compute({ key: field.key })));
    return ids;
  };
}

function unique(values: string[]): string[] {
  return values.length < 2 ? values : [...new Set(values)];
}

/** Facet values of a partnership (each list without duplicates). */
export function docFacets(
  p: Partnership,
  dataset: Dataset,
  partners: readonly Institution[] = partnersOf(p, dataset),
): DocFacets {
  const country: string[] = [];
  const region: string[] = [];
  const kind: string[] = [];
  for (const inst of partners) {
    if (inst.country) {
      country.push(inst.country);
      const r = regionOf(inst.country);
      if (r) region.push(r);
    }
    kind.push(inst.kind);
  }
  const field: string[] = [];
  for (const f of p.fields) fieldFacetValues(f, field);
  return {
    country: unique(country),
    region: unique(region),
    type: p.type ? [p.type] : [],
    field: unique(field),
    level: unique([...p.levels]),
    status: [p.status],
    programme: p.programme ? [p.programme] : [],
    language: unique([...p.languages]),
    kind: unique(kind),
    institution: unique(partners.map((inst) => inst.id)),
  };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with digits where digits belong (the common case, checked without a regex). */
function isPlainDate(s: string): boolean {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : !isDigit(c)) return false;
  }
  return true;
}

/** The year of an ISO 8601 date (`2024-09-01` -> 2024), or undefined. */
export function yearOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  if (isPlainDate(date)) return Number(date.slice(0, 4));
  const m = /^(-?\d{1,4})/.exec(date.trim());
  return m ? Number(m[1]) : undefined;
}

/** The year range of a view with non-finite bounds dropped; undefined when it does not filter. */
export function yearRange(
  years: { readonly from?: number; readonly to?: number } | undefined,
): { from?: number; to?: number } | undefined {
  if (!years) return undefined;
  const from = Number.isFinite(years.from) ? years.from : undefined;
  const to = Number.isFinite(years.to) ? years.to : undefined;
  if (from === undefined && to === undefined) return undefined;
  return { from, to };
}

/** True when a partnership with these years is active during some year of [from, to]. */
export function activeDuring(
  start: number | undefined,
  end: number | undefined,
  range: { readonly from?: number; readonly to?: number } | undefined,
): boolean {
  const years = yearRange(range);
  if (!years) return true;
  const { from, to } = years;
  if (to !== undefined && start !== undefined && start > to) return false;
  if (from !== undefined && end !== undefined && end < from) return false;
  if (from !== undefined && to !== undefined && from > to) return false;
  return true;
}

/** The title shown to a visitor reading `locale` (the sort key of the `title` sort). */
export function titleFor(p: Partnership, locale: string): string {
  const direct = p.title[locale];
  if (direct) return direct;
  // A single text is what pickText would choose whatever the language (and most titles have one).
  let only: string | undefined;
  let count = 0;
  for (const k in p.title) {
    const v = p.title[k];
    if (typeof v === 'string' && v !== '') {
      only = v;
      if (++count > 1) break;
    }
  }
  if (count === 1) return only!;
  return pickText(p.title, locale).text;
}

/** A sortable form of an ISO date: `2024` -> `2024-00-00`, `2024-09` -> `2024-09-00`. */
export function dateKey(date: string | undefined): string {
  if (!date) return '';
  if (date.length === 10 && isPlainDate(date)) return date;
  const d = date.trim();
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  if (!m) return '';
  return `${m[1]}-${m[2] ?? '00'}-${m[3] ?? '00'}`;
}

/** The collator for a locale (numeric collation, base sensitivity for ties decided by the dataset order). */
export function collatorFor(locale: string): Intl.Collator {
  try {
    return collator(locale, { numeric: true });
  } catch {
    return collator('en', { numeric: true });
  }
}

/** The country sort key of a partnership: the collation-first of its partners' country names. */
export function countryKey(facets: DocFacets, locale: string, coll: Intl.Collator): string | undefined {
  let best: string | undefined;
  for (const c of facets.country) {
    const name = countryName(c, locale) || c;
    if (best === undefined || coll.compare(name, best) < 0) best = name;
  }
  return best;
}
