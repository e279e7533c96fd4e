import type { Problem } from '../data/problems.js';

export interface ProblemsDetail {
  /** Every problem found in the last load: source, record, field, expected, found and a readable message. */
  readonly problems: readonly Problem[];
}

/** Fired by a data provider (`pa-data`) after a load that found problems (errors or warnings) in the data. */
export class ProblemsEvent extends Event {
  static readonly eventName = 'pa-problems';
  readonly detail: ProblemsDetail;

  constructor(detail: ProblemsDetail) {
    super(ProblemsEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pa-problems': ProblemsEvent;
  }
}
