/**
 * Search box connector (InstantSearch's connector idea): the state a search box shows and the actions it can take,
 * computed from the store. No DOM, no Lit; the element only renders.
 */
import type { StoreApi, StoreState } from '../../state/types.js';

export interface SearchBoxModel {
  /** The current query. */
  readonly query: string;
  /** False until data is ready (the box stays usable; typing is kept). */
  readonly ready: boolean;
  /** Sets the query (immediately, no debounce: the engine answers within a frame). */
  refine(query: string): void;
  /** Clears the query. */
  clear(): void;
}

export function connectSearchBox(state: StoreState, store: StoreApi): SearchBoxModel {
  return {
    query: state.view.query,
    ready: state.status === 'ready' || state.status === 'stale',
    refine: (query) => {
      if (query !== store.getState().view.query) store.setQuery(query);
    },
    clear: () => store.setQuery(''),
  };
}
