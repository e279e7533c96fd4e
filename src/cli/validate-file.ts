/**
 * The command-line validator's logic (Node, no DOM): read a JSON or CSV file's text, validate it exactly as the
 * browser does, and write the same report. Bundled into dist/node/validate.js by scripts/build-cli.js.
 */
import { validateDataset } from '../data/validate.js';
import { parseCsv } from '../data/sources/csv.js';
import { parseJson } from '../data/sources/url.js';
import { isSourcePayload, SourceError } from '../data/sources/types.js';
import { ProblemLog } from '../data/validate.js';
import type { Problem } from '../data/problems.js';
import type { Dataset } from '../data/model.js';

export interface FileReport {
  problems: Problem[];
  dataset?: Dataset;
  errors: number;
  warnings: number;
  /** The printable report. */
  text: string;
}

export async function validateText(text: string, name: string, options: { today?: string } = {}): Promise<FileReport> {
  let problems: Problem[] = [];
  let dataset: Dataset | undefined;
  try {
    const payload = /\.csv$/i.test(name) ? await parseCsv(text, name) : parseJson(text);
    const data = isSourcePayload(payload) ? payload.data : payload;
    const result = validateDataset(data, { source: name, ...(options.today ? { today: options.today } : {}) });
    problems = [...(isSourcePayload(payload) ? (payload.problems ?? []) : []), ...result.problems];
    dataset = result.dataset;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    const log = new ProblemLog(name);
    log.add(
      { collection: 'file' },
      {
        code: error.code,
        detail: error.message.replace(/\.$/, ''),
        ...(error.expected ? { expected: error.expected } : {}),
        ...(error.found ? { found: error.found } : {}),
        leftOut: 'file',
      },
    );
    problems = log.problems;
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = problems.map((p) => `${p.severity === 'error' ? 'error  ' : 'warning'} [${p.code}] ${p.message}`);
  const summary = dataset
    ? `${name}: ${dataset.institutions.length} institutions and ${dataset.partnerships.length} partnerships loaded; ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`
    : `${name}: nothing could be loaded; ${errors} error${errors === 1 ? '' : 's'}.`;
  return { problems, ...(dataset ? { dataset } : {}), errors, warnings, text: [...lines, summary].join('\n') };
}
