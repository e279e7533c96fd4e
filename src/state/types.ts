/**
 * The contracts between the store, the search engine and the elements.
 *
 * source -> validate + normalise -> Store (plain TS) -> context/controllers -> elements
 * visitor action -> store action -> new immutable StoreState -> subscribers re-render
 */
import type { Dataset, Partnership, Institution } from '../data/model.js';
import type { Problem } from '../data/problems.js';

/** The facets a visitor can filter by. */
export const FACETS = [
  'country',
  'region',
  'type',
  'field',
  'level',
  'status',
  'programme',
  'language',
  'kind',
  /** Partner institutions by id (the home institution excluded), e.g. the map's "show only these". */
  'institution',
] as const;
export type FacetName = (typeof FACETS)[number];

export const SORTS = ['relevance', 'title', 'country', 'start'] as const;
export type SortKey = (typeof SORTS)[number];

/** Serialisable view state: everything that maps to and from the URL. */
export interface QueryState {
  readonly query: string;
  /** Selected values per facet (OR within a facet, AND across facets). */
  readonly filters: Readonly<Partial<Record<FacetName, readonly string[]>>>;
  /** Partnerships active at some time during [from, to] (years, inclusive). */
  readonly years?: { readonly from?: number; readonly to?: number };
  readonly sort: SortKey;
  /** 0-based page for paged results. */
  readonly page: number;
}

/** One value of a facet with its count under the current query and the other facets' selections. */
export interface FacetValue {
  readonly value: string;
  readonly count: number;
  readonly selected: boolean;
}

/** A search result: the partnership index and the matched terms for highlighting. */
export interface SearchHit {
  readonly index: number;
  readonly score: number;
}

export interface SearchResult {
  /** Indices into dataset.partnerships, in result order. */
  readonly hits: Int32Array | readonly number[];
  readonly total: number;
  /** Counts per facet (a facet's counts ignore its own selection). */
  readonly facets: Readonly<Record<FacetName, readonly FacetValue[]>>;
  /** Normalised query terms, for highlighting. */
  readonly terms: readonly string[];
  /**
   * True for the very first answer of a large dataset (2,000 partnerships or more, before any engine is built): the
   * hits and total are final, the facet counts are empty and follow a frame later in a complete result.
   */
  readonly partial?: boolean;
  /**
   * Set when a remote query source answered: `hits` are not every match but the server pages shown so far, one or
   * more consecutive pages of `pageSize` of which `page` came last; `offset` is the position of `hits[0]` among all
   * `total` matches. Paging then asks the server for another page (the view's `page`) instead of slicing `hits`.
   */
  readonly remote?: { readonly offset: number; readonly pageSize: number; readonly page: number };
}

/** Loading status of the store's data. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'stale' | 'error';

/** The whole immutable state the store publishes. */
export interface StoreState {
  readonly status: LoadStatus;
  readonly dataset?: Dataset;
  readonly problems: readonly Problem[];
  /** A visitor-safe error message key when status is 'error'. */
  readonly error?: string;
  readonly view: QueryState;
  readonly result?: SearchResult;
  /** Selected (opened) partnership id, if any. */
  readonly selected?: string;
  /** Institution ids to highlight on the map (e.g. the selected partnership's partners). */
  readonly highlighted: readonly string[];
  /** True while a remote query source is answering a view change (the previous results stay shown). */
  readonly querying?: boolean;
}

export type { Dataset, Partnership, Institution };

/** What a data source yields: the raw input (validated by the store) or, for remote sources, a query function. */
export interface LoadContext {
  /** Aborted when the element leaves the page, the source changes, or the load times out. */
  readonly signal: AbortSignal;
}

/**
 * The store's public API. Implemented in `src/state/store.ts`; elements use it through context and controllers.
 * Every action produces a new immutable `StoreState` and notifies subscribers once.
 */
export interface StoreApi {
  getState(): StoreState;
  /** Calls `listener` after every state change; returns an unsubscribe function. */
  subscribe(listener: (state: StoreState, previous: StoreState) => void): () => void;
  setQuery(query: string): void;
  toggleFilter(facet: FacetName, value: string): void;
  setFilter(facet: FacetName, values: readonly string[]): void;
  setYears(years: QueryState['years']): void;
  setSort(sort: SortKey): void;
  setPage(page: number): void;
  /** Opens (or with `undefined` closes) one partnership. */
  select(id: string | undefined): void;
  /** Institution ids to highlight on the map. */
  highlight(ids: readonly string[]): void;
  /** Clears the query and every filter. */
  clear(): void;
  /** Replaces the whole view state (URL sync, back/forward). */
  setView(view: QueryState): void;
  /**
   * How many partnerships another view would show, without changing anything (e.g. "what if the year range went
   * away"); `undefined` when it cannot be told now (remote source, index still being built).
   */
  countFor?(view: QueryState): number | undefined;
}

/** The search and facet engine over one dataset. Pure TypeScript, no DOM: it also runs in Node. */
export interface SearchEngine {
  search(view: QueryState): SearchResult;
}
