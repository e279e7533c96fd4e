/**
 * CSV -> dataset, with Papa Parse (a well-kept, dependency-free parser that handles quotes, embedded line breaks,
 * BOMs and delimiters found in spreadsheet exports). One row per partnership; see `rows.ts` for the columns.
 * A published spreadsheet is just a CSV URL (`…/pub?output=csv`).
 *
 * Papa Parse is imported on first use, so pages that never read CSV never download it (a separate chunk in the
 * CDN build).
 */
import type { ParseConfig, ParseError, ParseMeta } from 'papaparse';
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
  if (parsed.errors.length > 0) {
    const rows = csvRows(Papa, text, parsed.meta);
    // One problem per record and kind of error (an unclosed quote also leaves its row short: two problems, one place),
    // in the order of the file.
    const seen = new Set<string>();
    const placed = parsed.errors
      .map((error) => ({ error, row: rowOf(rows, error) }))
      .filter(({ error, row }) => {
        const key = `${row?.start ?? ''}:${error.code}`;
        return seen.has(key) ? false : (seen.add(key), true);
      })
      .sort((a, b) => (a.row?.start ?? -1) - (b.row?.start ?? -1));
    for (const { error, row } of placed) {
      // Row-level errors (too few or too many fields, a quote left open): the row still loads with what it has.
      const record = row?.record;
      log.add(
        { collection: 'partnerships', ...(record !== undefined ? { index: record } : {}) },
        {
          code: 'malformed-csv',
          severity: 'warning',
          detail: `CSV ${error.code}: ${error.message}`,
          ...(row === undefined
            ? {}
            : {
                found:
                  record !== undefined
                    ? `data row ${record + 1} (line ${row.line})`
                    : `${row.header ? 'the header row' : 'an empty row'} (line ${row.line})`,
              }),
        },
      );
    }
  }
  const problems: readonly Problem[] = log.problems;
  return sourcePayload(rowsToDataset(parsed.data, options), { problems });
}

type Papa = typeof import('papaparse');

/** A row as Papa Parse reads it: where it starts (offset and 1-based line) and the record it became, if any. */
interface CsvRow {
  start: number;
  line: number;
  header: boolean;
  record: number | undefined;
}

const BREAKS = /\r\n|\r|\n/g;

/**
 * Every row of the CSV, header and empty rows included, with where it starts. A record's line is not its index plus
 * one: quoted cells may hold line breaks, and empty rows are skipped. Papa Parse reads the rows again (with the
 * delimiter and line break of the first reading, so they are the same rows) and gives where each one ends; only
 * done when there are problems to place. Offsets are Papa Parse's: after a BOM, as in its errors' `index`.
 */
function csvRows(Papa: Papa, text: string, meta: ParseMeta): { rows: CsvRow[]; records: CsvRow[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const records: CsvRow[] = [];
  let start = 0;
  let line = 1;
  let header = true;
  Papa.parse<string[]>(body, {
    delimiter: meta.delimiter,
    newline: meta.linebreak as ParseConfig['newline'],
    step: ({ data, meta: { cursor } }) => {
      // Skipped as `skipEmptyLines: 'greedy'` skips them; the first row that is not empty is the header.
      const empty = data.join('').trim() === '';
      const row: CsvRow = {
        start,
        line,
        header: header && !empty,
        record: empty || header ? undefined : records.length,
      };
      rows.push(row);
      if (row.record !== undefined) records.push(row);
      if (!empty) header = false;
      line += body.slice(start, cursor).match(BREAKS)?.length ?? 0;
      start = cursor;
    },
  });
  return { rows, records };
}

/** The row of an error: quote errors give the offset of the quote, field-count errors the index of the record. */
function rowOf({ rows, records }: ReturnType<typeof csvRows>, error: ParseError): CsvRow | undefined {
  if (error.index !== undefined) {
    let [low, high] = [0, rows.length - 1];
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (rows[mid]!.start <= error.index) low = mid;
      else high = mid - 1;
    }
    return rows[low];
  }
  return error.row !== undefined ? records[error.row] : undefined;
}

/** A source of CSV text (for CSV files, use `urlSource(url, { format: 'csv' })`). */
export function csvTextSource(text: string, options: RowsOptions & { name?: string } = {}): DataSource {
  const name = options.name ?? 'csv';
  return { name, load: () => parseCsv(text, name, options) };
}
