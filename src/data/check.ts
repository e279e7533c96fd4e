/**
 * The checks of validation: untrusted input -> a normalised `Dataset` plus compact `Finding`s, one per problem.
 * `validateDataset` (./validate.ts) turns the findings into `Problem`s with their messages (./problem-text.ts); the
 * loader does the same, importing the texts only when there are findings.
 *
 * Every record is checked. A record whose required fields are unusable is left out and reported; a bad optional
 * value is dropped and reported while the record is kept; every valid record survives. Each finding names the
 * collection, record index and id, field, what was expected (a key of problem-text's EXPECTED) and what was found.
 *
 * Severity: `error` means the input breaks the published schema or its cross-references (a CLI run fails);
 * `warning` means the input is usable but probably not what the webmaster meant (markup in a name, an undeclared
 * partnership type, a home institution that is not in the data).
 *
 * Written to be small (every page downloads it): the checks of one kind of value are one method of `Check`, and
 * a problem is reported in one call, `bad(field, expected, value, leftOut, code)`.
 */
import {
  INSTITUTION_KINDS,
  LEVELS,
  PARTNERSHIP_TYPES,
  STATUSES,
  type Contact,
  type Dataset,
  type DatasetMeta,
  type Field,
  type Institution,
  type Level,
  type Link,
  type PartnerRef,
  type Partnership,
  type Status,
  type Texts,
} from './model.js';
import type { Problem, ProblemCode } from './problems.js';
import { isCountryCode } from './countries.js';
import {
  canonicalId,
  canonicalLanguage,
  cleanText,
  deriveStatus,
  endsBeforeStart,
  freezeTexts,
  isIsoDate,
  isoToday,
  kindFromRorTypes,
  looksLikeMarkup,
  safeUrl,
} from './normalise.js';

export type Where = { collection: NonNullable<Problem['collection']>; index?: number; id?: string };
type Obj = Record<string, unknown>;
type LeftOut = Problem['leftOut'];

/** What a check expected: a key of the texts in ./problem-text.ts (some take an argument, `arg`). */
export type Expected =
  | 'dataset'
  | 'list'
  | 'object'
  | 'text'
  | 'texts'
  | 'localized'
  | 'language'
  | 'languages'
  | 'url'
  | 'website'
  | 'link'
  | 'oneOf'
  | 'listOf'
  | 'uniqueId'
  | 'institutionId'
  | 'institution'
  | 'known'
  | 'coordinates'
  | 'range'
  | 'country'
  | 'capitals'
  | 'date'
  | 'rorName'
  | 'rorLanguage'
  | 'rorNames'
  | 'types'
  | 'type'
  | 'partnership'
  | 'partnershipType'
  | 'declaredType'
  | 'after'
  | 'status'
  | 'count'
  | 'partners'
  | 'partner'
  | 'twoPartners'
  | 'fields'
  | 'isced'
  | 'field'
  | 'links'
  | 'linkObject'
  | 'contacts'
  | 'contact'
  | 'email';

/** One problem, before it is put in words: ./problem-text.ts writes `expected`, `found` and the message. */
export interface Finding {
  readonly code: ProblemCode;
  readonly where: Where;
  readonly field?: string | undefined;
  readonly expected?: Expected | undefined;
  /** The argument of `expected` (a list of values, a date, a code in capitals). */
  readonly arg?: string | undefined;
  /** The value found (described in the message), or both values of a pair (coordinates), or `found` as written. */
  readonly value?: unknown;
  readonly pair?: readonly [unknown, unknown];
  readonly found?: string;
  readonly leftOut?: LeftOut;
  readonly severity?: 'warning';
}

export interface CheckResult {
  dataset: Dataset;
  findings: Finding[];
}

/** Every object `checkDataset` made: datasets, their `institutionById` and `meta.types`, institutions, partnerships. */
const made = new WeakSet<object>();

/**
 * Whether `value` was made by `checkDataset` (normalised and frozen), so that an element given it need not check it
 * again; anything else is untrusted input. A record (institution, partnership) made by it is taken as it is when
 * checked again.
 */
export const isChecked = (value: unknown): boolean => made.has(value as object);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNil = (v: unknown): v is null | undefined => v === undefined || v === null;
const freeze = Object.freeze;
const list = (values: readonly string[]) => values.join(', ');

/** Checks and normalises one dataset. Never throws on bad input. */
export function checkDataset(input: unknown, options: { today?: string } = {}): CheckResult {
  const findings: Finding[] = [];
  const today = options.today ?? isoToday();
  const file = new Check({ collection: 'file' }, {}, findings);

  // A bare array (e.g. records pasted from ror.org) is a list of institutions.
  const raw: Obj | undefined = Array.isArray(input)
    ? { institutions: input, partnerships: [] }
    : isObj(input)
      ? input
      : undefined;
  if (!raw) {
    file.bad(undefined, 'dataset', input, 'file', 'not-a-dataset');
    return { dataset: emptyDataset(), findings };
  }

  /** The records of one collection, each checked; duplicate ids are left out. */
  const records = <T extends { id: string }>(
    collection: 'institutions' | 'partnerships',
    check: (rec: unknown, index: number) => T | undefined,
  ): T[] => {
    const value = raw[collection];
    const records = Array.isArray(value) ? value : [];
    if (value === undefined) file.p('missing-collection', collection, 'list');
    else if (records !== value) file.p('wrong-type', collection, 'list', value);
    const out: T[] = [];
    const seen = new Map<string, number>();
    records.forEach((rec, index) => {
      // A record this function made before is taken as it is.
      const item = made.has(rec) ? (rec as T) : check(rec, index);
      if (!item) return;
      const earlier = seen.get(item.id);
      if (earlier === undefined) {
        seen.set(item.id, index);
        out.push(item);
      } else
        new Check({ collection, index, id: item.id }, {}, findings).p('duplicate-id', 'id', 'uniqueId', 0, 'record', {
          found: `the id of ${collection}[${earlier}]`,
        });
    });
    return out;
  };

  const institutions = records('institutions', (rec, index) => checkInstitution(rec, index, findings));
  const institutionById = new Map(institutions.map((i) => [i.id, i]));
  const meta = checkMeta(raw['meta'], institutionById, findings);
  const knownTypes = new Set<string>([...PARTNERSHIP_TYPES, ...meta.types.map((t) => t.id)]);
  const partnerships = records('partnerships', (rec, index) =>
    checkPartnership(rec, index, findings, institutionById, knownTypes, today),
  );
  // A field written as text in one record ("Petroleum engineering") and as an ISCED code with that label in another
  // is one field, the code: one value in the Field filter, not two with the same name.
  const coded = new Map<string, Field>();
  for (const p of partnerships)
    for (const f of p.fields) if (f.isced) for (const t of Object.values(f.label ?? {})) coded.set(t.toLowerCase(), f);
  partnerships.forEach((p, i) => {
    if (!p.fields.some((f) => !f.isced && coded.has(f.key))) return;
    const fields = p.fields
      .map((f) => (f.isced ? f : (coded.get(f.key) ?? f)))
      .filter((f, j, all) => all.findIndex((g) => g.key === f.key) === j);
    partnerships[i] = freeze({ ...p, fields: freeze(fields) });
  });
  const dataset: Dataset = freeze({
    meta,
    institutions: freeze(institutions),
    partnerships: freeze(partnerships),
    institutionById,
  });
  made.add(dataset).add(institutionById).add(meta.types);
  for (const list of [institutions, partnerships]) for (const o of list) made.add(o);
  return { dataset, findings };
}

/** A dataset with nothing in it (what a broken file yields). */
export function emptyDataset(): Dataset {
  return freeze({
    meta: freeze({ types: freeze([]) }),
    institutions: freeze([]),
    partnerships: freeze([]),
    institutionById: new Map(),
  });
}

// --- field checks ------------------------------------------------------------------------------------------------

/** A record being checked: where it is, its fields, and one method per kind of value. */
class Check {
  constructor(
    readonly where: Where,
    readonly rec: Obj,
    readonly findings: Finding[],
  ) {}

  /** Reports a problem about this record. */
  p(
    code: ProblemCode,
    field?: string,
    expected?: Expected,
    value?: unknown,
    leftOut?: LeftOut,
    more?: Pick<Finding, 'arg' | 'pair' | 'found' | 'severity'>,
  ): void {
    this.findings.push({ code, where: this.where, field, expected, value, leftOut, ...more });
  }

  /** Reports a bad value (a wrong type unless told otherwise; the value is ignored unless told otherwise). */
  bad(
    field: string | undefined,
    expected: Expected,
    value: unknown,
    leftOut: LeftOut = 'value',
    code: ProblemCode = 'wrong-type',
    arg?: string,
  ): void {
    this.p(code, field, expected, value, leftOut, { arg });
  }

  /** Reports a value that is kept but probably not what was meant. */
  warn(code: ProblemCode, field: string, value: unknown, expected?: Expected, leftOut?: LeftOut, arg?: string): void {
    this.p(code, field, expected, value, leftOut, { arg, severity: 'warning' });
  }

  /** A required, non-empty string (id, type). */
  required(field: string, expected: Expected, arg?: string): string | undefined {
    const v = this.rec[field];
    const s = typeof v === 'string' ? cleanText(v) : '';
    if (s === '')
      this.bad(
        field,
        expected,
        isNil(v) ? undefined : v,
        'record',
        isNil(v) ? 'missing-field' : typeof v === 'string' ? 'empty-value' : 'wrong-type',
        arg,
      );
    return s || undefined;
  }

  /** A text, cleaned (`undefined` when empty); anything else is reported, except nothing when `optional`. */
  str(field: string, v: unknown, optional = true): string | undefined {
    if (typeof v === 'string') return cleanText(v) || undefined;
    if (!optional || !isNil(v)) this.bad(field, 'text', v);
  }

  /** An optional text field of the record. */
  text(field: string): string | undefined {
    return this.str(field, this.rec[field]);
  }

  /** An optional list of texts; bad items are reported and dropped, duplicates dropped. */
  texts(field: string, expected: Expected = 'texts', arg?: string): string[] {
    const out: string[] = [];
    for (const [i, item] of this.list(field, expected, false, arg)) {
      const s = this.str(`${field}/${i}`, item, false);
      if (s && !out.includes(s)) out.push(s);
    }
    return out;
  }

  /** An optional list: its entries, or none (a value that is not a list is reported; null too when `strict`). */
  list(field: string, expected: Expected, strict = false, arg?: string): [number, unknown][] {
    const v = this.rec[field];
    if (Array.isArray(v)) return [...v.entries()];
    if (v !== undefined && (strict || v !== null)) this.bad(field, expected, v, 'value', 'wrong-type', arg);
    return [];
  }

  /** A value from a fixed set (reported and ignored when another). */
  oneOf<T extends string>(
    field: string,
    value: string | undefined,
    allowed: readonly T[],
    expected: Expected = 'oneOf',
  ): T | undefined {
    if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
    this.bad(field, expected, value, 'value', 'unknown-value', list(allowed));
  }

  /** A plain string or a per-language map; `markup` adds a warning for HTML-looking text. */
  localized(field: string, value: unknown, required = false, markup = false): Texts | undefined {
    const leftOut = required ? 'record' : 'value';
    if (isNil(value)) return void (required && this.p('missing-field', field, 'localized', undefined, leftOut));
    const out: Record<string, string> = {};
    if (typeof value === 'string') {
      const s = cleanText(value);
      if (s) out['und'] = s;
    } else if (isObj(value)) {
      for (const [key, text] of Object.entries(value)) {
        const lang = canonicalLanguage(key);
        const s =
          lang === undefined
            ? this.bad(`${field}/${key}`, 'language', key, 'value', 'bad-language')
            : this.str(`${field}/${key}`, text, false);
        if (s && out[lang!] === undefined) out[lang!] = s;
      }
    } else return void this.bad(field, 'localized', value, leftOut);
    const texts = Object.values(out);
    if (!texts.length) return void this.bad(field, 'localized', value, leftOut, 'empty-value');
    const html = markup ? texts.find(looksLikeMarkup) : undefined;
    if (html !== undefined) this.warn('markup-in-text', field, html);
    return freezeTexts(out);
  }

  /** An optional absolute http(s) (or mailto unless `web`) URL. */
  url(field: string, value: unknown, web = false): string | undefined {
    if (isNil(value) || value === '') return undefined;
    if (typeof value !== 'string') return void this.bad(field, 'url', value);
    const url = safeUrl(value, web);
    if (url === undefined) this.bad(field, web ? 'website' : 'link', value, 'value', 'unsafe-link');
    return url;
  }

  /** Latitude and longitude, both or neither, within range. */
  coordinates(latField: string, lat: unknown, lng: unknown): { lat?: number; lng?: number } {
    if (isNil(lat) && isNil(lng)) return {};
    const field = `${latField},lng`;
    const pair = [lat, lng] as const;
    if (typeof lat !== 'number' || typeof lng !== 'number') {
      const code = isNil(lat) || isNil(lng) ? 'missing-field' : 'wrong-type';
      return (this.p(code, field, 'coordinates', 0, 'value', { pair }), {});
    }
    if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180))
      return (this.p('bad-coordinates', field, 'range', 0, 'value', { pair }), {});
    if (lat === 0 && lng === 0)
      this.p('suspicious-coordinates', field, undefined, 0, undefined, { pair, severity: 'warning' });
    return { lat, lng };
  }

  country(field: string, value: unknown): string {
    if (isNil(value) || value === '') return '';
    if (typeof value !== 'string') return (this.bad(field, 'country', value), '');
    const code = value.trim();
    if (isCountryCode(code)) return code;
    const upper = code.toUpperCase();
    this.bad(field, 'capitals', value, 'value', 'unknown-country', isCountryCode(upper) ? upper : '');
    return '';
  }

  date(field: string): string | undefined {
    const v = this.rec[field];
    if (isNil(v) || v === '') return undefined;
    if (typeof v === 'string' && isIsoDate(v.trim())) return v.trim();
    this.bad(field, 'date', v, 'value', 'bad-date');
  }
}

/** The check of one record of a collection, or `undefined` (reported) when it is not an object. */
function recordCheck(
  collection: 'institutions' | 'partnerships',
  what: Expected,
  rec: unknown,
  index: number,
  findings: Finding[],
): Check | undefined {
  if (!isObj(rec)) return void new Check({ collection, index }, {}, findings).bad(undefined, what, rec, 'record');
  const rawId = typeof rec['id'] === 'string' ? rec['id'].trim() : undefined;
  return new Check({ collection, index, ...(rawId ? { id: rawId } : {}) }, rec, findings);
}

// --- institutions -------------------------------------------------------------------------------------------------

function checkInstitution(rec: unknown, index: number, findings: Finding[]): Institution | undefined {
  const c = recordCheck('institutions', 'institution', rec, index, findings);
  if (!c) return undefined;
  const r = c.rec;
  const id = c.required('id', 'institutionId');
  if (Array.isArray(r['names']) && r['name'] === undefined) return checkRor(c, id);
  const names = c.localized('name', r['name'], true, true);
  if (id === undefined || names === undefined) return undefined;
  const kind = c.oneOf('kind', c.text('kind'), INSTITUTION_KINDS) ?? 'other';
  const website = c.url('website', r['website'], true);
  const logo = c.url('logo', r['logo'], true);
  return freeze({
    id: canonicalId(id),
    names,
    displayName: names['en'] ?? names['und'] ?? Object.values(names)[0]!,
    acronyms: freeze(c.texts('acronyms')),
    aliases: freeze(c.texts('aliases')),
    kind,
    country: c.country('country', r['country']),
    city: c.text('city') ?? '',
    ...c.coordinates('lat', r['lat'], r['lng']),
    ...(website !== undefined ? { website } : {}),
    ...(logo !== undefined ? { logo } : {}),
  });
}

const hasType = (n: unknown, type: string) => isObj(n) && Array.isArray(n['types']) && n['types'].includes(type);

/** A ROR schema v2 record, accepted as published. */
function checkRor(c: Check, id: string | undefined): Institution | undefined {
  const rec = c.rec;
  const names: Record<string, string> = {};
  const acronyms: string[] = [];
  const aliases: string[] = [];
  let display: string | undefined;
  const entries = rec['names'] as unknown[];
  // ror_display first, so it wins its language over other labels.
  const ordered = [...entries.entries()].sort(
    ([, a], [, b]) => +hasType(b, 'ror_display') - +hasType(a, 'ror_display'),
  );
  for (const [i, n] of ordered) {
    if (!isObj(n) || typeof n['value'] !== 'string' || !Array.isArray(n['types'])) {
      c.bad(`names/${i}`, 'rorName', n);
      continue;
    }
    const value = cleanText(n['value']);
    if (!value) continue;
    const types = n['types'] as unknown[];
    const tag = n['lang'];
    const lang = typeof tag === 'string' && tag !== '' ? canonicalLanguage(tag) : 'und';
    if (lang === undefined) c.bad(`names/${i}/lang`, 'rorLanguage', tag, 'value', 'bad-language');
    if (types.includes('ror_display')) display ??= value;
    if (types.includes('ror_display') || types.includes('label')) names[lang ?? 'und'] ??= value;
    if (types.includes('acronym') && !acronyms.includes(value)) acronyms.push(value);
    if (types.includes('alias') && !aliases.includes(value)) aliases.push(value);
  }
  if (!Object.keys(names).length) return void c.bad('names', 'rorNames', entries, 'record', 'missing-field');
  if (id === undefined) return undefined;
  const displayName = display ?? names['en'] ?? names['und'] ?? Object.values(names)[0]!;
  if (looksLikeMarkup(displayName)) c.warn('markup-in-text', 'names', displayName);

  const types = Array.isArray(rec['types']) ? rec['types'].filter((t): t is string => typeof t === 'string') : [];
  let country = '';
  let city = '';
  let coords: { lat?: number; lng?: number } = {};
  const locations = rec['locations'];
  if (Array.isArray(locations)) {
    const where = 'locations/0/geonames_details';
    const details = isObj(locations[0]) ? locations[0]['geonames_details'] : undefined;
    if (isObj(details)) {
      country = c.country(`${where}/country_code`, details['country_code']);
      city = typeof details['name'] === 'string' ? cleanText(details['name']) : '';
      coords = c.coordinates(`${where}/lat`, details['lat'], details['lng']);
    } else if (locations.length) c.bad(where, 'object', details);
  } else if (locations !== undefined) c.bad('locations', 'list', locations);

  let website: string | undefined;
  const links = rec['links'];
  if (Array.isArray(links)) {
    const isWebsite = (l: unknown) => isObj(l) && l['type'] === 'website';
    for (const [i, link] of [...links.entries()].sort(([, a], [, b]) => +isWebsite(b) - +isWebsite(a))) {
      if (!isWebsite(link)) continue;
      website = c.url(`links/${i}/value`, (link as Obj)['value'], true);
      if (website) break;
    }
  }
  const relationships = rec['relationships'];
  const successor = Array.isArray(relationships)
    ? relationships.find((r) => isObj(r) && r['type'] === 'successor' && typeof r['id'] === 'string')
    : undefined;
  const status = typeof rec['status'] === 'string' ? rec['status'] : 'active';
  return freeze({
    id: canonicalId(id),
    names: freezeTexts(names),
    displayName,
    acronyms: freeze(acronyms),
    aliases: freeze(aliases),
    kind: kindFromRorTypes(types, displayName),
    country,
    city,
    ...coords,
    ...(website !== undefined ? { website } : {}),
    ...(status !== 'active' ? { inactive: true } : {}),
    ...(successor ? { successor: canonicalId(successor['id'] as string) } : {}),
  });
}

// --- meta ---------------------------------------------------------------------------------------------------------

function checkMeta(value: unknown, institutions: ReadonlyMap<string, Institution>, findings: Finding[]): DatasetMeta {
  const c = new Check({ collection: 'meta' }, isObj(value) ? value : {}, findings);
  if (!isObj(value)) {
    if (!isNil(value)) c.bad(undefined, 'object', value);
    return freeze({ types: freeze([]) });
  }
  const title = c.localized('title', value['title']);
  const updated = c.date('updated');
  const note = c.text('note');
  let home = c.text('home');
  if (home !== undefined) {
    home = canonicalId(home);
    if (!institutions.has(home)) {
      c.warn('unknown-home', 'home', home, 'known', 'value');
      home = undefined;
    }
  }
  const types: { id: string; label: Texts }[] = [];
  for (const [i, t] of c.list('types', 'types', true)) {
    if (!isObj(t) || typeof t['id'] !== 'string' || !cleanText(t['id'])) {
      c.bad(`types/${i}`, 'type', t);
      continue;
    }
    const field = `types/${i}/label`;
    const label = c.localized(field, t['label']);
    if (label) types.push(freeze({ id: cleanText(t['id']), label }));
    else if (t['label'] === undefined) c.p('missing-field', field, 'localized', undefined, 'value');
  }
  return freeze({
    ...(title ? { title } : {}),
    ...(updated ? { updated } : {}),
    ...(home ? { home } : {}),
    ...(note ? { note } : {}),
    types: freeze(types),
  });
}

// --- partnerships -------------------------------------------------------------------------------------------------

const ISCED = /^\d{2,4}$/;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

function checkPartnership(
  rec: unknown,
  index: number,
  findings: Finding[],
  institutions: ReadonlyMap<string, Institution>,
  knownTypes: ReadonlySet<string>,
  today: string,
): Partnership | undefined {
  const c = recordCheck('partnerships', 'partnership', rec, index, findings);
  if (!c) return undefined;
  const r = c.rec;
  const types = list(PARTNERSHIP_TYPES);
  const id = c.required('id', 'uniqueId');
  const title = c.localized('title', r['title'], true, true);
  const type = c.required('type', 'partnershipType', types);
  const partners = checkPartners(c, institutions);
  if (id === undefined || title === undefined || type === undefined || partners === undefined) return undefined;

  if (!knownTypes.has(type)) c.warn('unknown-type', 'type', type, 'declaredType', undefined, types);
  const description = c.localized('description', r['description'], false, true);

  const start = c.date('start');
  let end = c.date('end');
  if (start !== undefined && end !== undefined && endsBeforeStart(start, end)) {
    c.bad('end', 'after', end, 'value', 'end-before-start', start);
    end = undefined;
  }
  const status: Status = c.oneOf('status', c.text('status'), STATUSES, 'status') ?? deriveStatus(start, end, today);

  const places = r['placesPerYear'];
  let placesPerYear: number | undefined;
  if (typeof places === 'number' && Number.isInteger(places) && places >= 0) placesPerYear = places;
  else if (!isNil(places))
    c.bad('placesPerYear', 'count', places, 'value', typeof places === 'number' ? 'bad-number' : 'wrong-type');

  const languages: string[] = [];
  c.texts('languages', 'languages').forEach((tag, i) => {
    const lang = canonicalLanguage(tag);
    if (lang === undefined) c.bad(`languages/${i}`, 'language', tag, 'value', 'bad-language');
    else if (!languages.includes(lang)) languages.push(lang);
  });
  const programme = c.text('programme');

  return freeze({
    id,
    title,
    ...(description ? { description } : {}),
    partners,
    type,
    fields: freeze(checkFields(c)),
    levels: freeze(
      c.texts('levels', 'listOf', list(LEVELS)).flatMap((l, i) => c.oneOf(`levels/${i}`, l, LEVELS) ?? []),
    ) as Level[],
    status,
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    ...(programme !== undefined ? { programme } : {}),
    languages: freeze(languages),
    ...(placesPerYear !== undefined ? { placesPerYear } : {}),
    contacts: freeze(checkContacts(c)),
    links: freeze(checkLinks(c)),
    tags: freeze(c.texts('tags')),
  });
}

function checkPartners(c: Check, institutions: ReadonlyMap<string, Institution>): readonly PartnerRef[] | undefined {
  const value = c.rec['partners'];
  if (!Array.isArray(value))
    return void c.bad(
      'partners',
      'partners',
      isNil(value) ? undefined : value,
      'record',
      isNil(value) ? 'missing-field' : 'wrong-type',
    );
  const out: PartnerRef[] = [];
  value.forEach((item, i) => {
    const field = `partners/${i}`;
    const obj = isObj(item) && typeof item['id'] === 'string';
    if (typeof item !== 'string' && !obj) return c.bad(field, 'partner', item);
    const id = (obj ? item['id'] : item) as string;
    const role = obj && typeof item['role'] === 'string' ? cleanText(item['role']) : '';
    const canonical = canonicalId(id);
    if (!institutions.has(canonical)) return c.bad(field, 'known', id, 'value', 'unknown-partner');
    if (!out.some((p) => p.id === canonical)) out.push(freeze(role ? { id: canonical, role } : { id: canonical }));
  });
  if (out.length >= 2) return freeze(out);
  c.p('too-few-partners', 'partners', 'twoPartners', 0, 'record', { found: `${out.length}` });
}

function checkFields(c: Check): Field[] {
  const out: Field[] = [];
  for (const [i, item] of c.list('fields', 'fields')) {
    let field: Field | undefined;
    if (typeof item === 'string') {
      const label = cleanText(item);
      if (label) field = { key: label.toLowerCase(), label: freezeTexts({ und: label }) };
    } else if (isObj(item) && typeof item['isced'] === 'string') {
      const code = item['isced'].trim();
      if (!ISCED.test(code)) {
        c.bad(`fields/${i}/isced`, 'isced', item['isced'], 'value', 'unknown-value');
        continue;
      }
      const label = c.localized(`fields/${i}/label`, item['label']);
      field = { key: code, isced: code, ...(label ? { label } : {}) };
    } else c.bad(`fields/${i}`, 'field', item);
    if (field && !out.some((f) => f.key === field.key)) out.push(freeze(field));
  }
  return out;
}

function checkLinks(c: Check): Link[] {
  const out: Link[] = [];
  for (const [i, item] of c.list('links', 'links')) {
    const field = `links/${i}`;
    if (!isObj(item)) c.bad(field, 'linkObject', item);
    else if (item['url'] === undefined) c.p('missing-field', `${field}/url`, 'url', undefined, 'value');
    else {
      const url = c.url(`${field}/url`, item['url']);
      const label = url && c.localized(`${field}/label`, item['label']);
      if (url) out.push(freeze(label ? { url, label } : { url }));
    }
  }
  return out;
}

function checkContacts(c: Check): Contact[] {
  const out: Contact[] = [];
  for (const [i, item] of c.list('contacts', 'contacts')) {
    const prefix = `contacts/${i}/`;
    if (!isObj(item)) {
      c.bad(`contacts/${i}`, 'contact', item);
      continue;
    }
    const name = c.str(`${prefix}name`, item['name']);
    const phone = c.str(`${prefix}phone`, item['phone']);
    let email = c.str(`${prefix}email`, item['email']);
    if (email !== undefined && !EMAIL.test(email)) {
      c.bad(`${prefix}email`, 'email', email, 'value', 'bad-email');
      email = undefined;
    }
    const role = c.localized(`${prefix}role`, item['role']);
    const url = c.url(`${prefix}url`, item['url']);
    const contact: Contact = {
      ...(name ? { name } : {}),
      ...(role ? { role } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(url ? { url } : {}),
    };
    if (Object.keys(contact).length) out.push(freeze(contact));
  }
  return out;
}
