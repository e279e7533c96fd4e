/**
 * The words of problems: turns the compact findings of the checks (./check.ts) into `Problem`s with their full,
 * specific messages for the webmaster, e.g.
 *
 *   data.json: partnerships[0] (id "p"), field "end": the date is not a valid ISO 8601 date; expected an ISO 8601
 *   date: YYYY, YYYY-MM or YYYY-MM-DD; found "tomorrow". The value was ignored.
 *
 * Apart from the checks so that a page whose data has no problem never downloads these texts: the loader imports
 * this module only when a load found problems (a separate chunk in the CDN build). `validateDataset` (./validate.ts)
 * uses it synchronously.
 */
import type { Problem, ProblemCode } from './problems.js';
import type { Expected, Finding, Where } from './check.js';

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

/** What each check expected, by the key the check gives (`a` is its argument: a list, a date, a code). */
const EXPECTED: Record<Expected, (a: string) => string> = {
  dataset: () => 'an object with "institutions" and "partnerships" lists',
  list: () => 'a list',
  object: () => 'an object',
  text: () => 'a text',
  texts: () => 'a list of texts',
  localized: () => 'a text, or an object mapping language tags to texts',
  language: () => 'a BCP 47 language tag such as "en" or "ar"',
  languages: () => 'a list of BCP 47 language tags',
  url: () => 'a URL',
  website: () => 'an absolute http:// or https:// URL',
  link: () => 'an absolute http://, https:// or mailto: URL',
  oneOf: (a) => `one of ${a}`,
  listOf: (a) => `a list of ${a}`,
  uniqueId: () => 'a unique id',
  institutionId: () => 'a unique id, e.g. a ROR ID such as "https://ror.org/02ma4wv74"',
  institution: () => 'an institution object',
  known: () => 'the id of an institution in the data',
  coordinates: () => 'two numbers: latitude and longitude',
  range: () => 'latitude -90..90 and longitude -180..180',
  country: () => 'an ISO 3166-1 alpha-2 code such as "SA"',
  capitals: (a) => `an ISO 3166-1 alpha-2 code in capitals such as "SA"${a ? ` (in capitals: "${a}")` : ''}`,
  date: () => 'an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
  rorName: () => 'a ROR name: { value, types, lang }',
  rorLanguage: () => 'an ISO 639-1 code or null',
  rorNames: () => 'at least one name of type "ror_display" or "label"',
  types: () => 'a list of { id, label }',
  type: () => 'an object { id, label }',
  partnership: () => 'a partnership object',
  partnershipType: (a) => `a partnership type: ${a}, or one declared in meta.types`,
  declaredType: (a) => `one of ${a}, or a type declared in meta.types`,
  after: (a) => `a date on or after the start (${a})`,
  status: (a) => `one of ${a} (or none: it is derived from the dates)`,
  count: () => 'a whole number of 0 or more',
  partners: () => 'a list of two or more institution ids (or { id, role } objects)',
  partner: () => 'an institution id or { id, role }',
  twoPartners: () => 'at least two known institutions',
  fields: () => 'a list of labels or { isced, label }',
  isced: () => 'an ISCED-F 2013 code of 2 to 4 digits, e.g. "0712"',
  field: () => 'a label or { isced, label }',
  links: () => 'a list of { url, label }',
  linkObject: () => 'an object { url, label }',
  contacts: () => 'a list of contacts',
  contact: () => 'an object { name, role, email, phone, url }',
  email: () => 'an e-mail address such as "office@example.edu"',
};

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
      leftOut?: Problem['leftOut'];
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

  /** Adds the problems of the checks' findings, in order. */
  addFindings(findings: readonly Finding[]): this {
    for (const f of findings)
      this.add(f.where, {
        code: f.code,
        severity: f.severity,
        field: f.field,
        expected: f.expected && EXPECTED[f.expected](f.arg ?? ''),
        found: f.found ?? (f.pair ? f.pair.map(describe).join(', ') : describe(f.value)),
        leftOut: f.leftOut,
      });
    return this;
  }
}
