import { LitElement, css, html, nothing } from 'lit';
import { LocalizeController, type TranslationKey } from '../../i18n/localize.js';
import { registerStatesEnglish } from '../../i18n/translations/en-states.js';
import { StoreController } from '../../state/store-controller.js';
import type { StoreApi } from '../../state/types.js';
import { tokenStyles } from '../../styles/tokens.js';
import { controlStyles } from '../widget.styles.js';

// Its English strings are not in the core (they load with this element): ../../i18n/translations/en-states.ts.
registerStatesEnglish();

/** A store that can load its source again (the library's store can; a custom StoreApi may not). */
type Reloadable = StoreApi & { reload?: () => unknown };

/**
 * Shown when the data could not be loaded: a calm message for the visitor and a "Try again" button (when the store
 * can reload). The details for the webmaster (which source, which record, which field) are in the browser console and
 * in the store's `problems`. Renders nothing otherwise.
 *
 * @tag pa-error-state
 * @summary Calm "could not load" message with a retry button.
 * @attribute {string} for - The id of a store-providing element (`pa-data`, `pa-directory`) elsewhere on the page,
 *   for an element not nested inside one (like `<label for>`). Nested elements use their provider's store.
 *
 * @slot - Replaces the message.
 * @csspart box - The outer box.
 * @csspart message - The message.
 * @csspart retry - The "Try again" button.
 */
export class PaErrorState extends LitElement {
  static override styles = [
    tokenStyles,
    controlStyles,
    css`
      :host {
        display: block;
      }
      .box {
        border: 1px solid var(--_c-danger);
        border-inline-start-width: 4px;
        border-radius: var(--_radius);
        padding: var(--_space-l);
        display: flex;
        flex-direction: column;
        gap: var(--_space-s);
        align-items: flex-start;
      }
      p {
        margin: 0;
      }
      .message {
        font-weight: 600;
        font-size: 1.1rem;
      }
    `,
  ];

  private readonly i18n = new LocalizeController(this);
  private readonly data = new StoreController(this, (s) => (s.status === 'error' ? `error:${s.error ?? ''}` : ''));

  override render() {
    const state = this.data.state;
    const store = this.data.store as Reloadable | undefined;
    if (!state || state.status !== 'error') return nothing;
    const t = this.i18n;
    const detail = state.error ? t.t(state.error as TranslationKey) : '';
    const hint = detail && detail !== state.error ? detail : t.t('directory.errorHint');
    return html`<div part="box" class="box" role="alert">
      <p part="message" class="message"><slot>${t.t('directory.errorTitle')}</slot></p>
      <p>${hint}</p>
      ${
        typeof store?.reload === 'function'
          ? html`<button part="retry" class="button" type="button" @click=${() => store.reload!()}>
              ${t.t('directory.retry')}
            </button>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-error-state': PaErrorState;
  }
}
