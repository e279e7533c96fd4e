import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocalizeController } from '../../i18n/localize.js';
import { StoreController } from '../../state/store-controller.js';
import { connectSearchBox } from './search-box.connector.js';
import { searchBoxStyles } from './search-box.styles.js';
import { loadHighlighter } from '../card/highlighter.js';

let uid = 0;

/**
 * A search box over the partnerships. Results update on every keystroke (no debounce: the engine answers within a
 * frame). Escape or the clear button empties it.
 *
 * Finds its store from the nearest `pa-directory` or `pa-data` ancestor, or from the `for` attribute naming a
 * `pa-data` element by id.
 *
 * @tag pa-search-box
 * @summary Full-text search box for a partnerships store.
 * @attribute {string} for - The id of a store-providing element (`pa-data`, `pa-directory`) elsewhere on the page,
 *   for an element not nested inside one (like `<label for>`). Nested elements use their provider's store.
 *
 * @csspart form - The search form (role search).
 * @csspart label - The visible label.
 * @csspart input - The text input.
 * @csspart clear - The clear button.
 */
export class PaSearchBox extends LitElement {
  static override styles = searchBoxStyles;

  private readonly i18n = new LocalizeController(this);
  private readonly data = new StoreController(this, (s) => s.view.query);

  /** The label; defaults to "Search partnerships" in the visitor's language. */
  @property()
  label?: string;

  /** Placeholder text; defaults to a hint in the visitor's language. Set to "" for none. */
  @property()
  placeholder?: string;

  /** Hides the label visually (it stays the input's accessible name). */
  @property({ type: Boolean, attribute: 'hide-label', reflect: true })
  hideLabel = false;

  private readonly inputId = `pa-search-${++uid}`;

  /** Moves focus to the input. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('input')?.focus(options);
  }

  override render() {
    const state = this.data.state;
    const store = this.data.store;
    const model = state && store ? connectSearchBox(state, store) : undefined;
    const query = model?.query ?? '';
    return html`<form part="form" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <label part="label" for=${this.inputId} class=${this.hideLabel ? 'visually-hidden' : ''}
        >${this.label ?? this.i18n.t('directory.search')}</label
      >
      <div class="field">
        <input
          part="input"
          class="input"
          id=${this.inputId}
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          placeholder=${this.placeholder ?? this.i18n.t('directory.searchPlaceholder')}
          .value=${live(query)}
          ?disabled=${!model}
          @focus=${() => void loadHighlighter()}
          @input=${(e: InputEvent) => model?.refine((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Escape' && query !== '') {
              e.preventDefault();
              e.stopPropagation();
              model?.clear();
            }
          }}
        />
        ${
          query
            ? html`<button
                part="clear"
                class="clear"
                type="button"
                aria-label=${this.i18n.t('directory.clearSearch')}
                @click=${() => {
                  model?.clear();
                  this.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-search-box': PaSearchBox;
  }
}
