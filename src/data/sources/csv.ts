/**
 * CSV -> dataset, with Papa Parse (a well-kept, dependency-free parser that handles quotes, embedded line breaks,
 * BOMs and delimiters found in spreadsheet exports). One row per partnership; see `rows.ts` for the columns.
 * A published spreadsheet is just a CSV URL (`…/pub?output=csv`).
 *
 * Papa Parse is imported on first use, so pages that never read CSV never download it (a separate chunk in the
 * CDN build).
 */
import type { Problem } from '../problems.js';
import { ProblemLog } from '../problem-text.js';
import { rowsToDataset, type RowsOptions } from './rows.js';
import { sourcePayload, SourceError, type DataSource, type SourcePayload } from './types.js';

/** Parses CSV text into a payload (dataset input + problems about unreadable rows). */
export async function parseCsv(text: string, name: string, options: RowsOptions = {}): Promise<SourcePayload> {
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  if (parsed.meta.fields === undefined || parsed.meta.fields.length === 0) {
    throw new SourceError(
      'malformed-csv',
      'The CSV file has no header row.',
      'no header row',
      'a header row naming the columns',
    );
  }
  const log = new ProblemLog(name);
  for (const error of parsed.errors) {
    // Row-level errors (too few or too many fields, a quote left open): the row still loads with what it has.
    log.add(
      { collection: 'partnerships', ...(error.row !== undefined ? { index: error.row } : {}) },
      {
        code: 'malformed-csv',
        severity: 'warning',
        detail: `CSV ${error.code}: ${error.message}`,
        ...(error.row !== undefined ? { found: `data row ${error.row + 1} (line ${error.row + 2})` } : {}),
      },
    );
  }
  const problems: readonly Problem[] = log.problems;
  return sourcePayload(rowsToDataset(parsed.data, options), { problems });
}

/** A source of CSV text (for CSV files, use `urlSource(url, { format: 'csv' })`). */
export function csvTextSource(text: string, options: RowsOptions & { name?: string } = {}): DataSource {
  const name = options.name ?? 'csv';
  return { name, load: () => parseCsv(text, name, options) };
}
