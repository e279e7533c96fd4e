/**
 * A remote query source, for datasets too large for the browser: the server searches, filters and pages, and
 * answers with one page of results and the facet counts. The HTTP contract is in docs/remote-source.md:
 *
 *   GET <url>?q=<query>&filters=<JSON {facet: [values]}>&page=<0-based>&pageSize=<n>&sort=<key>[&from=<year>&to=<year>]
 *   -> 200 application/json { results: Partnership[], institutions: Institution[], total: number,
 *                             facets: { <facet>: [{ value, count }] } }
 */
import type { QueryState } from '../../state/types.js';
import { fetchText, type FetchOptions } from './fetch-text.js';
import { parseJson } from './url.js';
import { REMOTE_PAGE_SIZE, SourceError, type QuerySource, type RemotePage } from './types.js';

export interface RemoteSourceOptions extends Omit<FetchOptions, 'keepLastGood'> {
  /** Results per page (default 20). */
  pageSize?: number;
}

/** The query string for one view, exactly as the server receives it. */
export function remoteQueryString(view: QueryState, pageSize: number): string {
  const params = new URLSearchParams();
  params.set('q', view.query);
  const filters = Object.fromEntries(Object.entries(view.filters).filter(([, v]) => v && v.length > 0));
  params.set('filters', JSON.stringify(filters));
  params.set('page', String(view.page));
  params.set('pageSize', String(pageSize));
  params.set('sort', view.sort);
  if (view.years?.from !== undefined) params.set('from', String(view.years.from));
  if (view.years?.to !== undefined) params.set('to', String(view.years.to));
  return params.toString();
}

function checkPage(data: unknown): RemotePage {
  const d = data as Partial<RemotePage> | null;
  if (!d || typeof d !== 'object' || !Array.isArray(d.results) || typeof d.total !== 'number') {
    throw new SourceError(
      'load-failed',
      'The search server did not answer with { results, total, facets }.',
      d && typeof d === 'object' ? `an object with ${Object.keys(d).join(', ') || 'no keys'}` : String(d),
      '{ results: [...], institutions: [...], total: number, facets: {...} }',
    );
  }
  return {
    results: d.results,
    institutions: Array.isArray(d.institutions) ? d.institutions : [],
    total: d.total,
    facets: d.facets && typeof d.facets === 'object' ? d.facets : {},
    ...(Array.isArray(d.terms) ? { terms: d.terms.filter((t): t is string => typeof t === 'string') } : {}),
  };
}

export function remoteSource(url: string, options: RemoteSourceOptions = {}): QuerySource {
  const pageSize = options.pageSize ?? REMOTE_PAGE_SIZE;
  const query = async (view: QueryState, { signal }: { signal: AbortSignal }): Promise<RemotePage> => {
    const target = new URL(url, document.baseURI);
    const extra = new URLSearchParams(remoteQueryString(view, pageSize));
    for (const [k, v] of extra) target.searchParams.set(k, v);
    const fetched = await fetchText(target.href, signal, { ...options, keepLastGood: false });
    return checkPage(parseJson(fetched.text));
  };
  return {
    name: url,
    pageSize,
    query,
    async load(context) {
      const page = await query({ query: '', filters: {}, sort: 'relevance', page: 0 }, context);
      return { institutions: page.institutions, partnerships: page.results };
    },
  };
}
