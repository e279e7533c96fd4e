/**
 * Active filters connector: one chip per selected filter value (and the query), with remove and clear-all actions.
 * No DOM, no Lit.
 */
import { FACETS, type FacetName, type StoreApi, type StoreState } from '../../state/types.js';

export interface ActiveFilter {
  readonly facet: FacetName;
  readonly value: string;
}

export interface ActiveFiltersModel {
  readonly query: string;
  readonly filters: readonly ActiveFilter[];
  readonly years?: StoreState['view']['years'];
  /** True when anything (query, filter, years) narrows the results. */
  readonly hasAny: boolean;
  remove(filter: ActiveFilter): void;
  clearQuery(): void;
  clearYears(): void;
  clearAll(): void;
}

/** Selected filters in facet order (FACETS), then selection order. */
export function activeFilters(view: StoreState['view']): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const facet of FACETS) for (const value of view.filters[facet] ?? []) out.push({ facet, value });
  return out;
}

export function connectActiveFilters(state: StoreState, store: StoreApi): ActiveFiltersModel {
  const filters = activeFilters(state.view);
  const years = state.view.years;
  const hasYears = !!years && (years.from !== undefined || years.to !== undefined);
  return {
    query: state.view.query.trim(),
    filters,
    years: hasYears ? years : undefined,
    hasAny: filters.length > 0 || state.view.query.trim() !== '' || hasYears,
    remove: (f) => store.toggleFilter(f.facet, f.value),
    clearQuery: () => store.setQuery(''),
    clearYears: () => store.setYears(undefined),
    clearAll: () => store.clear(),
  };
}
