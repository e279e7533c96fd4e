/**
 * Results connector: which hits to show for the paging mode, and the paging actions. No DOM, no Lit.
 *
 * Modes: `pages` shows page `view.page` of `pageSize`; `more` shows the first `(view.page + 1) * pageSize` hits with
 * a "load more" action; `all` shows every hit (the list is virtualised, so the DOM stays small). The page lives in
 * the store's view state, so it maps to the URL and back/forward restores it.
 *
 * With a remote query source the server pages: the result holds only the pages it sent (`result.remote`) and its
 * `total` counts every match. Pages then have the server's page size; "load more" and the page buttons set the view's
 * page, which the store sends to the server (the next page is appended for "load more"); `all` behaves as `more`.
 * While the server answers, the pages already shown stay.
 */
import type { Dataset, Partnership } from '../../data/model.js';
import type { StoreApi, StoreState } from '../../state/types.js';

export type PagingMode = 'pages' | 'more' | 'all';

export interface ResultsModel {
  readonly dataset?: Dataset;
  /** Indices into dataset.partnerships of the hits to show, in order. */
  readonly hits: ArrayLike<number>;
  /** First hit shown (0 except in `pages` mode), as an index into the result. */
  readonly offset: number;
  /** Hits shown. */
  readonly count: number;
  readonly total: number;
  readonly page: number;
  readonly pages: number;
  /** How many more hits "load more" adds (0 when all are shown). */
  readonly moreCount: number;
  readonly terms: readonly string[];
  readonly ready: boolean;
  readonly status: StoreState['status'];
  /** True while a remote query source is answering (e.g. the next page is on its way). */
  readonly pending: boolean;
  /** The partnership at position `i` of the shown hits. */
  at(i: number): Partnership;
  loadMore(): void;
  goTo(page: number): void;
  select(id: string): void;
}

export function connectResults(state: StoreState, store: StoreApi, mode: PagingMode, pageSize: number): ResultsModel {
  if (state.result?.remote) return connectRemoteResults(state, store, mode, pageSize);
  const size = Math.max(1, Math.floor(pageSize) || 1);
  const result = state.result;
  const hits: ArrayLike<number> = result?.hits ?? [];
  const total = result ? hits.length : 0;
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(0, state.view.page), pages - 1);
  let offset = 0;
  let count = total;
  if (mode === 'pages') {
    offset = page * size;
    count = Math.min(size, total - offset);
  } else if (mode === 'more') {
    count = Math.min(total, (page + 1) * size);
  }
  return model(state, store, {
    hits,
    offset,
    first: offset,
    count,
    total,
    page,
    pages,
    moreCount: mode === 'more' ? Math.min(size, total - count) : 0,
    terms: result?.terms ?? [],
  });
}

/** The part of the model both connectors build alike; `first` is the index into `hits` of the first hit shown. */
function model(
  state: StoreState,
  store: StoreApi,
  m: Omit<ResultsModel, 'dataset' | 'ready' | 'status' | 'pending' | 'at' | 'loadMore' | 'goTo' | 'select'> & {
    first: number;
  },
): ResultsModel {
  const { first, ...shown } = m;
  const partnerships = state.dataset?.partnerships ?? [];
  return {
    ...shown,
    ...(state.dataset ? { dataset: state.dataset } : {}),
    ready: !!state.result && (state.status === 'ready' || state.status === 'stale'),
    status: state.status,
    pending: !!state.querying,
    at: (i) => partnerships[m.hits[first + i]!]!,
    loadMore: () => store.setPage(m.page + 1),
    goTo: (p) => store.setPage(Math.min(Math.max(0, p), m.pages - 1)),
    select: (id) => store.select(id),
  };
}

/** Paging over the pages a remote query source sent (see the module comment). */
function connectRemoteResults(state: StoreState, store: StoreApi, mode: PagingMode, pageSize: number): ResultsModel {
  const result = state.result!;
  const remote = result.remote!;
  const hits: ArrayLike<number> = result.hits;
  const size = Math.max(1, Math.floor(remote.pageSize) || Math.floor(pageSize) || 1);
  const total = Math.max(result.total, remote.offset + hits.length);
  const pages = Math.max(1, Math.ceil(total / size));
  // The page the server answered last (the view's page may already ask for another one).
  const page = Math.min(Math.max(0, remote.page), pages - 1);
  let offset = remote.offset;
  let count = hits.length;
  if (mode === 'pages') {
    offset = Math.max(remote.offset, page * size);
    count = Math.max(0, Math.min(size, remote.offset + hits.length - offset));
  }
  return model(state, store, {
    hits,
    offset,
    first: offset - remote.offset,
    count,
    total,
    page,
    pages,
    moreCount: mode === 'pages' ? 0 : Math.max(0, Math.min(size, total - (offset + count))),
    terms: result.terms,
  });
}
