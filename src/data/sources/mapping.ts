/**
 * Field mapping: wraps any source so that an existing feed with other field names (a MoveON or Erasmus export, a
 * university API) works without rewriting it. The mapping turns each source record into a flat row with the CSV
 * columns of `rows.ts`.
 *
 * ```ts
 * mapFields(urlSource('/moveon-export.json'), {
 *   records: 'data.agreements',
 *   home: { id: 'https://ror.org/02ma4wv74', name: 'King Abdulaziz University', country: 'SA' },
 *   fields: {
 *     id: 'agreement_id',
 *     title: 'agreement_name',
 *     type: (r) => (r.mobility_type === 'Student' ? 'student-exchange' : 'staff-exchange'),
 *     start: 'valid_from',
 *     end: 'valid_until',
 *     'partner1.name': 'institution.name',
 *     'partner1.country': 'institution.country_iso',
 *     'partner1.city': 'institution.city',
 *   },
 * });
 * ```
 */
import type { InstitutionInput } from '../model.js';
import { rowsToDataset } from './rows.js';
import { isSourcePayload, sourcePayload, SourceError, type DataSource } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MappedValue = string | ((record: any) => unknown);

export interface FieldMapping {
  /** Dot path to the list of records (default: the data itself when it is a list). */
  records?: string;
  /** Row column (`title`, `partner1.name`, …) -> dot path in the source record, or a function of the record. */
  fields: Record<string, MappedValue>;
  /** The embedding institution, added as a partner of every record. */
  home?: InstitutionInput;
}

/** Reads `a.b.0.c` from a value; undefined when any step is missing. */
export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (key === '') continue;
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function applyMapping(data: unknown, mapping: FieldMapping): ReturnType<typeof rowsToDataset> {
  const records = mapping.records ? getPath(data, mapping.records) : data;
  if (!Array.isArray(records)) {
    throw new SourceError(
      'load-failed',
      `The mapping expected a list of records at "${mapping.records ?? '(the top level)'}".`,
      Array.isArray(data) ? 'a list elsewhere' : typeof data,
      `a list at "${mapping.records ?? '(the top level)'}"`,
    );
  }
  const rows = records.map((record) => {
    const row: Record<string, unknown> = {};
    for (const [column, from] of Object.entries(mapping.fields)) {
      const value = typeof from === 'function' ? from(record) : getPath(record, from);
      if (value !== undefined && value !== null) row[column] = value;
    }
    return row;
  });
  return rowsToDataset(rows, mapping.home ? { home: mapping.home } : {});
}

export function mapFields(source: DataSource, mapping: FieldMapping): DataSource {
  return {
    name: source.name,
    async load(context) {
      const loaded = await source.load(context);
      const payload = isSourcePayload(loaded) ? loaded : sourcePayload(loaded);
      return sourcePayload(applyMapping(payload.data, mapping), {
        ...(payload.problems ? { problems: payload.problems } : {}),
        ...(payload.stale ? { stale: payload.stale } : {}),
      });
    },
  };
}
