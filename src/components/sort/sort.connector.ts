/** Sort connector: the current sort, the options, and the action. No DOM, no Lit. */
import { SORTS, type SortKey, type StoreApi, type StoreState } from '../../state/types.js';

export interface SortModel {
  readonly sort: SortKey;
  readonly options: readonly SortKey[];
  setSort(sort: SortKey): void;
}

export function isSortKey(value: string): value is SortKey {
  return (SORTS as readonly string[]).includes(value);
}

export function connectSort(state: StoreState, store: StoreApi, options: readonly SortKey[] = SORTS): SortModel {
  // Relevance means nothing without a query; it stays offered (it is the dataset order then).
  return {
    sort: state.view.sort,
    options,
    setSort: (sort) => {
      if (sort !== store.getState().view.sort) store.setSort(sort);
    },
  };
}
