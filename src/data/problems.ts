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
  /** One readable sentence that says all of the above. */
  readonly message: string;
}
