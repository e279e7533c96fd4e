import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize.js';
import { registerStatesEnglish } from '../../i18n/translations/en-states.js';
import { StoreController } from '../../state/store-controller.js';
import { tokenStyles } from '../../styles/tokens.js';
import { controlStyles } from '../widget.styles.js';
import { connectEmptyState } from './empty-state.connector.js';
import { facetName, facetValueLabel } from '../facet/facet-labels.js';
import { yearsText } from '../active-filters/active-filters.js';
import { handOffFocus } from '../../internal/focus.js';

// Its English strings are not in the core (they load with this element): ../../i18n/translations/en-states.ts.
registerStatesEnglish();

/**
 * Shown when no partnership matches: says so calmly and offers to remove the filter that brings the most results
 * back (or the search text), each with one button. Renders nothing while there are results.
 *
 * @tag pa-empty-state
 * @summary "No results" with suggestions of which filter to remove.
 * @attribute {string} for - The id of a store-providing element (`pa-data`, `pa-directory`) elsewhere on the page,
 *   for an element not nested inside one (like `<label for>`). Nested elements use their provider's store.
 *
 * @slot - Replaces the message.
 * @csspart box - The outer box.
 * @csspart message - The message.
 * @csspart suggestion - One suggestion button.
 * @csspart clear-all - The "Clear all" button.
 */
export class PaEmptyState extends LitElement {
  static override styles = [
    tokenStyles,
    controlStyles,
    css`
      :host {
        display: block;
      }
      .box {
        border: 1px dashed var(--_c-border);
        border-radius: var(--_radius);
        padding: var(--_space-l);
        display: flex;
        flex-direction: column;
        gap: var(--_space-s);
        align-items: flex-start;
        text-align: start;
      }
      p {
        margin: 0;
      }
      .message {
        font-weight: 600;
        font-size: 1.1rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-s);
      }
    `,
  ];

  private readonly i18n = new LocalizeController(this);
  private readonly data = new StoreController(
    this,
    // Only an empty result concerns it: while there are results, store changes do not update it.
    (s) => (s.result?.total === 0 ? s : undefined),
  );

  /** How many suggestions to offer at most. */
  @property({ type: Number })
  suggestions = 3;

  /** The focus was on one of its buttons before this update (a suggestion taken removes the button pressed). */
  private hadFocus = false;

  protected override willUpdate(): void {
    this.hadFocus = this.matches(':focus-within');
  }

  protected override updated(): void {
    // The button pressed is gone: the focus goes to the next suggestion while nothing matches yet, else (results are
    // back) to the results of the directory around it; used alone, to this element.
    if (!this.hadFocus || this.matches(':focus-within')) return;
    const next = this.renderRoot.querySelector<HTMLElement>('button');
    if (next) next.focus();
    else handOffFocus(this);
  }

  override render() {
    const state = this.data.state;
    const store = this.data.store;
    if (!state || !store) return nothing;
    const m = connectEmptyState(state, store);
    if (!m.empty) return nothing;
    const t = this.i18n;
    if (m.noData) {
      return html`<div part="box" class="box">
        <p part="message" class="message"><slot>${t.t('directory.emptyNoData')}</slot></p>
      </div>`;
    }
    const suggestions = m.suggestions.slice(0, Math.max(0, this.suggestions));
    // Only the search text can go: no filter to suggest removing, so the hint speaks of the search.
    const onlyQuery = suggestions.length === 0 && !m.years && m.query !== '';
    const hasSuggestions = suggestions.length > 0 || m.query !== '' || !!m.years;
    return html`<div part="box" class="box">
      <p part="message" class="message"><slot>${t.t('directory.empty')}</slot></p>
      ${hasSuggestions ? html`<p>${t.t(onlyQuery ? 'directory.emptyHintQuery' : 'directory.emptyHint')}</p>` : nothing}
      <ul role="list">
        ${suggestions.map((s) => {
          const name = facetName(s.facet, t);
          const values = t.list(
            s.values.map((v) => facetValueLabel(s.facet, v, t, state.dataset)),
            { type: 'disjunction' },
          );
          return html`<li>
            <button part="suggestion" class="button" type="button" @click=${() => m.removeFacet(s.facet)}>
              ${t.t('directory.emptyRemove', { facet: name, value: values })}
            </button>
          </li>`;
        })}
        ${
          m.years
            ? html`<li>
                <button part="suggestion" class="button" type="button" @click=${m.clearYears}>
                  ${t.t('directory.emptyRemove', { facet: t.t('directory.years'), value: yearsText(m.years, t) })}
                </button>
              </li>`
            : nothing
        }
        ${
          m.query
            ? html`<li>
                <button part="suggestion" class="button" type="button" @click=${m.clearQuery}>
                  ${t.t('directory.emptyRemoveQuery', { query: m.query })}
                </button>
              </li>`
            : nothing
        }
        ${
          m.filters.length + (m.query ? 1 : 0) + (m.years ? 1 : 0) > 1
            ? html`<li>
                <button part="clear-all" class="button primary" type="button" @click=${m.clearAll}>
                  ${t.t('directory.clearAll')}
                </button>
              </li>`
            : nothing
        }
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-empty-state': PaEmptyState;
  }
}
