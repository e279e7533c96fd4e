import type { QueryState } from '../state/types.js';

export interface FiltersChangedDetail {
  /** The new view state: query, selected filter values per facet, years, sort, page. */
  readonly view: QueryState;
}

/**
 * Fired by `pa-directory` when the visitor changed the query, a filter, the sort or the page (also on back/forward
 * when URL state is on). Listen with `directory.addEventListener('pa-filters-changed', (e) => e.detail.view)`.
 */
export class FiltersChangedEvent extends Event {
  static readonly eventName = 'pa-filters-changed';
  readonly detail: FiltersChangedDetail;

  constructor(detail: FiltersChangedDetail) {
    super(FiltersChangedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pa-filters-changed': FiltersChangedEvent;
  }
}
