/**
 * URL state, opt-in: the query, filters, year range, sort, page and the opened partnership live in the page address
 * under a prefix (default `pa-`), so a shared link opens the same view and back/forward restore it. Parameters
 * without the prefix (the host page's own) and the hash are never touched. Two directories on one page use two
 * prefixes.
 *
 *   ?lang=ar&pa-q=energy&pa-country=SA&pa-country=GB&pa-type=joint-research&pa-from=2020&pa-sort=title&pa-page=2&pa-open=p12
 *
 * History: a change of filters, sort, page or the opened partnership adds a history entry; typing in the search box
 * replaces the current entry (so back does not step through every keystroke).
 */
import { FACETS, SORTS, type QueryState, type SortKey, type StoreApi, type StoreState } from './types.js';
import { normaliseView, sameView } from './store.js';

export interface UrlSyncOptions {
  /** Prefix of every parameter (default `pa-`). */
  prefix?: string;
  /** The window whose address is used (default: the global one). */
  window?: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;
}

export interface UrlView {
  view: QueryState;
  selected?: string;
  /** True when the address holds at least one parameter with the prefix. */
  present: boolean;
}

/** Reads a view from query parameters. Unknown sorts and bad numbers are ignored. */
export function readUrlView(params: URLSearchParams, prefix = 'pa-'): UrlView {
  let present = false;
  for (const key of params.keys()) if (key.startsWith(prefix)) present = true;
  const get = (k: string) => params.get(prefix + k) ?? undefined;
  const filters: Record<string, string[]> = {};
  for (const facet of FACETS) {
    const values = params.getAll(prefix + facet).filter((v) => v !== '');
    if (values.length) filters[facet] = values;
  }
  const year = (k: string) => {
    const v = get(k);
    return v !== undefined && /^-?\d{1,4}$/.test(v) ? Number(v) : undefined;
  };
  const from = year('from');
  const to = year('to');
  const sort = get('sort');
  const page = Number(get('page') ?? '1');
  const view = normaliseView({
    query: get('q') ?? '',
    filters,
    ...(from !== undefined || to !== undefined
      ? { years: { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) } }
      : {}),
    sort: sort !== undefined && (SORTS as readonly string[]).includes(sort) ? (sort as SortKey) : 'relevance',
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
  });
  const selected = get('open');
  return { view, ...(selected ? { selected } : {}), present };
}

/** Writes a view into a copy of `search`, replacing only the prefixed parameters. */
export function writeUrlView(search: string, view: QueryState, selected: string | undefined, prefix = 'pa-'): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(prefix)) params.delete(key);
  if (view.query) params.set(prefix + 'q', view.query);
  for (const facet of FACETS) for (const value of view.filters[facet] ?? []) params.append(prefix + facet, value);
  if (view.years?.from !== undefined) params.set(prefix + 'from', String(view.years.from));
  if (view.years?.to !== undefined) params.set(prefix + 'to', String(view.years.to));
  if (view.sort !== 'relevance') params.set(prefix + 'sort', view.sort);
  if (view.page > 0) params.set(prefix + 'page', String(view.page + 1));
  if (selected) params.set(prefix + 'open', selected);
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** Keeps `store` and the address in step; returns a function that stops. */
export function syncUrl(store: StoreApi, options: UrlSyncOptions = {}): () => void {
  const prefix = options.prefix ?? 'pa-';
  const win = options.window ?? window;
  let applying = false;

  /** The partnership the address names (`<prefix>open`), as last read or written. */
  let openInUrl: string | undefined;
  const apply = () => {
    const { view, selected, present } = readUrlView(new URLSearchParams(win.location.search), prefix);
    applying = true;
    try {
      if (present || !sameView(view, store.getState().view)) store.setView(view);
      // Only a change of the address's own open partnership opens or closes one: a fragment navigation (a
      // `#pa-partnership=` link, which also fires popstate) leaves the query as it was and the detail to its link.
      if (selected !== openInUrl) store.select(selected);
      openInUrl = selected;
    } finally {
      applying = false;
    }
  };

  const write = (state: StoreState, previous: StoreState | undefined) => {
    openInUrl = state.selected;
    const search = writeUrlView(win.location.search, state.view, state.selected, prefix);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const onlyQuery =
      previous !== undefined &&
      previous.selected === state.selected &&
      sameView({ ...previous.view, query: state.view.query }, state.view);
    if (onlyQuery) win.history.replaceState(win.history.state, '', url);
    else win.history.pushState(win.history.state, '', url);
  };

  const initial = readUrlView(new URLSearchParams(win.location.search), prefix);
  openInUrl = store.getState().selected;
  if (initial.present) apply();
  else write(store.getState(), undefined);

  const unsubscribe = store.subscribe((state, previous) => {
    if (applying) return;
    if (sameView(state.view, previous.view) && state.selected === previous.selected) return;
    write(state, previous);
  });
  const onPop = () => apply();
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
