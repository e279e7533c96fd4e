import type { Problem } from '../data/problems.js';

export interface DataFailedDetail {
  /** Why nothing could be loaded, for the webmaster (the visitor sees a calm message). */
  readonly problems: readonly Problem[];
}

/** Fired by a data provider (`pa-data`) when nothing could be loaded. */
export class DataFailedEvent extends Event {
  static readonly eventName = 'pa-data-failed';
  readonly detail: DataFailedDetail;

  constructor(detail: DataFailedDetail) {
    super(DataFailedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pa-data-failed': DataFailedEvent;
  }
}
