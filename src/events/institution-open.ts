export interface InstitutionOpenDetail {
  /** The opened institution's id. */
  readonly id: string;
}

/**
 * Fired by `pa-map` when the visitor opens an institution's details (from a marker, a group, a country or the table).
 * Listen with `map.addEventListener('pa-institution-open', (e) => e.detail.id)`.
 */
export class InstitutionOpenEvent extends Event {
  static readonly eventName = 'pa-institution-open';
  readonly detail: InstitutionOpenDetail;

  constructor(id: string) {
    super(InstitutionOpenEvent.eventName, { bubbles: true, composed: true });
    this.detail = { id };
  }
}

declare global {
  interface HTMLElementEventMap {
    'pa-institution-open': InstitutionOpenEvent;
  }
}
