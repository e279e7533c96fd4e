/**
 * Validation: untrusted input -> a normalised `Dataset` plus a list of `Problem`s, synchronously.
 *
 * Every record is checked. A record whose required fields are unusable is left out and reported; a bad optional
 * value is dropped and reported while the record is kept; every valid record survives. Each problem names the
 * source, collection, record index and id, field, what was expected and what was found.
 *
 * Severity: `error` means the input breaks the published schema or its cross-references (a CLI run fails);
 * `warning` means the input is usable but probably not what the webmaster meant (markup in a name, an undeclared
 * partnership type, a home institution that is not in the data).
 *
 * Two parts: the checks (./check.ts, which every page needs) and the words of the problems (./problem-text.ts).
 * The elements' loader (./loader.ts) uses the checks directly and imports the words only when there are problems;
 * this module, for the CLI, tests and the public API, has both.
 */
import type { Dataset } from './model.js';
import type { Problem } from './problems.js';
import { checkDataset } from './check.js';
import { ProblemLog } from './problem-text.js';

export { emptyDataset } from './check.js';
export { describe, ProblemLog } from './problem-text.js';

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

/** Validates and normalises one dataset. Never throws on bad input. */
export function validateDataset(input: unknown, options: ValidateOptions): ValidationResult {
  const { dataset, findings } = checkDataset(input, options);
  return { dataset, problems: new ProblemLog(options.source).addFindings(findings).problems };
}
