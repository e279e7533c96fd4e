import type { Dataset } from '../data/model.js';
import type { Problem } from '../data/problems.js';

export interface DataLoadedDetail {
  /** The validated, normalised dataset. */
  readonly dataset: Dataset;
  /** Problems found while loading (empty when the data is clean). */
  readonly problems: readonly Problem[];
  /** True when the data is the last good copy because the data host could not be reached. */
  readonly stale: boolean;
}

/**
 * Fired by a data provider (`pa-data`) when data has loaded, also when it is the last good copy (`detail.stale`).
 * Listen with `el.addEventListener('pa-data-loaded', (e) => e.detail.dataset)`.
 */
export class DataLoadedEvent extends Event {
  static readonly eventName = 'pa-data-loaded';
  readonly detail: DataLoadedDetail;

  constructor(detail: DataLoadedDetail) {
    super(DataLoadedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pa-data-loaded': DataLoadedEvent;
  }
}
