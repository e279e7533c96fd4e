/**
 * CSV export of the current results, built in the browser (no request). Pure functions, no DOM apart from the
 * download helper.
 *
 * Cells are quoted per RFC 4180. Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return: "CSV injection") are prefixed with an apostrophe, as OWASP advises.
 *
 * `<pa-directory>` imports this module when a visitor first downloads the list (a separate chunk in the CDN build).
 */
import type { Institution, Partnership, Texts } from '../../data/model.js';
import type { LocalizeController, TranslationKey } from '../../i18n/localize.js';
import type { StoreState } from '../../state/types.js';
import { registerEnglish } from '../../i18n/registry.js';
import enCsv from '../../i18n/translations/en-csv.js';
import { facetValueLabel } from '../facet/facet-labels.js';
import { humanise } from '../card/card-model.js';

// The English column headers are not in the English core (a page where nobody downloads does not need them).
registerEnglish(enCsv);

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, escaped for CSV. */
export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  if (/[",\r\n]/.test(s) || s !== s.trim()) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** A whole CSV document (CRLF line ends, as RFC 4180 says). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Offers `text` as a file download. A UTF-8 byte order mark lets spreadsheet programs read non-Latin names.
 * Returns the object URL's blob (for tests).
 */
export function downloadCsv(text: string, filename: string, doc: Document = document): Blob {
  const blob = new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return blob;
}

/** How the export names things in the visitor's language (the directory passes its LocalizeController's helpers). */
export interface CsvLabels {
  readonly header: readonly string[];
  text(texts: Texts | undefined): string;
  country(code: string): string;
  type(type: string): string;
  level(level: string): string;
  status(status: string): string;
  institution(id: string): Institution | undefined;
}

/** Rows (header first) for the given partnerships. Multi-valued cells are joined with "; ". */
export function csvRows(partnerships: Iterable<Partnership>, labels: CsvLabels): string[][] {
  const rows: string[][] = [[...labels.header]];
  for (const p of partnerships) {
    const partners = p.partners.map((ref) => labels.institution(ref.id));
    rows.push([
      p.id,
      labels.text(p.title),
      partners.map((inst, i) => (inst ? labels.text(inst.names) || inst.displayName : p.partners[i]!.id)).join('; '),
      [...new Set(partners.map((inst) => (inst?.country ? labels.country(inst.country) : '')).filter(Boolean))].join(
        '; ',
      ),
      labels.type(p.type),
      p.fields.map((f) => (f.label ? labels.text(f.label) : '') || f.key).join('; '),
      p.levels.map((l) => labels.level(l)).join('; '),
      labels.status(p.status),
      p.start ?? '',
      p.end ?? '',
      p.programme ?? '',
      p.placesPerYear === undefined ? '' : String(p.placesPerYear),
      p.links.map((l) => l.url).join('; '),
      p.contacts.map((c) => [c.name, c.email, c.phone].filter(Boolean).join(' ')).join('; '),
    ]);
  }
  return rows;
}

/** The columns, in order; their headers are the strings `directory.csv.<column>` in the visitor's language. */
const COLUMNS = [
  'id',
  'title',
  'partners',
  'countries',
  'type',
  'fields',
  'levels',
  'status',
  'start',
  'end',
  'programme',
  'places',
  'links',
  'contacts',
] as const;

/** Every match of the state's results (not only those shown) as CSV text, named in the language of `t`. */
export function resultsCsv(s: StoreState, t: LocalizeController): string | undefined {
  const ds = s.dataset;
  if (!s.result || !ds) return undefined;
  const rows = csvRows(
    Array.from(s.result.hits as ArrayLike<number>, (i) => ds.partnerships[i]!),
    {
      header: COLUMNS.map((k) => t.t(`directory.csv.${k}` as TranslationKey)),
      text: (texts) => t.text(texts).text,
      country: (code) => t.country(code),
      type: (type) => facetValueLabel('type', type, t, ds),
      level: (level) => facetValueLabel('level', level, t, ds) || humanise(level),
      status: (status) => facetValueLabel('status', status, t, ds),
      institution: (id) => ds.institutionById.get(id),
    },
  );
  return toCsv(rows);
}
