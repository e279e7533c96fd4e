/**
 * A problem found while loading or validating data. Each names the source, the record, the field, what was expected
 * and what was found, so a webmaster can fix the file without guessing.
 */
export type ProblemSeverity = 'error' | 'warning';

export interface Problem {
  readonly severity: ProblemSeverity;
  /** A stable machine-readable code, e.g. `duplicate-id`, `unknown-partner`, `unsafe-link`. */
  readonly code: string;
  /** Where the data came from: a URL, `inline`, `property`, a custom source's name. */
  readonly source: string;
  /** Which collection: `institutions`, `partnerships`, `meta`, or `file`. */
  readonly collection?: 'institutions' | 'partnerships' | 'meta' | 'file';
  /** Index of the record in its collection (0-based), and its id when it has one. */
  readonly index?: number;
  readonly id?: string;
  /** A JSON-pointer-like path inside the record, e.g. `partners/2` or `links/0/url`. */
  readonly field?: string;
  readonly expected?: string;
  readonly found?: string;
  /**
   * What happened to the data: `record` = the whole record was left out, `value` = the bad value was ignored and the
   * record kept, `file` = nothing could be loaded. Absent for warnings that change nothing.
   */
  readonly leftOut?: 'record' | 'value' | 'file';
  /** One readable sentence that says all of the above. */
  readonly message: string;
}

/** Every problem code the library reports, each for one specific kind of mistake. */
export const PROBLEM_CODES = [
  'malformed-json',
  'malformed-csv',
  'not-a-dataset',
  'missing-collection',
  'missing-field',
  'wrong-type',
  'empty-value',
  'duplicate-id',
  'unknown-partner',
  'too-few-partners',
  'bad-coordinates',
  'unknown-country',
  'bad-date',
  'end-before-start',
  'unsafe-link',
  'unknown-value',
  'bad-language',
  'bad-number',
  'bad-email',
  'unknown-type',
  'unknown-home',
  'markup-in-text',
  'suspicious-coordinates',
  'load-failed',
  'timeout',
  'stale-data',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
