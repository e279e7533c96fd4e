/**
 * The default source: a JSON (or CSV) file at a URL, with timeout, abort, retry and the last good copy. The CSV reader
 * is imported on first use (a separate chunk in the CDN build).
 */
import { fetchText, type FetchOptions } from './fetch-text.js';
import type { RowsOptions } from './rows.js';
import { isSourcePayload, sourcePayload, SourceError, type DataSource } from './types.js';

export interface UrlSourceOptions extends FetchOptions, RowsOptions {
  /** `json`, `csv`, or `auto` (default: CSV when the URL path ends in .csv, output=csv, or the server says text/csv). */
  format?: 'json' | 'csv' | 'auto';
}

/** Parses JSON text, turning a syntax error into a specific problem with its position. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = (error as Error).message;
    throw new SourceError('malformed-json', `The file is not valid JSON: ${detail}`, detail, 'valid JSON');
  }
}

export function urlSource(url: string, options: UrlSourceOptions = {}): DataSource {
  return {
    name: url,
    async load({ signal }) {
      const fetched = await fetchText(url, signal, options);
      const format =
        options.format && options.format !== 'auto'
          ? options.format
          : /\.csv(?:$|[?#])|[?&]output=csv/i.test(url) || /text\/csv/i.test(fetched.contentType)
            ? 'csv'
            : 'json';
      // The CSV reader (and Papa Parse) load only when a CSV file arrives: a JSON page never downloads them.
      const payload =
        format === 'csv'
          ? await (await import('./csv.js')).parseCsv(fetched.text, url, options)
          : sourcePayload(parseJson(fetched.text));
      await fetched.keep();
      const result = isSourcePayload(payload) ? payload : sourcePayload(payload);
      return fetched.stale
        ? sourcePayload(result.data, {
            ...(result.problems ? { problems: result.problems } : {}),
            stale: fetched.stale,
          })
        : result;
    },
  };
}
