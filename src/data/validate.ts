/**
 * Validation: untrusted input -> a normalised `Dataset` plus a list of `Problem`s.
 *
 * Every record is checked. A record whose required fields are unusable is left out and reported; a bad optional
 * value is dropped and reported while the record is kept; every valid record survives. Each problem names the
 * source, collection, record index and id, field, what was expected and what was found.
 *
 * Severity: `error` means the input breaks the published schema or its cross-references (a CLI run fails);
 * `warning` means the input is usable but probably not what the webmaster meant (markup in a name, an undeclared
 * partnership type, a home institution that is not in the data).
 *
 * Written to be small (every page downloads it): the checks of one kind of value are one method of `Check`, and
 * a problem is reported in one call, `bad(field, expected, value, leftOut, code)`, with the texts that repeat held
 * in constants.
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

export interface ValidateOptions {
  /** Where the data came from, repeated in every problem: a URL, `inline`, `property`, a source name. */
  source: string;
  /** Today as `YYYY-MM-DD`, for deriving status from dates (defaults to the real date). */
  today?: string;
}

export interface ValidationResult {
  dataset: Dataset;
  problems: Problem[];
}

type Collection = NonNullable<Problem['collection']>;
type Where = { collection: Collection; index?: number; id?: string };
type Obj = Record<string, unknown>;
type LeftOut = Problem['leftOut'];

const CONSEQUENCE = {
  record: 'The record was left out.',
  value: 'The value was ignored.',
  file: 'Nothing could be loaded from it.',
} as const;

const SUMMARIES: Record<ProblemCode, string> = {
  'malformed-json': 'the file is not valid JSON',
  'malformed-csv': 'the CSV file could not be read',
  'not-a-dataset': 'the data is not a partnership dataset',
  'missing-collection': 'a list is missing',
  'missing-field': 'a required field is missing',
  'wrong-type': 'a value has the wrong type',
  'empty-value': 'a value is empty',
  'duplicate-id': 'the id is used by an earlier record',
  'unknown-partner': 'a partner names an institution that is not in the data',
  'too-few-partners': 'a partnership needs at least two known partners',
  'bad-coordinates': 'the coordinates are impossible',
  'unknown-country': 'the country code is not an ISO 3166-1 alpha-2 code',
  'bad-date': 'the date is not a valid ISO 8601 date',
  'end-before-start': 'the end date is before the start date',
  'unsafe-link': 'the link is not an http, https or mailto URL and will not be followed',
  'unknown-value': 'the value is not one of the allowed values',
  'bad-language': 'the language tag is not a valid BCP 47 tag',
  'bad-number': 'the number is out of range',
  'bad-email': 'the e-mail address is not valid',
  'unknown-type': 'the partnership type is neither built in nor declared in meta.types',
  'unknown-home': 'meta.home names an institution that is not in the data',
  'markup-in-text': 'the text contains HTML markup; it is shown as plain text, never as HTML',
  'suspicious-coordinates': 'the coordinates are 0,0 (in the ocean off Africa), probably a placeholder',
  'load-failed': 'the data could not be loaded',
  timeout: 'loading took too long',
  'stale-data': 'the data host could not be reached; showing the last copy that loaded, which may be out of date',
};

// What was expected, for the texts used more than once.
const A_TEXT = 'a text';
const A_LIST = 'a list';
const AN_OBJECT = 'an object';
const TEXTS = 'a text, or an object mapping language tags to texts';
const LANGUAGE_TAG = 'a BCP 47 language tag such as "en" or "ar"';
const AN_INSTITUTION = 'the id of an institution in the data';
const A_UNIQUE_ID = 'a unique id';
const COUNT = 'a whole number of 0 or more';
const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;

/** A short, safe description of a found value for messages (never the whole value). */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

/** Collects problems and writes their messages. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  constructor(readonly source: string) {}

  add(
    where: Where,
    p: {
      code: ProblemCode;
      severity?: Problem['severity'] | undefined;
      field?: string | undefined;
      expected?: string | undefined;
      found?: string | undefined;
      leftOut?: LeftOut;
      detail?: string | undefined;
    },
  ): void {
    const { collection, index, id } = where;
    const { code, field, expected, found, leftOut } = p;
    const record =
      collection === 'file'
        ? ''
        : `${collection}${index !== undefined ? `[${index}]` : ''}${id !== undefined ? ` (id ${JSON.stringify(id)})` : ''}`;
    const parts = [record, field !== undefined ? `field "${field}"` : ''].filter(Boolean).join(', ');
    const what = [
      p.detail ?? SUMMARIES[code],
      expected !== undefined ? `expected ${expected}` : '',
      found !== undefined ? `found ${found}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    const problem: Record<string, unknown> = {
      severity: p.severity ?? 'error',
      code,
      source: this.source,
      collection,
      index,
      id,
      field,
      expected,
      found,
      leftOut,
      message: `${this.source}: ${parts ? `${parts}: ` : ''}${what}.${leftOut ? ` ${CONSEQUENCE[leftOut]}` : ''}`,
    };
    for (const key in problem) if (problem[key] === undefined) delete problem[key];
    this.problems.push(Object.freeze(problem as unknown as Problem));
  }
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNil = (v: unknown): v is null | undefined => v === undefined || v === null;
const freeze = Object.freeze;

/** Validates and normalises one dataset. Never throws on bad input. */
export function validateDataset(input: unknown, options: ValidateOptions): ValidationResult {
  const log = new ProblemLog(options.source);
  const today = options.today ?? isoToday();
  const file = new Check({ collection: 'file' }, {}, log);

  // A bare array (e.g. records pasted from ror.org) is a list of institutions.
  const raw: Obj | undefined = Array.isArray(input)
    ? { institutions: input, partnerships: [] }
    : isObj(input)
      ? input
      : undefined;
  if (!raw) {
    file.bad(undefined, 'an object with "institutions" and "partnerships" lists', input, 'file', 'not-a-dataset');
    return { dataset: emptyDataset(), problems: log.problems };
  }

  /** The records of one collection, each checked; duplicate ids are left out. */
  const records = <T extends { id: string }>(
    collection: 'institutions' | 'partnerships',
    check: (rec: unknown, index: number) => T | undefined,
  ): T[] => {
    const value = raw[collection];
    const list = Array.isArray(value) ? value : [];
    if (value === undefined) file.p('missing-collection', collection, A_LIST, 'nothing');
    else if (list !== value) file.p('wrong-type', collection, A_LIST, describe(value));
    const out: T[] = [];
    const seen = new Map<string, number>();
    list.forEach((rec, index) => {
      const item = check(rec, index);
      if (!item) return;
      const earlier = seen.get(item.id);
      if (earlier === undefined) {
        seen.set(item.id, index);
        out.push(item);
      } else
        new Check({ collection, index, id: item.id }, {}, log).p(
          'duplicate-id',
          'id',
          A_UNIQUE_ID,
          `the id of ${collection}[${earlier}]`,
          'record',
        );
    });
    return out;
  };

  const institutions = records('institutions', (rec, index) => checkInstitution(rec, index, log));
  const institutionById = new Map(institutions.map((i) => [i.id, i]));
  const meta = checkMeta(raw['meta'], institutionById, log);
  const knownTypes = new Set<string>([...PARTNERSHIP_TYPES, ...meta.types.map((t) => t.id)]);
  const partnerships = records('partnerships', (rec, index) =>
    checkPartnership(rec, index, log, institutionById, knownTypes, today),
  );
  const dataset: Dataset = freeze({
    meta,
    institutions: freeze(institutions),
    partnerships: freeze(partnerships),
    institutionById,
  });
  return { dataset, problems: log.problems };
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
    readonly log: ProblemLog,
  ) {}

  /** Reports a problem about this record. */
  p(
    code: ProblemCode,
    field?: string,
    expected?: string,
    found?: string,
    leftOut?: LeftOut,
    severity?: Problem['severity'],
  ): void {
    this.log.add(this.where, { code, severity, field, expected, found, leftOut });
  }

  /** Reports a bad value (a wrong type unless told otherwise; the value is ignored unless told otherwise). */
  bad(
    field: string | undefined,
    expected: string,
    value: unknown,
    leftOut: LeftOut = 'value',
    code: ProblemCode = 'wrong-type',
  ): void {
    this.p(code, field, expected, describe(value), leftOut);
  }

  /** Reports text that looks like HTML (it is kept, as text). */
  markup(field: string, text: string): void {
    this.p('markup-in-text', field, undefined, describe(text), undefined, 'warning');
  }

  /** A required, non-empty string (id, type). */
  required(field: string, expected: string): string | undefined {
    const v = this.rec[field];
    if (isNil(v)) return void this.p('missing-field', field, expected, 'nothing', 'record');
    const s = typeof v === 'string' ? cleanText(v) : '';
    if (s === '') this.bad(field, expected, v, 'record', typeof v === 'string' ? 'empty-value' : 'wrong-type');
    return s || undefined;
  }

  /** A text, cleaned (`undefined` when empty); anything else is reported, except nothing when `optional`. */
  str(field: string, v: unknown, optional = true): string | undefined {
    if (typeof v === 'string') return cleanText(v) || undefined;
    if (!optional || !isNil(v)) this.bad(field, A_TEXT, v);
  }

  /** An optional text field of the record. */
  text(field: string): string | undefined {
    return this.str(field, this.rec[field]);
  }

  /** An optional list of texts; bad items are reported and dropped, duplicates dropped. */
  texts(field: string, expected = 'a list of texts'): string[] {
    const out: string[] = [];
    for (const [i, item] of this.list(field, expected)) {
      const s = this.str(`${field}/${i}`, item, false);
      if (s && !out.includes(s)) out.push(s);
    }
    return out;
  }

  /** An optional list: its entries, or none (a value that is not a list is reported; null too when `strict`). */
  list(field: string, expected: string, strict = false): [number, unknown][] {
    const v = this.rec[field];
    if (Array.isArray(v)) return [...v.entries()];
    if (v !== undefined && (strict || v !== null)) this.bad(field, expected, v);
    return [];
  }

  /** A value from a fixed set (reported and ignored when another). */
  oneOf<T extends string>(field: string, value: string | undefined, allowed: readonly T[], note = ''): T | undefined {
    if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
    this.bad(field, oneOf(allowed) + note, value, 'value', 'unknown-value');
  }

  /** A plain string or a per-language map; `markup` adds a warning for HTML-looking text. */
  localized(field: string, value: unknown, required = false, markup = false): Texts | undefined {
    const leftOut = required ? 'record' : 'value';
    if (isNil(value)) return void (required && this.p('missing-field', field, TEXTS, 'nothing', leftOut));
    const out: Record<string, string> = {};
    if (typeof value === 'string') {
      const s = cleanText(value);
      if (s) out['und'] = s;
    } else if (isObj(value)) {
      for (const [key, text] of Object.entries(value)) {
        const lang = canonicalLanguage(key);
        const s =
          lang === undefined
            ? this.bad(`${field}/${key}`, LANGUAGE_TAG, key, 'value', 'bad-language')
            : this.str(`${field}/${key}`, text, false);
        if (s && out[lang!] === undefined) out[lang!] = s;
      }
    } else return void this.bad(field, TEXTS, value, leftOut);
    const texts = Object.values(out);
    if (!texts.length) return void this.bad(field, TEXTS, value, leftOut, 'empty-value');
    const html = markup ? texts.find(looksLikeMarkup) : undefined;
    if (html !== undefined) this.markup(field, html);
    return freezeTexts(out);
  }

  /** An optional absolute http(s) (or mailto unless `web`) URL. */
  url(field: string, value: unknown, web = false): string | undefined {
    if (isNil(value) || value === '') return undefined;
    if (typeof value !== 'string') return void this.bad(field, 'a URL', value);
    const url = safeUrl(value, web);
    if (url === undefined)
      this.bad(
        field,
        `an absolute http://${web ? ' or' : ','} https://${web ? '' : ' or mailto:'} URL`,
        value,
        'value',
        'unsafe-link',
      );
    return url;
  }

  /** Latitude and longitude, both or neither, within range. */
  coordinates(latField: string, lat: unknown, lng: unknown): { lat?: number; lng?: number } {
    if (isNil(lat) && isNil(lng)) return {};
    const field = `${latField},lng`;
    const found = `${describe(lat)}, ${describe(lng)}`;
    if (typeof lat !== 'number' || typeof lng !== 'number') {
      const code = isNil(lat) || isNil(lng) ? 'missing-field' : 'wrong-type';
      return (this.p(code, field, 'two numbers: latitude and longitude', found, 'value'), {});
    }
    if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180))
      return (this.p('bad-coordinates', field, 'latitude -90..90 and longitude -180..180', found, 'value'), {});
    if (lat === 0 && lng === 0) this.p('suspicious-coordinates', field, undefined, found, undefined, 'warning');
    return { lat, lng };
  }

  country(field: string, value: unknown): string {
    if (isNil(value) || value === '') return '';
    const expected = 'an ISO 3166-1 alpha-2 code';
    if (typeof value !== 'string') return (this.bad(field, `${expected} such as "SA"`, value), '');
    const code = value.trim();
    if (isCountryCode(code)) return code;
    const upper = code.toUpperCase();
    const hint = isCountryCode(upper) ? ` (in capitals: "${upper}")` : '';
    this.bad(field, `${expected} in capitals such as "SA"${hint}`, value, 'value', 'unknown-country');
    return '';
  }

  date(field: string): string | undefined {
    const v = this.rec[field];
    if (isNil(v) || v === '') return undefined;
    if (typeof v === 'string' && isIsoDate(v.trim())) return v.trim();
    this.bad(field, 'an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD', v, 'value', 'bad-date');
  }
}

/** The check of one record of a collection, or `undefined` (reported) when it is not an object. */
function recordCheck(
  collection: 'institutions' | 'partnerships',
  what: string,
  rec: unknown,
  index: number,
  log: ProblemLog,
): Check | undefined {
  if (!isObj(rec))
    return void new Check({ collection, index }, {}, log).bad(undefined, `${what} object`, rec, 'record');
  const rawId = typeof rec['id'] === 'string' ? rec['id'].trim() : undefined;
  return new Check({ collection, index, ...(rawId ? { id: rawId } : {}) }, rec, log);
}

// --- institutions -------------------------------------------------------------------------------------------------

function checkInstitution(rec: unknown, index: number, log: ProblemLog): Institution | undefined {
  const c = recordCheck('institutions', 'an institution', rec, index, log);
  if (!c) return undefined;
  const r = c.rec;
  const id = c.required('id', 'a unique id, e.g. a ROR ID such as "https://ror.org/02ma4wv74"');
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
      c.bad(`names/${i}`, 'a ROR name: { value, types, lang }', n);
      continue;
    }
    const value = cleanText(n['value']);
    if (!value) continue;
    const types = n['types'] as unknown[];
    const tag = n['lang'];
    const lang = typeof tag === 'string' && tag !== '' ? canonicalLanguage(tag) : 'und';
    if (lang === undefined) c.bad(`names/${i}/lang`, 'an ISO 639-1 code or null', tag, 'value', 'bad-language');
    if (types.includes('ror_display')) display ??= value;
    if (types.includes('ror_display') || types.includes('label')) names[lang ?? 'und'] ??= value;
    if (types.includes('acronym') && !acronyms.includes(value)) acronyms.push(value);
    if (types.includes('alias') && !aliases.includes(value)) aliases.push(value);
  }
  if (!Object.keys(names).length)
    return void c.bad(
      'names',
      'at least one name of type "ror_display" or "label"',
      entries,
      'record',
      'missing-field',
    );
  if (id === undefined) return undefined;
  const displayName = display ?? names['en'] ?? names['und'] ?? Object.values(names)[0]!;
  if (looksLikeMarkup(displayName)) c.markup('names', displayName);

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
    } else if (locations.length) c.bad(where, AN_OBJECT, details);
  } else if (locations !== undefined) c.bad('locations', A_LIST, locations);

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

function checkMeta(value: unknown, institutions: ReadonlyMap<string, Institution>, log: ProblemLog): DatasetMeta {
  const c = new Check({ collection: 'meta' }, isObj(value) ? value : {}, log);
  if (!isObj(value)) {
    if (!isNil(value)) c.bad(undefined, AN_OBJECT, value);
    return freeze({ types: freeze([]) });
  }
  const title = c.localized('title', value['title']);
  const updated = c.date('updated');
  const note = c.text('note');
  let home = c.text('home');
  if (home !== undefined) {
    home = canonicalId(home);
    if (!institutions.has(home)) {
      c.p('unknown-home', 'home', AN_INSTITUTION, describe(home), 'value', 'warning');
      home = undefined;
    }
  }
  const types: { id: string; label: Texts }[] = [];
  for (const [i, t] of c.list('types', 'a list of { id, label }', true)) {
    if (!isObj(t) || typeof t['id'] !== 'string' || !cleanText(t['id'])) {
      c.bad(`types/${i}`, 'an object { id, label }', t);
      continue;
    }
    const field = `types/${i}/label`;
    const label = c.localized(field, t['label']);
    if (label) types.push(freeze({ id: cleanText(t['id']), label }));
    else if (t['label'] === undefined) c.p('missing-field', field, TEXTS, 'nothing', 'value');
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
  log: ProblemLog,
  institutions: ReadonlyMap<string, Institution>,
  knownTypes: ReadonlySet<string>,
  today: string,
): Partnership | undefined {
  const c = recordCheck('partnerships', 'a partnership', rec, index, log);
  if (!c) return undefined;
  const r = c.rec;
  const types = PARTNERSHIP_TYPES.join(', ');
  const id = c.required('id', A_UNIQUE_ID);
  const title = c.localized('title', r['title'], true, true);
  const type = c.required('type', `a partnership type: ${types}, or one declared in meta.types`);
  const partners = checkPartners(c, institutions);
  if (id === undefined || title === undefined || type === undefined || partners === undefined) return undefined;

  if (!knownTypes.has(type))
    c.p(
      'unknown-type',
      'type',
      `one of ${types}, or a type declared in meta.types`,
      describe(type),
      undefined,
      'warning',
    );
  const description = c.localized('description', r['description'], false, true);

  const start = c.date('start');
  let end = c.date('end');
  if (start !== undefined && end !== undefined && endsBeforeStart(start, end)) {
    c.bad('end', `a date on or after the start (${start})`, end, 'value', 'end-before-start');
    end = undefined;
  }
  const status: Status =
    c.oneOf('status', c.text('status'), STATUSES, ' (or none: it is derived from the dates)') ??
    deriveStatus(start, end, today);

  const places = r['placesPerYear'];
  let placesPerYear: number | undefined;
  if (typeof places === 'number' && Number.isInteger(places) && places >= 0) placesPerYear = places;
  else if (!isNil(places))
    c.bad('placesPerYear', COUNT, places, 'value', typeof places === 'number' ? 'bad-number' : 'wrong-type');

  const languages: string[] = [];
  c.texts('languages', 'a list of BCP 47 language tags').forEach((tag, i) => {
    const lang = canonicalLanguage(tag);
    if (lang === undefined) c.bad(`languages/${i}`, LANGUAGE_TAG, tag, 'value', 'bad-language');
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
      c.texts('levels', `a list of ${LEVELS.join(', ')}`).flatMap((l, i) => c.oneOf(`levels/${i}`, l, LEVELS) ?? []),
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
  const expected = 'a list of two or more institution ids (or { id, role } objects)';
  if (!Array.isArray(value))
    return void c.bad(
      'partners',
      expected,
      isNil(value) ? undefined : value,
      'record',
      isNil(value) ? 'missing-field' : 'wrong-type',
    );
  const out: PartnerRef[] = [];
  value.forEach((item, i) => {
    const field = `partners/${i}`;
    const obj = isObj(item) && typeof item['id'] === 'string';
    if (typeof item !== 'string' && !obj) return c.bad(field, 'an institution id or { id, role }', item);
    const id = (obj ? item['id'] : item) as string;
    const role = obj && typeof item['role'] === 'string' ? cleanText(item['role']) : '';
    const canonical = canonicalId(id);
    if (!institutions.has(canonical)) return c.bad(field, AN_INSTITUTION, id, 'value', 'unknown-partner');
    if (!out.some((p) => p.id === canonical)) out.push(freeze(role ? { id: canonical, role } : { id: canonical }));
  });
  if (out.length >= 2) return freeze(out);
  c.p('too-few-partners', 'partners', 'at least two known institutions', `${out.length}`, 'record');
}

function checkFields(c: Check): Field[] {
  const out: Field[] = [];
  for (const [i, item] of c.list('fields', 'a list of labels or { isced, label }')) {
    let field: Field | undefined;
    if (typeof item === 'string') {
      const label = cleanText(item);
      if (label) field = { key: label.toLowerCase(), label: freezeTexts({ und: label }) };
    } else if (isObj(item) && typeof item['isced'] === 'string') {
      const code = item['isced'].trim();
      if (!ISCED.test(code)) {
        c.bad(
          `fields/${i}/isced`,
          'an ISCED-F 2013 code of 2 to 4 digits, e.g. "0712"',
          item['isced'],
          'value',
          'unknown-value',
        );
        continue;
      }
      const label = c.localized(`fields/${i}/label`, item['label']);
      field = { key: code, isced: code, ...(label ? { label } : {}) };
    } else c.bad(`fields/${i}`, 'a label or { isced, label }', item);
    if (field && !out.some((f) => f.key === field.key)) out.push(freeze(field));
  }
  return out;
}

function checkLinks(c: Check): Link[] {
  const out: Link[] = [];
  for (const [i, item] of c.list('links', 'a list of { url, label }')) {
    const field = `links/${i}`;
    if (!isObj(item)) c.bad(field, 'an object { url, label }', item);
    else if (item['url'] === undefined) c.p('missing-field', `${field}/url`, 'a URL', 'nothing', 'value');
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
  for (const [i, item] of c.list('contacts', 'a list of contacts')) {
    const prefix = `contacts/${i}/`;
    if (!isObj(item)) {
      c.bad(`contacts/${i}`, 'an object { name, role, email, phone, url }', item);
      continue;
    }
    const name = c.str(`${prefix}name`, item['name']);
    const phone = c.str(`${prefix}phone`, item['phone']);
    let email = c.str(`${prefix}email`, item['email']);
    if (email !== undefined && !EMAIL.test(email)) {
      c.bad(`${prefix}email`, 'an e-mail address such as "office@example.edu"', email, 'value', 'bad-email');
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
