import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocalizeController, type TranslationKey } from '../../i18n/localize.js';
import { StoreController } from '../../state/store-controller.js';
import { SORTS, type SortKey } from '../../state/types.js';
import { tokenStyles } from '../../styles/tokens.js';
import { controlStyles } from '../widget.styles.js';
import { connectSort, isSortKey } from './sort.connector.js';

/**
 * A drop-down that orders the results: relevance, title, country or start date.
 *
 * @tag pa-sort
 * @summary Sort order of the results.
 * @attribute {string} for - The id of a store-providing element (`pa-data`, `pa-directory`) elsewhere on the page,
 *   for an element not nested inside one (like `<label for>`). Nested elements use their provider's store.
 *
 * @csspart label - The label.
 * @csspart select - The drop-down.
 */
export class PaSort extends LitElement {
  static override styles = [
    tokenStyles,
    controlStyles,
    css`
      :host {
        display: block;
      }
      label {
        display: flex;
        align-items: center;
        gap: var(--_space-s);
        flex-wrap: wrap;
      }
      select {
        inline-size: auto;
      }
    `,
  ];

  private readonly i18n = new LocalizeController(this);
  private readonly data = new StoreController(this, (s) => s.view.sort);

  /** The label; defaults to "Sort by". */
  @property()
  label?: string;

  /** The sorts offered, space-separated (default: every sort). */
  @property({
    converter: {
      fromAttribute: (v: string | null) => (v ? v.split(/\s+/).filter(isSortKey) : [...SORTS]),
      toAttribute: (v: readonly SortKey[]) => v.join(' '),
    },
  })
  options: readonly SortKey[] = SORTS;

  override render() {
    const state = this.data.state;
    const store = this.data.store;
    if (!state || !store) return nothing;
    const m = connectSort(state, store, this.options);
    return html`<label part="label"
      ><span>${this.label ?? this.i18n.t('directory.sort')}</span>
      <select
        part="select"
        .value=${live(m.sort)}
        @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          if (isSortKey(v)) m.setSort(v);
        }}
      >
        ${m.options.map(
          (o) =>
            html`<option value=${o} ?selected=${o === m.sort}>
              ${this.i18n.t(`directory.sorts.${o}` as TranslationKey)}
            </option>`,
        )}
      </select></label
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-sort': PaSort;
  }
}
