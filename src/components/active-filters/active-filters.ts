import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize.js';
import { StoreController } from '../../state/store-controller.js';
import { latest } from '../../state/select.js';
import { connectActiveFilters } from './active-filters.connector.js';
import { facetName, facetValueLabel } from '../facet/facet-labels.js';
import { activeFiltersStyles } from './active-filters.styles.js';
import { handOffFocus } from '../../internal/focus.js';

/**
 * The filters in force, as removable chips (the search text too), with "Clear all". Renders nothing when no filter
 * is set.
 *
 * @tag pa-active-filters
 * @summary Removable chips for the active filters, and "clear all".
 * @attribute {string} for - The id of a store-providing element (`pa-data`, `pa-directory`) elsewhere on the page,
 *   for an element not nested inside one (like `<label for>`). Nested elements use their provider's store.
 *
 * @csspart bar - The box holding the chips.
 * @csspart chip - One chip (a button that removes its filter).
 * @csspart clear-all - The "Clear all" button.
 */
export class PaActiveFilters extends LitElement {
  static override styles = activeFiltersStyles;

  private readonly i18n = new LocalizeController(this);
  private readonly data = new StoreController(
    this,
    latest((s) => [s.view, s.dataset]),
  );

  /** The accessible name of the group; defaults to "Active filters". */
  @property()
  label?: string;

  /** Leaves out the search text chip (when a search box sits right beside). */
  @property({ type: Boolean, attribute: 'hide-query' })
  hideQuery = false;

  override render() {
    const state = this.data.state;
    const store = this.data.store;
    if (!state || !store) return nothing;
    const m = connectActiveFilters(state, store);
    const showQuery = !this.hideQuery && m.query !== '';
    if (m.filters.length === 0 && !showQuery && !m.years) return nothing;
    const t = this.i18n;
    // The accessible name is the visible text with "Remove" before it (so voice control users can say what they see).
    const chip = (name: string, value: string, action: () => void) =>
      html`<li>
        <button part="chip" class="chip" type="button" @click=${() => this.act(action)}>
          <span class="visually-hidden">${t.t('directory.remove')} </span><span class="facet">${name}:</span>
          <span class="value" dir="auto">${value}</span>
          <span class="x" aria-hidden="true">×</span>
        </button>
      </li>`;
    return html`<div part="bar" class="bar" role="group" aria-label=${this.label ?? t.t('directory.activeFilters')}>
      <ul role="list">
        ${showQuery ? chip(t.t('directory.searchChip'), `“${m.query}”`, m.clearQuery) : nothing}
        ${m.filters.map((f) => {
          const name = facetName(f.facet, t);
          const value = facetValueLabel(f.facet, f.value, t, state.dataset);
          return chip(name, value, () => m.remove(f));
        })}
        ${m.years ? chip(t.t('directory.years'), yearsText(m.years, t), m.clearYears) : nothing}
      </ul>
      <button part="clear-all" class="link-button" type="button" @click=${() => this.act(m.clearAll)}>
        ${t.t('directory.clearAll')}
      </button>
    </div>`;
  }

  /** Runs an action, then keeps focus inside the widget (the chip pressed is gone). */
  private act(action: () => void) {
    const hadFocus = this.matches(':focus-within');
    action();
    if (!hadFocus) return;
    void this.updateComplete.then(() => {
      const next = this.renderRoot.querySelector<HTMLElement>('.chip, [part=clear-all]');
      if (next) {
        next.focus();
      } else {
        // Nothing left to focus inside: the directory's results take it (or, alone, this element), not the page.
        handOffFocus(this);
      }
    });
  }
}

/** "2018–2022", "2020" (one year), "from 2018" or "until 2022". */
export function yearsText(years: { from?: number; to?: number }, t: LocalizeController): string {
  const from = years.from !== undefined ? String(years.from) : undefined;
  const to = years.to !== undefined ? String(years.to) : undefined;
  if (from !== undefined && to !== undefined) return from === to ? from : t.t('directory.yearsRange', { from, to });
  return from !== undefined ? t.t('directory.yearsSince', { from }) : t.t('directory.yearsUntil', { to: to ?? '' });
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-active-filters': PaActiveFilters;
  }
}
