/**
 * The detail dialog of `<pa-directory>`: one partnership in full (`<pa-card layout="full">`) in the directory's modal
 * `<dialog part="detail">`, which takes the focus when it opens and gives it back when it closes (Escape, the close
 * button).
 *
 * Loaded on demand, when a partnership is first opened (a click on "Details", a direct link
 * `#pa-partnership=<id>`, or `?pa-open=<id>` with URL state): pages where nobody opens one never download it. Until
 * then the directory renders the dialog empty and closed.
 */
import { html } from 'lit';
import type { Partnership } from '../../data/model.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { StoreApi, StoreState } from '../../state/types.js';
import { lockScroll } from '../../internal/scroll-lock.js';

/** What the dialog needs of its directory. */
export interface DetailHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly store: StoreApi;
}

export class DetailDialog {
  /** The element that had the focus when the dialog opened (it gets it back). */
  private opener?: HTMLElement;
  /** Releases the page's scroll lock taken while the dialog is open. */
  private unlock?: () => void;

  /** Lets the page scroll again (the dialog closed, or the directory left the page with it open). */
  release(): void {
    this.unlock?.();
    this.unlock = undefined;
  }

  constructor(private readonly host: DetailHost) {}

  /** The dialog's content: a title for assistive technology, a close button, and the partnership in full. */
  render(t: LocalizeController, s: StoreState, selected: Partnership | undefined) {
    return html`<div class="dialog-head">
        <span class="visually-hidden" id="pa-dir-detail-title"
          >${selected ? t.text(selected.title).text || selected.id : ''}</span
        >
        <span></span>
        <button
          class="button close"
          type="button"
          aria-label=${t.t('directory.close')}
          @click=${() => this.host.store.select(undefined)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="dialog-body">
        ${
          selected
            ? html`<pa-card
                layout="full"
                heading-level="2"
                .partnership=${selected}
                .institutions=${s.dataset?.institutionById}
                .home=${s.dataset?.meta.home}
                .partnershipTypes=${s.dataset?.meta.types}
                .terms=${s.result?.terms ?? []}
              ></pa-card>`
            : ''
        }
      </div>`;
  }

  /** Opens the dialog (moving the focus into it) or closes it, as `open` says; call after each render. */
  sync(open: boolean): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.detail');
    if (!dialog) return;
    if (open && !dialog.open) {
      this.opener = deepActiveElement() ?? undefined;
      dialog.showModal();
      this.unlock ??= lockScroll();
      dialog.querySelector<HTMLElement>('.close')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }

  /** The dialog closed (Escape, the close button, or the selection cleared): clears the selection, returns focus. */
  readonly closed = () => {
    // The close event comes a task after the dialog closed: by then another partnership may have opened it again
    // (Back, then a `#pa-partnership=` link); that one stays open.
    if (this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.detail')?.open) return;
    this.release();
    const id = this.host.store.getState().selected;
    if (id !== undefined) this.host.store.select(undefined);
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected && opener !== document.body) opener.focus();
    // Opened by a link or the address, not from the page: the focus goes to that partnership's card in the results
    // (or to the results), not to the page's start.
    else void this.host.renderRoot.querySelector('pa-results')?.focusResults(id);
  };
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}
