/**
 * The store: one plain TypeScript object (no Lit) holding the immutable `StoreState` of one directory.
 *
 * - Actions (`setQuery`, `toggleFilter`, `setYears`, `setSort`, `setPage`, `select`, `highlight`, `clear`,
 *   `setView`) produce a new state and notify subscribers once; an action that changes nothing notifies nobody.
 * - The derived `result` is recomputed by the search engine (`createEngine`) whenever the view or the data changes.
 *   With a remote query source the server computes it instead: each view change sends one query, and only the
 *   latest answer is kept.
 * - `load(source)` runs a source through validation (see `src/data/loader.ts`); a newer load aborts an older one.
 */
import { createScanEngine, type ScanEngine } from './engine/scan.js';
import { soon } from '../internal/soon.js';
import {
  FACETS,
  type FacetName,
  type QueryState,
  type SearchEngine,
  type SearchResult,
  type SortKey,
  type StoreApi,
  type StoreState,
} from './types.js';
import type { Dataset } from '../data/model.js';
import type { Problem } from '../data/problems.js';
import { LatestLoader, isAbortError, type LoadOutcome } from '../data/loader.js';
import { isQuerySource, type DataSource, type QuerySource } from '../data/sources/types.js';
import type { RemotePages } from './remote-query.js';
import { emptyDataset } from '../data/check.js';

export interface StoreOptions {
  /** Visitor language for the engine (collation, country names). */
  locale?: string;
  /** Initial view (e.g. read from the URL). */
  view?: Partial<QueryState>;
  /** Today as YYYY-MM-DD (statuses derived from dates); defaults to the real date. */
  today?: string;
  /**
   * From this many partnerships on, the search index is built in slices that yield to the page (no task over ~50 ms)
   * instead of in one go; meanwhile the state stays `loading` and view changes are kept for when it is ready.
   * Default 20,000 (about 0.4 s of synchronous work on a 2-core machine).
   */
  asyncIndexFrom?: number;
  /**
   * From this many partnerships on (and below `asyncIndexFrom`), the first results come from the scan engine at once
   * and the indexed engine (a separate chunk, downloaded only then) is built in slices after the first paint; text
   * queries typed meanwhile are answered when it is ready. Below it, the scan engine answers everything and tokenises
   * the texts in slices after the first paint. Default 2,000.
   */
  indexedFrom?: number;
}

export interface Store extends StoreApi {
  /** Loads a source; resolves with the outcome, or `undefined` when a newer load superseded it. */
  load(source: DataSource): Promise<LoadOutcome | undefined>;
  /** Puts an already validated dataset in the store (status `ready`). */
  setDataset(dataset: Dataset, problems?: readonly Problem[]): void;
  /** Changes the engine language (rebuilds the engine). */
  setLocale(locale: string): void;
  /** Aborts any load or remote query in flight. */
  abort(): void;
  /**
   * Resolves when the work started after the first results (tokenising the texts, or building the search index of a
   * large dataset) is done, so that a query is answered without waiting. For tests and benchmarks.
   */
  whenIdle(): Promise<void>;
}

/**
 * Resolves after the page has had the chance to paint what the current task changed: the next frame (or 50 ms
 * without frames, as in a background tab: `soon`), then a task at background priority where the browser has a task
 * scheduler, so that whatever else is waiting (input, the page's own tasks) goes first. In Node, a plain task.
 */
function afterPaint(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (fn: () => void, o: object) => Promise<void> } })
    .scheduler;
  const later = () =>
    scheduler?.postTask
      ? scheduler.postTask(() => undefined, { priority: 'background' })
      : new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (typeof requestAnimationFrame !== 'function') return later();
  return new Promise<void>((resolve) => soon(resolve)).then(later);
}

export const DEFAULT_VIEW: QueryState = Object.freeze({
  query: '',
  filters: Object.freeze({}),
  sort: 'relevance',
  page: 0,
});

/** True for the view of every partnership in dataset order (no query, filter or year range; relevance order). */
function showsEverything(view: QueryState): boolean {
  return (
    view.query.trim() === '' &&
    view.years === undefined &&
    view.sort === 'relevance' &&
    FACETS.every((f) => !view.filters[f]?.length)
  );
}

const NO_FACETS = Object.freeze(
  Object.fromEntries(FACETS.map((f) => [f, Object.freeze([])])),
) as unknown as SearchResult['facets'];

/** The result of `showsEverything` before any engine exists: every partnership, facet counts still to come. */
function everything(n: number): SearchResult {
  return Object.freeze({
    hits: Int32Array.from({ length: n }, (_, i) => i),
    total: n,
    facets: NO_FACETS,
    terms: Object.freeze([]),
    partial: true,
  });
}

/** Two views are equal when every serialisable part is equal. */
export function sameView(a: QueryState, b: QueryState): boolean {
  if (a.query !== b.query || a.sort !== b.sort || a.page !== b.page) return false;
  if (a.years?.from !== b.years?.from || a.years?.to !== b.years?.to) return false;
  for (const facet of FACETS) {
    const x = a.filters[facet] ?? [];
    const y = b.filters[facet] ?? [];
    if (x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
  }
  return true;
}

/** A view with empty filters removed, years cleaned, and a valid sort and page. */
export function normaliseView(view: Partial<QueryState>): QueryState {
  const filters: Partial<Record<FacetName, readonly string[]>> = {};
  for (const facet of FACETS) {
    const values = view.filters?.[facet];
    if (values && values.length > 0) filters[facet] = Object.freeze([...new Set(values)]);
  }
  const from = view.years?.from;
  const to = view.years?.to;
  const years =
    from !== undefined || to !== undefined
      ? Object.freeze({ ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) })
      : undefined;
  return Object.freeze({
    query: view.query ?? '',
    filters: Object.freeze(filters),
    ...(years ? { years } : {}),
    sort: view.sort ?? 'relevance',
    page: Math.max(0, Math.floor(view.page ?? 0)),
  });
}

export function createStore(options: StoreOptions = {}): Store {
  let locale = options.locale;
  /** The engine answering now: the scan engine, replaced by the indexed engine for large datasets once built. */
  let engine: SearchEngine | undefined;
  /** True while the indexed engine of a mid-sized dataset is being built: text queries wait for it. */
  let awaitingIndex = false;
  /** Builds the scan engine whose build was put off until after the first paint (when a view needs it sooner). */
  let deferredEngine: (() => SearchEngine) | undefined;
  /** The background work after the first results (see `whenIdle`). */
  let background: Promise<void> = Promise.resolve();
  let remote: QuerySource | undefined;
  const loader = new LatestLoader();
  let queryController: AbortController | undefined;
  /** Aborts the sliced index build in progress, if any. */
  let indexing: AbortController | undefined;
  /** Stops the background work of the current dataset. */
  let stopBackground = () => {};
  /** The status to publish once the sliced index build finishes (`ready`, or `stale` for a last good copy). */
  let pendingStatus: StoreState['status'] = 'ready';
  const asyncIndexFrom = options.asyncIndexFrom ?? 20_000;
  const indexedFrom = options.indexedFrom ?? 2_000;
  const listeners = new Set<(state: StoreState, previous: StoreState) => void>();

  let state: StoreState = Object.freeze({
    status: 'idle',
    problems: Object.freeze([]),
    view: normaliseView(options.view ?? {}),
    highlighted: Object.freeze([]),
  });

  const emit = (next: StoreState) => {
    const previous = state;
    state = Object.freeze(next);
    for (const listener of [...listeners]) listener(state, previous);
  };

  const search = (dataset: Dataset | undefined, view: QueryState): SearchResult | undefined => {
    if (!dataset || indexing) return undefined;
    engine ??= deferredEngine?.();
    if (!engine) return undefined;
    if (awaitingIndex && view.query.trim() !== '') return undefined;
    return engine.search(view);
  };

  /** Builds the indexed engine (its own chunk, downloaded only for large datasets) in slices that yield to the page. */
  const buildIndexed = async (dataset: Dataset, signal: AbortSignal, background: boolean): Promise<SearchEngine> => {
    const { createEngineAsync } = await import('./engine/index.js');
    return createEngineAsync(dataset, { ...(locale ? { locale } : {}), signal, background });
  };

  /**
   * Publishes a new dataset (or the same one in a new language) with its first result.
   * - Below `indexedFrom` partnerships: the scan engine answers at once, and tokenises the texts after the first paint.
   * - Up to `asyncIndexFrom`: the scan engine answers at once; the indexed engine is built after the first paint and
   *   then takes over (text queries typed meanwhile are answered then).
   * - Above: the state says `loading` until the indexed engine is built, then the result for the view of that moment
   *   appears (reading even the facets of 100,000 partnerships would block the page too long).
   */
  const publish = (next: StoreState, dataset: Dataset, finalStatus: StoreState['status'] = next.status) => {
    indexing?.abort();
    indexing = undefined;
    stopBackground();
    engine = undefined;
    deferredEngine = undefined;
    awaitingIndex = false;
    pendingStatus = finalStatus;
    const n = dataset.partnerships.length;
    const controller = new AbortController();
    const { signal } = controller;
    if (n < asyncIndexFrom) {
      let scan: ScanEngine | undefined;
      const scanEngine = () => (scan ??= createScanEngine(dataset, locale ? { locale } : undefined));
      // From `indexedFrom` on, the first view of all partnerships in dataset order is shown before even the scan
      // engine is built: its cards and count need no engine; the facet counts follow right after the first paint.
      const deferScan = n >= indexedFrom && showsEverything(next.view);
      deferredEngine = deferScan ? scanEngine : undefined;
      if (!deferScan) engine = scanEngine();
      awaitingIndex = n >= indexedFrom;
      emit({ ...next, ...resultOf(deferScan ? everything(n) : search(dataset, next.view)) });
      background = afterPaint().then(async () => {
        if (signal.aborted) return;
        if (!engine) {
          engine = scanEngine();
          if (state.result?.partial) emit({ ...state, ...resultOf(search(dataset, state.view)) });
          await afterPaint();
          if (signal.aborted) return;
        }
        if (n < indexedFrom) {
          await scanEngine()
            .prepare(signal)
            .catch(() => undefined);
          return;
        }
        const built = await buildIndexed(dataset, signal, true).catch((error: unknown) => {
          if (!signal.aborted) console.error('[partner-atlas] building the search index failed', error);
          return undefined;
        });
        if (signal.aborted) return;
        awaitingIndex = false;
        if (built) engine = built;
        // A query typed while the index was being built gets its answer now.
        if (!state.result || state.querying)
          emit({ ...state, querying: false, ...resultOf(search(dataset, state.view)) });
      });
      stopBackground = () => controller.abort();
      return;
    }
    indexing = controller;
    stopBackground = () => controller.abort();
    const { result: _stale, ...withoutResult } = next;
    emit({ ...withoutResult, status: 'loading' });
    background = buildIndexed(dataset, signal, false).then(
      (built) => {
        if (indexing !== controller) return;
        indexing = undefined;
        engine = built;
        emit({ ...state, status: finalStatus, result: built.search(state.view) });
      },
      (error: unknown) => {
        if (indexing !== controller || signal.aborted) return;
        indexing = undefined;
        console.error('[partner-atlas] building the search index failed', error);
        emit({ ...state, status: 'error', error: 'data.error' });
      },
    );
  };

  /** Applies a new view: recomputes locally, or asks the remote source. */
  const applyView = (view: QueryState) => {
    if (sameView(view, state.view)) return;
    if (remote) {
      emit({ ...state, view, querying: true });
      void runRemote(remote, view);
    } else {
      const result = search(state.dataset, view);
      // No result: the index is still being built; the view's answer comes when it is ready.
      emit(result ? { ...state, view, result, querying: false } : { ...state, view, querying: !!state.dataset });
    }
  };

  const resultOf = (result: SearchResult | undefined) => (result ? { result } : {});

  /** The server pages shown for the current remote query: the next page ("load more") is appended to them. */
  let remotePages: RemotePages | undefined;

  async function runRemote(source: QuerySource, view: QueryState): Promise<void> {
    queryController?.abort();
    const controller = new AbortController();
    queryController = controller;
    try {
      const page = await source.query(view, { signal: controller.signal });
      // Paging through the server's pages and the full validator (with the words of problems) load with the first
      // remote page, not up front.
      const { answerPage } = await import('./remote-query.js');
      if (controller.signal.aborted || remote !== source) return;
      const answer = answerPage(remotePages, source, view, page, options.today);
      remotePages = answer.pages;
      emit({
        ...state,
        status: 'ready',
        dataset: answer.dataset,
        problems: answer.problems,
        querying: false,
        result: answer.result,
      });
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      emit({ ...state, status: state.dataset ? 'stale' : 'error', error: 'data.error', querying: false });
    } finally {
      if (queryController === controller) queryController = undefined;
    }
  }

  const setFilterValues = (facet: FacetName, values: readonly string[]) =>
    applyView(normaliseView({ ...state.view, filters: { ...state.view.filters, [facet]: values }, page: 0 }));

  const store: Store = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setQuery: (query) => applyView(normaliseView({ ...state.view, query, page: 0 })),
    toggleFilter(facet, value) {
      const current = state.view.filters[facet] ?? [];
      setFilterValues(facet, current.includes(value) ? current.filter((v) => v !== value) : [...current, value]);
    },
    setFilter: setFilterValues,
    setYears: (years) => applyView(normaliseView({ ...state.view, years, page: 0 })),
    setSort: (sort: SortKey) => applyView(normaliseView({ ...state.view, sort, page: 0 })),
    setPage: (page) => applyView(normaliseView({ ...state.view, page })),
    select(id) {
      if (id === state.selected) return;
      const next: StoreState = { ...state };
      if (id === undefined) delete (next as { selected?: string }).selected;
      else (next as { selected?: string }).selected = id;
      const partnership = id === undefined ? undefined : state.dataset?.partnerships.find((p) => p.id === id);
      emit({ ...next, highlighted: Object.freeze(partnership ? partnership.partners.map((p) => p.id) : []) });
    },
    highlight(ids) {
      if (ids.length === state.highlighted.length && ids.every((id, i) => id === state.highlighted[i])) return;
      emit({ ...state, highlighted: Object.freeze([...ids]) });
    },
    clear: () => applyView(normaliseView({ sort: state.view.sort })),
    setView: (view) => applyView(normaliseView(view)),
    countFor: (view) => (remote ? undefined : search(state.dataset, normaliseView(view))?.total),

    async load(source) {
      queryController?.abort();
      remote = isQuerySource(source) ? source : undefined;
      emit({ ...state, status: 'loading', querying: false });
      if (remote) {
        const current = remote;
        await runRemote(current, state.view);
        const s = state;
        return {
          status: s.status === 'ready' ? 'ready' : 'error',
          dataset: s.dataset ?? emptyDataset(),
          problems: s.problems,
          source,
          ...(s.error ? { error: s.error } : {}),
        };
      }
      const outcome = await loader.load(source, options.today ? { today: options.today } : {});
      if (!outcome) return undefined;
      const next: StoreState = {
        status: outcome.status,
        dataset: outcome.dataset,
        problems: outcome.problems,
        view: state.view,
        highlighted: Object.freeze([]),
        querying: false,
        ...(outcome.error ? { error: outcome.error } : {}),
      };
      publish(next, outcome.dataset);
      return outcome;
    },
    setDataset(dataset, problems = []) {
      loader.abort();
      remote = undefined;
      publish(
        {
          status: 'ready',
          dataset,
          problems: Object.freeze([...problems]),
          view: state.view,
          highlighted: Object.freeze([]),
        },
        dataset,
      );
    },
    setLocale(next) {
      if (next === locale) return;
      locale = next;
      if (state.dataset && !remote) publish(state, state.dataset, indexing ? pendingStatus : state.status);
    },
    abort() {
      loader.abort();
      queryController?.abort();
      indexing?.abort();
      indexing = undefined;
      stopBackground();
    },
    whenIdle: () => background,
  };
  return store;
}
