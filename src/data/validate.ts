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
  type InstitutionKind,
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

const CONSEQUENCE = {
  record: 'The record was left out.',
  value: 'The value was ignored.',
  file: 'Nothing could be loaded from it.',
} as const;

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
      severity?: Problem['severity'];
      field?: string;
      expected?: string;
      found?: string;
      leftOut?: Problem['leftOut'];
      detail?: string;
    },
  ): void {
    const severity = p.severity ?? 'error';
    const record =
      where.collection === 'file'
        ? ''
        : `${where.collection}${where.index !== undefined ? `[${where.index}]` : ''}${
            where.id !== undefined ? ` (id ${JSON.stringify(where.id)})` : ''
          }`;
    const parts = [record, p.field !== undefined ? `field "${p.field}"` : ''].filter(Boolean).join(', ');
    const what = [
      p.detail ?? SUMMARIES[p.code],
      p.expected !== undefined ? `expected ${p.expected}` : '',
      p.found !== undefined ? `found ${p.found}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    const consequence = p.leftOut ? ` ${CONSEQUENCE[p.leftOut]}` : '';
    const message = `${this.source}: ${parts ? `${parts}: ` : ''}${what}.${consequence}`;
    const problem: Problem = {
      severity,
      code: p.code,
      source: this.source,
      collection: where.collection,
      ...(where.index !== undefined ? { index: where.index } : {}),
      ...(where.id !== undefined ? { id: where.id } : {}),
      ...(p.field !== undefined ? { field: p.field } : {}),
      ...(p.expected !== undefined ? { expected: p.expected } : {}),
      ...(p.found !== undefined ? { found: p.found } : {}),
      ...(p.leftOut !== undefined ? { leftOut: p.leftOut } : {}),
      message,
    };
    this.problems.push(Object.freeze(problem));
  }
}

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

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Obj, key: string) => o[key] !== undefined;

/** Validates and normalises one dataset. Never throws on bad input. */
export function validateDataset(input: unknown, options: ValidateOptions): ValidationResult {
  const log = new ProblemLog(options.source);
  const today = options.today ?? isoToday();
  const file: Where = { collection: 'file' };

  let raw: Obj;
  if (Array.isArray(input)) {
    // A bare array (e.g. records pasted from ror.org) is a list of institutions.
    raw = { institutions: input, partnerships: [] };
  } else if (isObj(input)) {
    raw = input;
  } else {
    log.add(file, {
      code: 'not-a-dataset',
      expected: 'an object with "institutions" and "partnerships" lists',
      found: describe(input),
      leftOut: 'file',
    });
    return { dataset: emptyDataset(), problems: log.problems };
  }

  const list = (key: 'institutions' | 'partnerships'): unknown[] => {
    const value = raw[key];
    if (Array.isArray(value)) return value;
    if (value === undefined)
      log.add(file, { code: 'missing-collection', field: key, expected: 'a list', found: 'nothing' });
    else log.add(file, { code: 'wrong-type', field: key, expected: 'a list', found: describe(value) });
    return [];
  };

  const institutions: Institution[] = [];
  const institutionById = new Map<string, Institution>();
  const firstIndex = new Map<string, number>();
  list('institutions').forEach((rec, index) => {
    const inst = checkInstitution(rec, index, log);
    if (!inst) return;
    const earlier = firstIndex.get(inst.id);
    if (earlier !== undefined) {
      log.add(
        { collection: 'institutions', index, id: inst.id },
        {
          code: 'duplicate-id',
          field: 'id',
          expected: 'a unique id',
          found: `the id of institutions[${earlier}]`,
          leftOut: 'record',
        },
      );
      return;
    }
    firstIndex.set(inst.id, index);
    institutions.push(inst);
    institutionById.set(inst.id, inst);
  });

  const meta = checkMeta(raw['meta'], institutionById, log);
  const knownTypes = new Set<string>([...PARTNERSHIP_TYPES, ...meta.types.map((t) => t.id)]);

  const partnerships: Partnership[] = [];
  const partnershipIndex = new Map<string, number>();
  list('partnerships').forEach((rec, index) => {
    const p = checkPartnership(rec, index, log, institutionById, knownTypes, today);
    if (!p) return;
    const earlier = partnershipIndex.get(p.id);
    if (earlier !== undefined) {
      log.add(
        { collection: 'partnerships', index, id: p.id },
        {
          code: 'duplicate-id',
          field: 'id',
          expected: 'a unique id',
          found: `the id of partnerships[${earlier}]`,
          leftOut: 'record',
        },
      );
      return;
    }
    partnershipIndex.set(p.id, index);
    partnerships.push(p);
  });

  const dataset: Dataset = Object.freeze({
    meta,
    institutions: Object.freeze(institutions),
    partnerships: Object.freeze(partnerships),
    institutionById,
  });
  return { dataset, problems: log.problems };
}

/** A dataset with nothing in it (what a broken file yields). */
export function emptyDataset(): Dataset {
  return Object.freeze({
    meta: Object.freeze({ types: Object.freeze([]) }),
    institutions: Object.freeze([]),
    partnerships: Object.freeze([]),
    institutionById: new Map(),
  });
}

// --- field helpers ------------------------------------------------------------------------------------------------

/** A record being checked: where it is, and shortcuts for its fields. */
class RecordCheck {
  constructor(
    readonly where: Where,
    readonly rec: Obj,
    readonly log: ProblemLog,
  ) {}

  problem(p: Parameters<ProblemLog['add']>[1]): void {
    this.log.add(this.where, p);
  }

  /** A required, non-empty string (id, type). */
  requiredString(field: string, expected: string): string | undefined {
    const v = this.rec[field];
    if (v === undefined || v === null) {
      this.problem({ code: 'missing-field', field, expected, found: 'nothing', leftOut: 'record' });
      return undefined;
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      this.problem({ code: 'wrong-type', field, expected, found: describe(v), leftOut: 'record' });
      return undefined;
    }
    if (typeof v === 'number') {
      this.problem({ code: 'wrong-type', field, expected, found: describe(v), leftOut: 'record' });
      return undefined;
    }
    const s = cleanText(v);
    if (s === '') {
      this.problem({ code: 'empty-value', field, expected, found: describe(v), leftOut: 'record' });
      return undefined;
    }
    return s;
  }

  /** An optional string; a wrong type is reported and ignored. */
  optionalString(field: string, expected = 'a text'): string | undefined {
    const v = this.rec[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') {
      this.problem({ code: 'wrong-type', field, expected, found: describe(v), leftOut: 'value' });
      return undefined;
    }
    const s = cleanText(v);
    return s === '' ? undefined : s;
  }

  /** An optional list of strings; bad items are reported and dropped. */
  stringList(field: string, expected = 'a list of texts'): string[] {
    const v = this.rec[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.problem({ code: 'wrong-type', field, expected, found: describe(v), leftOut: 'value' });
      return [];
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item !== 'string') {
        this.problem({
          code: 'wrong-type',
          field: `${field}/${i}`,
          expected: 'a text',
          found: describe(item),
          leftOut: 'value',
        });
        return;
      }
      const s = cleanText(item);
      if (s !== '' && !out.includes(s)) out.push(s);
    });
    return out;
  }

  /** A list of values from a fixed set. */
  enumList<T extends string>(field: string, allowed: readonly T[]): T[] {
    const out: T[] = [];
    for (const [i, item] of this.stringList(field, `a list of ${allowed.join(', ')}`).entries()) {
      if ((allowed as readonly string[]).includes(item)) out.push(item as T);
      else
        this.problem({
          code: 'unknown-value',
          field: `${field}/${i}`,
          expected: `one of ${allowed.join(', ')}`,
          found: describe(item),
          leftOut: 'value',
        });
    }
    return out;
  }

  /** A plain string or a per-language map; `markup` adds a warning for HTML-looking text. */
  texts(field: string, value: unknown, required: boolean, markup = false): Texts | undefined {
    const expected = 'a text, or an object mapping language tags to texts';
    const leftOut = required ? 'record' : 'value';
    if (value === undefined || value === null) {
      if (required) this.problem({ code: 'missing-field', field, expected, found: 'nothing', leftOut });
      return undefined;
    }
    const out: Record<string, string> = {};
    if (typeof value === 'string') {
      const s = cleanText(value);
      if (s !== '') out['und'] = s;
    } else if (isObj(value)) {
      for (const [key, text] of Object.entries(value)) {
        const lang = canonicalLanguage(key);
        if (lang === undefined) {
          this.problem({
            code: 'bad-language',
            field: `${field}/${key}`,
            expected: 'a BCP 47 language tag such as "en" or "ar"',
            found: describe(key),
            leftOut: 'value',
          });
          continue;
        }
        if (typeof text !== 'string') {
          this.problem({
            code: 'wrong-type',
            field: `${field}/${key}`,
            expected: 'a text',
            found: describe(text),
            leftOut: 'value',
          });
          continue;
        }
        const s = cleanText(text);
        if (s !== '' && out[lang] === undefined) out[lang] = s;
      }
    } else {
      this.problem({ code: 'wrong-type', field, expected, found: describe(value), leftOut });
      return undefined;
    }
    if (Object.keys(out).length === 0) {
      this.problem({ code: 'empty-value', field, expected, found: describe(value), leftOut });
      return undefined;
    }
    if (markup && Object.values(out).some(looksLikeMarkup)) {
      this.problem({
        code: 'markup-in-text',
        severity: 'warning',
        field,
        found: describe(Object.values(out).find(looksLikeMarkup)),
      });
    }
    return freezeTexts(out);
  }

  /** An optional absolute http(s) (or mailto unless `web`) URL. */
  url(field: string, value: unknown, web = false): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') {
      this.problem({ code: 'wrong-type', field, expected: 'a URL', found: describe(value), leftOut: 'value' });
      return undefined;
    }
    const url = safeUrl(value, web);
    if (url === undefined) {
      this.problem({
        code: 'unsafe-link',
        field,
        expected: web ? 'an absolute http:// or https:// URL' : 'an absolute http://, https:// or mailto: URL',
        found: describe(value),
        leftOut: 'value',
      });
    }
    return url;
  }

  /** Latitude and longitude, both or neither, within range. */
  coordinates(latField: string, lngField: string, lat: unknown, lng: unknown): { lat?: number; lng?: number } {
    if ((lat === undefined || lat === null) && (lng === undefined || lng === null)) return {};
    const field = `${latField},${lngField}`;
    const found = `${describe(lat)}, ${describe(lng)}`;
    if (typeof lat !== 'number' || typeof lng !== 'number') {
      const bothGiven = lat !== undefined && lat !== null && lng !== undefined && lng !== null;
      this.problem({
        code: bothGiven ? 'wrong-type' : 'missing-field',
        field,
        expected: 'two numbers: latitude and longitude',
        found,
        leftOut: 'value',
      });
      return {};
    }
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      this.problem({
        code: 'bad-coordinates',
        field,
        expected: 'latitude -90..90 and longitude -180..180',
        found,
        leftOut: 'value',
      });
      return {};
    }
    if (lat === 0 && lng === 0) this.problem({ code: 'suspicious-coordinates', severity: 'warning', field, found });
    return { lat, lng };
  }

  country(field: string, value: unknown): string {
    if (value === undefined || value === null || value === '') return '';
    if (typeof value !== 'string') {
      this.problem({
        code: 'wrong-type',
        field,
        expected: 'an ISO 3166-1 alpha-2 code such as "SA"',
        found: describe(value),
        leftOut: 'value',
      });
      return '';
    }
    const code = value.trim();
    if (!isCountryCode(code)) {
      const hint = isCountryCode(code.toUpperCase()) ? ` (in capitals: "${code.toUpperCase()}")` : '';
      this.problem({
        code: 'unknown-country',
        field,
        expected: `an ISO 3166-1 alpha-2 code in capitals such as "SA"${hint}`,
        found: describe(value),
        leftOut: 'value',
      });
      return '';
    }
    return code;
  }

  date(field: string): string | undefined {
    const v = this.rec[field];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string' || !isIsoDate(v.trim())) {
      this.problem({
        code: 'bad-date',
        field,
        expected: 'an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
        found: describe(v),
        leftOut: 'value',
      });
      return undefined;
    }
    return v.trim();
  }
}

// --- institutions -------------------------------------------------------------------------------------------------

function checkInstitution(rec: unknown, index: number, log: ProblemLog): Institution | undefined {
  if (!isObj(rec)) {
    log.add(
      { collection: 'institutions', index },
      { code: 'wrong-type', expected: 'an institution object', found: describe(rec), leftOut: 'record' },
    );
    return undefined;
  }
  const rawId = typeof rec['id'] === 'string' ? rec['id'].trim() : undefined;
  const c = new RecordCheck({ collection: 'institutions', index, ...(rawId ? { id: rawId } : {}) }, rec, log);
  const id = c.requiredString('id', 'a unique id, e.g. a ROR ID such as "https://ror.org/02ma4wv74"');
  if (Array.isArray(rec['names']) && !has(rec, 'name')) return checkRor(c, id);
  const names = c.texts('name', rec['name'], true, true);
  if (id === undefined || names === undefined) return undefined;

  let kind: InstitutionKind = 'other';
  const rawKind = c.optionalString('kind');
  if (rawKind !== undefined) {
    if ((INSTITUTION_KINDS as readonly string[]).includes(rawKind)) kind = rawKind as InstitutionKind;
    else
      c.problem({
        code: 'unknown-value',
        field: 'kind',
        expected: `one of ${INSTITUTION_KINDS.join(', ')}`,
        found: describe(rawKind),
        leftOut: 'value',
      });
  }
  const website = c.url('website', rec['website'], true);
  const logo = c.url('logo', rec['logo'], true);
  const inst: Institution = {
    id: canonicalId(id),
    names,
    displayName: names['en'] ?? names['und'] ?? Object.values(names)[0]!,
    acronyms: Object.freeze(c.stringList('acronyms')),
    aliases: Object.freeze(c.stringList('aliases')),
    kind,
    country: c.country('country', rec['country']),
    city: c.optionalString('city') ?? '',
    ...c.coordinates('lat', 'lng', rec['lat'], rec['lng']),
    ...(website !== undefined ? { website } : {}),
    ...(logo !== undefined ? { logo } : {}),
  };
  return Object.freeze(inst);
}

/** A ROR schema v2 record, accepted as published. */
function checkRor(c: RecordCheck, id: string | undefined): Institution | undefined {
  const rec = c.rec;
  const names: Record<string, string> = {};
  const acronyms: string[] = [];
  const aliases: string[] = [];
  let display: string | undefined;
  const entries = rec['names'] as unknown[];
  // ror_display first, so it wins its language over other labels.
  const ordered = entries
    .map((n, i) => ({ n, i }))
    .sort((a, b) => Number(isRorDisplay(b.n)) - Number(isRorDisplay(a.n)));
  for (const { n, i } of ordered) {
    if (!isObj(n) || typeof n['value'] !== 'string' || !Array.isArray(n['types'])) {
      c.problem({
        code: 'wrong-type',
        field: `names/${i}`,
        expected: 'a ROR name: { value, types, lang }',
        found: describe(n),
        leftOut: 'value',
      });
      continue;
    }
    const value = cleanText(n['value']);
    if (value === '') continue;
    const types = n['types'] as unknown[];
    let lang = 'und';
    if (typeof n['lang'] === 'string' && n['lang'] !== '') {
      const canonical = canonicalLanguage(n['lang']);
      if (canonical === undefined) {
        c.problem({
          code: 'bad-language',
          field: `names/${i}/lang`,
          expected: 'an ISO 639-1 code or null',
          found: describe(n['lang']),
          leftOut: 'value',
        });
      } else lang = canonical;
    }
    if (types.includes('ror_display')) display ??= value;
    if (types.includes('ror_display') || types.includes('label')) {
      if (names[lang] === undefined) names[lang] = value;
    }
    if (types.includes('acronym') && !acronyms.includes(value)) acronyms.push(value);
    if (types.includes('alias') && !aliases.includes(value)) aliases.push(value);
  }
  if (Object.keys(names).length === 0) {
    c.problem({
      code: 'missing-field',
      field: 'names',
      expected: 'at least one name of type "ror_display" or "label"',
      found: describe(entries),
      leftOut: 'record',
    });
    return undefined;
  }
  if (id === undefined) return undefined;
  const displayName = display ?? names['en'] ?? names['und'] ?? Object.values(names)[0]!;
  if (looksLikeMarkup(displayName))
    c.problem({ code: 'markup-in-text', severity: 'warning', field: 'names', found: describe(displayName) });

  const types = Array.isArray(rec['types']) ? rec['types'].filter((t): t is string => typeof t === 'string') : [];
  let country = '';
  let city = '';
  let coords: { lat?: number; lng?: number } = {};
  const locations = rec['locations'];
  if (Array.isArray(locations) && locations.length > 0) {
    const details = isObj(locations[0]) ? locations[0]['geonames_details'] : undefined;
    if (isObj(details)) {
      country = c.country('locations/0/geonames_details/country_code', details['country_code']);
      city = typeof details['name'] === 'string' ? cleanText(details['name']) : '';
      coords = c.coordinates('locations/0/geonames_details/lat', 'lng', details['lat'], details['lng']);
    } else {
      c.problem({
        code: 'wrong-type',
        field: 'locations/0/geonames_details',
        expected: 'an object',
        found: describe(details),
        leftOut: 'value',
      });
    }
  } else if (locations !== undefined && !Array.isArray(locations)) {
    c.problem({
      code: 'wrong-type',
      field: 'locations',
      expected: 'a list',
      found: describe(locations),
      leftOut: 'value',
    });
  }

  let website: string | undefined;
  const links = rec['links'];
  if (Array.isArray(links)) {
    const ordered = [...links.entries()].sort(
      ([, a], [, b]) => Number(isObj(b) && b['type'] === 'website') - Number(isObj(a) && a['type'] === 'website'),
    );
    for (const [i, link] of ordered) {
      if (!isObj(link) || link['type'] !== 'website') continue;
      website = c.url(`links/${i}/value`, link['value'], true);
      if (website) break;
    }
  }
  let successor: string | undefined;
  if (Array.isArray(rec['relationships'])) {
    const s = rec['relationships'].find((r) => isObj(r) && r['type'] === 'successor' && typeof r['id'] === 'string');
    if (isObj(s)) successor = canonicalId(s['id'] as string);
  }
  const status = typeof rec['status'] === 'string' ? rec['status'] : 'active';
  const inst: Institution = {
    id: canonicalId(id),
    names: freezeTexts(names),
    displayName,
    acronyms: Object.freeze(acronyms),
    aliases: Object.freeze(aliases),
    kind: kindFromRorTypes(types, displayName),
    country,
    city,
    ...coords,
    ...(website !== undefined ? { website } : {}),
    ...(status !== 'active' ? { inactive: true } : {}),
    ...(successor !== undefined ? { successor } : {}),
  };
  return Object.freeze(inst);
}

const isRorDisplay = (n: unknown) => isObj(n) && Array.isArray(n['types']) && n['types'].includes('ror_display');

// --- meta ---------------------------------------------------------------------------------------------------------

function checkMeta(value: unknown, institutions: ReadonlyMap<string, Institution>, log: ProblemLog): DatasetMeta {
  if (value === undefined || value === null) return Object.freeze({ types: Object.freeze([]) });
  if (!isObj(value)) {
    log.add(
      { collection: 'meta' },
      { code: 'wrong-type', expected: 'an object', found: describe(value), leftOut: 'value' },
    );
    return Object.freeze({ types: Object.freeze([]) });
  }
  const c = new RecordCheck({ collection: 'meta' }, value, log);
  const title = c.texts('title', value['title'], false);
  const updated = c.date('updated');
  const note = c.optionalString('note');
  let home = c.optionalString('home');
  if (home !== undefined) {
    home = canonicalId(home);
    if (!institutions.has(home)) {
      c.problem({
        code: 'unknown-home',
        severity: 'warning',
        field: 'home',
        expected: 'the id of an institution in the data',
        found: describe(home),
        leftOut: 'value',
      });
      home = undefined;
    }
  }
  const types: { id: string; label: Texts }[] = [];
  if (value['types'] !== undefined) {
    if (!Array.isArray(value['types'])) {
      c.problem({
        code: 'wrong-type',
        field: 'types',
        expected: 'a list of { id, label }',
        found: describe(value['types']),
        leftOut: 'value',
      });
    } else {
      value['types'].forEach((t, i) => {
        if (!isObj(t) || typeof t['id'] !== 'string' || cleanText(t['id']) === '') {
          c.problem({
            code: 'wrong-type',
            field: `types/${i}`,
            expected: 'an object { id, label }',
            found: describe(t),
            leftOut: 'value',
          });
          return;
        }
        const label = c.texts(`types/${i}/label`, t['label'], false);
        if (label === undefined) {
          if (t['label'] === undefined)
            c.problem({
              code: 'missing-field',
              field: `types/${i}/label`,
              expected: 'a text, or an object mapping language tags to texts',
              found: 'nothing',
              leftOut: 'value',
            });
          return;
        }
        types.push(Object.freeze({ id: cleanText(t['id']), label }));
      });
    }
  }
  return Object.freeze({
    ...(title ? { title } : {}),
    ...(updated ? { updated } : {}),
    ...(home ? { home } : {}),
    ...(note ? { note } : {}),
    types: Object.freeze(types),
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
  if (!isObj(rec)) {
    log.add(
      { collection: 'partnerships', index },
      { code: 'wrong-type', expected: 'a partnership object', found: describe(rec), leftOut: 'record' },
    );
    return undefined;
  }
  const rawId = typeof rec['id'] === 'string' ? rec['id'].trim() : undefined;
  const c = new RecordCheck({ collection: 'partnerships', index, ...(rawId ? { id: rawId } : {}) }, rec, log);
  const id = c.requiredString('id', 'a unique id');
  const title = c.texts('title', rec['title'], true, true);
  const type = c.requiredString(
    'type',
    `a partnership type: ${PARTNERSHIP_TYPES.join(', ')}, or one declared in meta.types`,
  );
  const partners = checkPartners(c, institutions);
  if (id === undefined || title === undefined || type === undefined || partners === undefined) return undefined;

  if (!knownTypes.has(type)) {
    c.problem({
      code: 'unknown-type',
      severity: 'warning',
      field: 'type',
      expected: `one of ${PARTNERSHIP_TYPES.join(', ')}, or a type declared in meta.types`,
      found: describe(type),
    });
  }
  const description = c.texts('description', rec['description'], false, true);

  const start = c.date('start');
  let end = c.date('end');
  if (start !== undefined && end !== undefined && endsBeforeStart(start, end)) {
    c.problem({
      code: 'end-before-start',
      field: 'end',
      expected: `a date on or after the start (${start})`,
      found: describe(end),
      leftOut: 'value',
    });
    end = undefined;
  }
  let status: Status | undefined;
  const rawStatus = c.optionalString('status');
  if (rawStatus !== undefined) {
    if ((STATUSES as readonly string[]).includes(rawStatus)) status = rawStatus as Status;
    else
      c.problem({
        code: 'unknown-value',
        field: 'status',
        expected: `one of ${STATUSES.join(', ')} (or none: it is derived from the dates)`,
        found: describe(rawStatus),
        leftOut: 'value',
      });
  }
  status ??= deriveStatus(start, end, today);

  let placesPerYear: number | undefined;
  const places = rec['placesPerYear'];
  if (places !== undefined && places !== null) {
    if (typeof places !== 'number')
      c.problem({
        code: 'wrong-type',
        field: 'placesPerYear',
        expected: 'a whole number of 0 or more',
        found: describe(places),
        leftOut: 'value',
      });
    else if (!Number.isInteger(places) || places < 0)
      c.problem({
        code: 'bad-number',
        field: 'placesPerYear',
        expected: 'a whole number of 0 or more',
        found: describe(places),
        leftOut: 'value',
      });
    else placesPerYear = places;
  }

  const languages: string[] = [];
  for (const [i, tag] of c.stringList('languages', 'a list of BCP 47 language tags').entries()) {
    const lang = canonicalLanguage(tag);
    if (lang === undefined)
      c.problem({
        code: 'bad-language',
        field: `languages/${i}`,
        expected: 'a BCP 47 language tag such as "en" or "ar"',
        found: describe(tag),
        leftOut: 'value',
      });
    else if (!languages.includes(lang)) languages.push(lang);
  }
  const programme = c.optionalString('programme');

  const p: Partnership = {
    id,
    title,
    ...(description ? { description } : {}),
    partners,
    type,
    fields: Object.freeze(checkFields(c)),
    levels: Object.freeze(c.enumList<Level>('levels', LEVELS)),
    status,
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    ...(programme !== undefined ? { programme } : {}),
    languages: Object.freeze(languages),
    ...(placesPerYear !== undefined ? { placesPerYear } : {}),
    contacts: Object.freeze(checkContacts(c)),
    links: Object.freeze(checkLinks(c)),
    tags: Object.freeze(c.stringList('tags')),
  };
  return Object.freeze(p);
}

function checkPartners(
  c: RecordCheck,
  institutions: ReadonlyMap<string, Institution>,
): readonly PartnerRef[] | undefined {
  const value = c.rec['partners'];
  const expected = 'a list of two or more institution ids (or { id, role } objects)';
  if (value === undefined || value === null) {
    c.problem({ code: 'missing-field', field: 'partners', expected, found: 'nothing', leftOut: 'record' });
    return undefined;
  }
  if (!Array.isArray(value)) {
    c.problem({ code: 'wrong-type', field: 'partners', expected, found: describe(value), leftOut: 'record' });
    return undefined;
  }
  const out: PartnerRef[] = [];
  value.forEach((item, i) => {
    let id: string | undefined;
    let role: string | undefined;
    if (typeof item === 'string') id = item;
    else if (isObj(item) && typeof item['id'] === 'string') {
      id = item['id'];
      if (typeof item['role'] === 'string' && cleanText(item['role']) !== '') role = cleanText(item['role']);
    } else {
      c.problem({
        code: 'wrong-type',
        field: `partners/${i}`,
        expected: 'an institution id or { id, role }',
        found: describe(item),
        leftOut: 'value',
      });
      return;
    }
    const canonical = canonicalId(id);
    if (!institutions.has(canonical)) {
      c.problem({
        code: 'unknown-partner',
        field: `partners/${i}`,
        expected: 'the id of an institution in the data',
        found: describe(id),
        leftOut: 'value',
      });
      return;
    }
    if (out.some((p) => p.id === canonical)) return;
    out.push(Object.freeze(role ? { id: canonical, role } : { id: canonical }));
  });
  if (out.length < 2) {
    c.problem({
      code: 'too-few-partners',
      field: 'partners',
      expected: 'at least two known institutions',
      found: `${out.length}`,
      leftOut: 'record',
    });
    return undefined;
  }
  return Object.freeze(out);
}

function checkFields(c: RecordCheck): Field[] {
  const value = c.rec['fields'];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    c.problem({
      code: 'wrong-type',
      field: 'fields',
      expected: 'a list of labels or { isced, label }',
      found: describe(value),
      leftOut: 'value',
    });
    return [];
  }
  const out: Field[] = [];
  value.forEach((item, i) => {
    let field: Field | undefined;
    if (typeof item === 'string') {
      const label = cleanText(item);
      if (label !== '') field = { key: label.toLowerCase(), label: freezeTexts({ und: label }) };
    } else if (isObj(item) && typeof item['isced'] === 'string') {
      const code = item['isced'].trim();
      if (!ISCED.test(code)) {
        c.problem({
          code: 'unknown-value',
          field: `fields/${i}/isced`,
          expected: 'an ISCED-F 2013 code of 2 to 4 digits, e.g. "0712"',
          found: describe(item['isced']),
          leftOut: 'value',
        });
        return;
      }
      const label = c.texts(`fields/${i}/label`, item['label'], false);
      field = { key: code, isced: code, ...(label ? { label } : {}) };
    } else {
      c.problem({
        code: 'wrong-type',
        field: `fields/${i}`,
        expected: 'a label or { isced, label }',
        found: describe(item),
        leftOut: 'value',
      });
    }
    if (field && !out.some((f) => f.key === field.key)) out.push(Object.freeze(field));
  });
  return out;
}

function checkLinks(c: RecordCheck): Link[] {
  const value = c.rec['links'];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    c.problem({
      code: 'wrong-type',
      field: 'links',
      expected: 'a list of { url, label }',
      found: describe(value),
      leftOut: 'value',
    });
    return [];
  }
  const out: Link[] = [];
  value.forEach((item, i) => {
    if (!isObj(item)) {
      c.problem({
        code: 'wrong-type',
        field: `links/${i}`,
        expected: 'an object { url, label }',
        found: describe(item),
        leftOut: 'value',
      });
      return;
    }
    if (item['url'] === undefined) {
      c.problem({
        code: 'missing-field',
        field: `links/${i}/url`,
        expected: 'a URL',
        found: 'nothing',
        leftOut: 'value',
      });
      return;
    }
    const url = c.url(`links/${i}/url`, item['url']);
    if (url === undefined) return;
    const label = c.texts(`links/${i}/label`, item['label'], false);
    out.push(Object.freeze(label ? { url, label } : { url }));
  });
  return out;
}

function checkContacts(c: RecordCheck): Contact[] {
  const value = c.rec['contacts'];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    c.problem({
      code: 'wrong-type',
      field: 'contacts',
      expected: 'a list of contacts',
      found: describe(value),
      leftOut: 'value',
    });
    return [];
  }
  const out: Contact[] = [];
  value.forEach((item, i) => {
    if (!isObj(item)) {
      c.problem({
        code: 'wrong-type',
        field: `contacts/${i}`,
        expected: 'an object { name, role, email, phone, url }',
        found: describe(item),
        leftOut: 'value',
      });
      return;
    }
    const sub = new RecordCheck(c.where, item, c.log);
    const prefix = (f: string) => `contacts/${i}/${f}`;
    const str = (f: string) => {
      const v = item[f];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string') {
        c.problem({ code: 'wrong-type', field: prefix(f), expected: 'a text', found: describe(v), leftOut: 'value' });
        return undefined;
      }
      return cleanText(v) || undefined;
    };
    const name = str('name');
    const phone = str('phone');
    let email = str('email');
    if (email !== undefined && !EMAIL.test(email)) {
      c.problem({
        code: 'bad-email',
        field: prefix('email'),
        expected: 'an e-mail address such as "office@example.edu"',
        found: describe(email),
        leftOut: 'value',
      });
      email = undefined;
    }
    const role = sub.texts(prefix('role'), item['role'], false);
    const url = sub.url(prefix('url'), item['url']);
    const contact: Contact = {
      ...(name ? { name } : {}),
      ...(role ? { role } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(url ? { url } : {}),
    };
    if (Object.keys(contact).length > 0) out.push(Object.freeze(contact));
  });
  return out;
}
