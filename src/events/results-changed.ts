import type { Partnership } from '../data/model.js';

export interface ResultsChangedDetail {
  /** How many partnerships match the query and filters. */
  readonly total: number;
  /** The matching partnerships' ids, in result order (computed on first read). */
  readonly ids: readonly string[];
  /** The matching partnerships, in result order (computed on first read). */
  readonly partnerships: readonly Partnership[];
}

/**
 * Fired by `pa-directory` after the results changed (new data, query, filters or sort).
 * Listen with `directory.addEventListener('pa-results-changed', (e) => e.detail.total)`.
 */
export class ResultsChangedEvent extends Event {
  static readonly eventName = 'pa-results-changed';
  readonly detail: ResultsChangedDetail;

  /**
   * @param total how many partnerships match
   * @param resolve returns the matching partnerships in order; called at most once, when a listener reads them
   */
  constructor(total: number, resolve: () => readonly Partnership[]) {
    super(ResultsChangedEvent.eventName, { bubbles: true, composed: true });
    let list: readonly Partnership[] | undefined;
    const partnerships = () => (list ??= resolve());
    this.detail = {
      total,
      get partnerships() {
        return partnerships();
      },
      get ids() {
        return partnerships().map((p) => p.id);
      },
    };
  }
}

declare global {
  interface HTMLElementEventMap {
    'pa-results-changed': ResultsChangedEvent;
  }
}
