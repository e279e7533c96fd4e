/**
 * Empty state connector: when nothing matches, which filter to remove. No DOM, no Lit.
 *
 * A facet's counts ignore its own selection, so the largest count among a facet's values is a lower bound on how
 * many results removing that facet's selection would bring back. Suggestions are the facets with a selection whose
 * removal brings results back, best first; the query is suggested too when there is one.
 */
import type { FacetName, StoreApi, StoreState } from '../../state/types.js';
import { activeFilters, type ActiveFilter } from '../active-filters/active-filters.connector.js';

export interface EmptySuggestion {
  readonly facet: FacetName;
  /** The selected values of that facet. */
  readonly values: readonly string[];
  /** At least this many results come back when the facet's selection is removed. */
  readonly atLeast: number;
}

export interface EmptyStateModel {
  /** True when data is ready and nothing matches. */
  readonly empty: boolean;
  /** True when the dataset itself has no partnerships. */
  readonly noData: boolean;
  readonly query: string;
  readonly suggestions: readonly EmptySuggestion[];
  /** The year range in force, when removing it brings results back (or when that cannot be told). */
  readonly years?: { readonly from?: number; readonly to?: number };
  readonly filters: readonly ActiveFilter[];
  removeFacet(facet: FacetName): void;
  clearQuery(): void;
  clearYears(): void;
  clearAll(): void;
}

export function suggestRemovals(state: StoreState): EmptySuggestion[] {
  const out: EmptySuggestion[] = [];
  const facets = state.result?.facets;
  if (!facets) return out;
  const byFacet = new Map<FacetName, string[]>();
  for (const f of activeFilters(state.view)) byFacet.set(f.facet, [...(byFacet.get(f.facet) ?? []), f.value]);
  for (const [facet, values] of byFacet) {
    const atLeast = Math.max(0, ...(facets[facet] ?? []).map((v) => v.count));
    if (atLeast > 0) out.push({ facet, values, atLeast });
  }
  return out.sort((a, b) => b.atLeast - a.atLeast);
}

/** The year range to suggest removing: when one is set and, as far as the store can tell, removing it helps. */
function yearsToRemove(state: StoreState, store: StoreApi): EmptyStateModel['years'] {
  const years = state.view.years;
  if (!years || (years.from === undefined && years.to === undefined)) return undefined;
  const { years: _gone, ...without } = state.view;
  const count = store.countFor?.({ ...without, page: 0 });
  return count === 0 ? undefined : years;
}

export function connectEmptyState(state: StoreState, store: StoreApi): EmptyStateModel {
  const ready = (state.status === 'ready' || state.status === 'stale') && !!state.result;
  const empty = ready && state.result!.total === 0;
  return {
    empty,
    noData: ready && (state.dataset?.partnerships.length ?? 0) === 0,
    query: state.view.query.trim(),
    suggestions: suggestRemovals(state),
    ...(empty ? { years: yearsToRemove(state, store) } : {}),
    filters: activeFilters(state.view),
    removeFacet: (facet) => store.setFilter(facet, []),
    clearQuery: () => store.setQuery(''),
    clearYears: () => store.setYears(undefined),
    clearAll: () => store.clear(),
  };
}
