import type { Partnership } from '../data/model.js';

export interface PartnershipSelectedDetail {
  /** The opened partnership's id, or `undefined` when the detail view closed. */
  readonly id: string | undefined;
  /** The opened partnership, or `undefined` when the detail view closed. */
  readonly partnership: Partnership | undefined;
}

/**
 * Fired by `pa-directory` when a partnership's detail view opens (and, with `id: undefined`, when it closes).
 * Listen with `directory.addEventListener('pa-partnership-selected', (e) => e.detail.id)`.
 */
export class PartnershipSelectedEvent extends Event {
  static readonly eventName = 'pa-partnership-selected';
  readonly detail: PartnershipSelectedDetail;

  constructor(detail: PartnershipSelectedDetail) {
    super(PartnershipSelectedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pa-partnership-selected': PartnershipSelectedEvent;
  }
}
