/**
 * A remote query source's answers, turned into the store's state: the server pages shown so far (a "load more"
 * appends the next one), checked by the full validator, and the result the widgets read. Loaded with the first
 * remote page (a lazy chunk), so that pages fed from a JSON file do not download it.
 */
import { FACETS, type FacetName, type FacetValue, type QueryState, type SearchResult } from './types.js';
import type { Dataset } from '../data/model.js';
import type { Problem } from '../data/problems.js';
import type { QuerySource, RemotePage } from '../data/sources/types.js';
import { validateDataset } from '../data/validate.js';
import { queryTerms } from './engine/normalise.js';
import { sameView } from './store.js';

export interface RemoteAnswer {
  readonly pages: RemotePages;
  readonly dataset: Dataset;
  readonly problems: readonly Problem[];
  readonly result: SearchResult;
}

/** The state after the server answered `view` with `page`, given the pages shown before (if any). */
export function answerPage(
  previous: RemotePages | undefined,
  source: QuerySource,
  view: QueryState,
  page: RemotePage,
  today?: string,
): RemoteAnswer {
  const pages = collectPages(previous, source, view, page);
  const { dataset, problems } = pageToDataset(source, pages, today);
  return { pages, dataset, problems, result: remoteResult(page, view, dataset, pages, source.pageSize) };
}

/** Consecutive server pages of one remote query, from page `first` to the page of `view`. */
export interface RemotePages {
  readonly source: QuerySource;
  /** The view last answered. */
  readonly view: QueryState;
  readonly first: number;
  readonly results: RemotePage['results'];
  readonly institutions: RemotePage['institutions'];
}

const idOf = (record: unknown): string | undefined => {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
};

/**
 * Adds a server page to the pages shown: appended when it is the page after the last one of the same query (the
 * visitor asked for more), else it replaces them. Records already shown are not repeated.
 */
function collectPages(
  previous: RemotePages | undefined,
  source: QuerySource,
  view: QueryState,
  page: RemotePage,
): RemotePages {
  const appends =
    previous !== undefined &&
    previous.source === source &&
    view.page === previous.view.page + 1 &&
    sameView({ ...previous.view, page: view.page }, view);
  if (!appends) return { source, view, first: view.page, results: page.results, institutions: page.institutions };
  const fresh = <T>(known: readonly T[], added: readonly T[]) => {
    const ids = new Set(known.map(idOf));
    return [...known, ...added.filter((r) => idOf(r) === undefined || !ids.has(idOf(r)))];
  };
  return {
    source,
    view,
    first: previous.first,
    results: fresh(previous.results, page.results),
    institutions: fresh(previous.institutions, page.institutions),
  };
}

function pageToDataset(source: QuerySource, pages: RemotePages, today?: string) {
  return validateDataset(
    { institutions: pages.institutions, partnerships: pages.results },
    { source: source.name, ...(today ? { today } : {}) },
  );
}

/**
 * The result of a remote query: `hits` are the partnerships of the pages shown, `total` the server's count of every
 * match, `remote` where the hits sit among them. Terms: the query's normalised terms plus the typo variants the
 * server matched (its optional `terms`), for highlighting.
 */
function remoteResult(
  page: RemotePage,
  view: QueryState,
  dataset: Dataset,
  pages: RemotePages,
  pageSize: number,
): SearchResult {
  const facets = {} as Record<FacetName, readonly FacetValue[]>;
  for (const facet of FACETS) {
    const selected = view.filters[facet] ?? [];
    facets[facet] = Object.freeze(
      (page.facets[facet] ?? [])
        .filter((f) => typeof f?.value === 'string' && typeof f.count === 'number')
        .map((f) => Object.freeze({ value: f.value, count: f.count, selected: selected.includes(f.value) })),
    );
  }
  return Object.freeze({
    hits: dataset.partnerships.map((_, i) => i),
    total: page.total,
    facets: Object.freeze(facets),
    terms: Object.freeze([
      ...new Set([
        ...queryTerms(view.query).map((t) => t.text),
        ...(page.terms ?? []).filter((t) => typeof t === 'string' && t !== ''),
      ]),
    ]),
    remote: Object.freeze({ offset: pages.first * pageSize, pageSize, page: view.page }),
  });
}
