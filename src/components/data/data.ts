import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { StoreProvider } from '../../state/context.js';
import { registerStore } from '../../state/store-registry.js';
import { DataController } from '../../state/data-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { registerEnglish } from '../../i18n/registry.js';
import enData from '../../i18n/translations/en-data.js';
import type { Store } from '../../state/store.js';
import type { DataSource } from '../../data/sources/types.js';
import type { Problem } from '../../data/problems.js';
import type { LoadStatus } from '../../state/types.js';
import type { LoadOutcome } from '../../data/loader.js';
import { dataStyles } from './data.styles.js';

// pa-data's own English strings are not in the English core (a directory page does not download them).
registerEnglish(enData);

const SHOWN = 200;

/**
 * Loads partnership data and shares it with the elements inside it (through context) and with elements elsewhere
 * on the page that name its id (`<pa-map for="partners">`).
 *
 * ```html
 * <pa-data id="partners" src="/data/partnerships.json">
 *   <pa-directory></pa-directory>
 * </pa-data>
 * <pa-map for="partners"></pa-map>
 * ```
 *
 * The source is, in order: the `source` property, the `data` property, the `src` attribute (with `source-type`),
 * or an inline `<script type="application/json">` child. Visitors see a calm status line while loading, when
 * nothing could be loaded, and when the last good copy is shown; problems in the data go to the console (grouped,
 * once), to the `pa-problems` event and to the `problems` property, and with `debug` to a visible panel.
 *
 * @tag pa-data
 * @summary Loads, validates and shares partnership data with the elements inside it or that name its id.
 *
 * @slot - The elements that show the data (directory, map, cards).
 *
 * @fires pa-data-loaded - Data loaded (`detail.dataset`, `detail.problems`, `detail.stale`).
 * @fires pa-data-failed - Nothing could be loaded (`detail.problems` says why).
 * @fires pa-problems - The loaded data has problems (`detail.problems`).
 *
 * @csspart status - The visitor-facing status line (loading, unavailable, may be out of date).
 * @csspart problems - The debug panel listing problems (only with `debug`).
 */
export class PaData extends LitElement {
  static override styles = dataStyles;

  /** URL of the data: a JSON file (default), a CSV file or published spreadsheet, or a remote query endpoint. */
  @property()
  src?: string;

  /** How to read `src`: `json` (default), `csv`, `remote`, or the name of a source given to `registerSource()`. */
  @property({ attribute: 'source-type' })
  sourceType?: string;

  /** Shows a panel listing every problem in the data (for the webmaster while setting up; not for visitors). */
  @property({ type: Boolean, reflect: true })
  debug = false;

  /** Keeps the query and filters in the page address, under this prefix (`url-state="pa-"`); off when absent. */
  @property({ attribute: 'url-state' })
  urlState?: string;

  /** The data itself, as a JavaScript value (a dataset, or a list of ROR records). */
  @property({ attribute: false })
  data?: unknown;

  /** A custom source: any object with `name` and `load({ signal })` (see `DataSource`). */
  @property({ attribute: false })
  source?: DataSource;

  private readonly loader = new DataController(this, () => ({
    src: this.src,
    type: this.sourceType,
    data: this.data,
    source: this.source,
  }));
  private readonly i18n = new LocalizeController(this);
  private unregister?: () => void;
  private unsync?: () => void;
  private registeredId = '';
  private readonly idObserver = new MutationObserver(() => this.register());

  constructor() {
    super();
    new StoreProvider(this, this.loader.store);
    // The store lives exactly as long as this element, so this subscription needs no cleanup.
    this.loader.store.subscribe((state, previous) => {
      if (
        state.status !== previous.status ||
        state.problems !== previous.problems ||
        state.dataset !== previous.dataset
      )
        this.requestUpdate();
    });
  }

  /** The store this element provides (read-only; use its actions to change the view). */
  get store(): Store {
    return this.loader.store;
  }

  /** Problems found in the last load (empty when the data is clean). */
  get problems(): readonly Problem[] {
    return this.loader.store.getState().problems;
  }

  /** Loading status: `idle`, `loading`, `ready`, `stale` (last good copy shown) or `error`. */
  get status(): LoadStatus {
    return this.loader.store.getState().status;
  }

  /** Resolves when the current load has finished, with its outcome. */
  get loadComplete(): Promise<LoadOutcome | undefined> {
    return this.loader.loadComplete;
  }

  /** Loads the data again (e.g. after changing the inline script). */
  reload(): Promise<LoadOutcome | undefined> {
    return this.loader.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.idObserver.observe(this, { attributes: true, attributeFilter: ['id'] });
    this.register();
    this.startUrlSync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.idObserver.disconnect();
    this.unregister?.();
    this.unregister = undefined;
    this.registeredId = '';
    this.unsync?.();
    this.unsync = undefined;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('urlState')) void this.startUrlSync();
  }

  private register(): void {
    if (this.id === this.registeredId) return;
    this.unregister?.();
    this.unregister = undefined;
    this.registeredId = this.id;
    if (this.id) this.unregister = registerStore(this.id, this.loader.store);
  }

  /** Keeps the store and the address in step (`url-state`); its module loads on first use. */
  private async startUrlSync(): Promise<void> {
    this.unsync?.();
    this.unsync = undefined;
    const prefix = this.urlState;
    if (prefix === undefined || prefix === null || !this.isConnected) return;
    const { syncUrl } = await import('../../state/url-sync.js');
    if (prefix !== this.urlState || this.unsync || !this.isConnected) return;
    this.unsync = syncUrl(this.loader.store, { prefix: prefix.trim() || 'pa-' });
  }

  private statusText(): string {
    const state = this.loader.store.getState();
    switch (state?.status) {
      case 'loading':
        return this.i18n.t('data.loading');
      case 'error':
        return this.i18n.t(state.error === 'data.invalid' ? 'data.invalid' : 'data.error');
      case 'stale': {
        const date = state.dataset?.meta.updated;
        return date ? this.i18n.t('data.staleSince', { date: this.i18n.date(date) }) : this.i18n.t('data.stale');
      }
      default:
        return '';
    }
  }

  private renderProblems(problems: readonly Problem[]) {
    if (!this.debug) return nothing;
    const errors = problems.filter((p) => p.severity === 'error').length;
    return html`<section
      class="problems"
      part="problems"
      aria-label=${this.i18n.t('data.problemsTitle', { count: problems.length })}
    >
      ${
        problems.length === 0
          ? html`<p>${this.i18n.t('data.noProblems')}</p>`
          : html`<details ?open=${errors > 0}>
              <summary>${this.i18n.t('data.problemsTitle', { count: problems.length })}</summary>
              <p class="help">${this.i18n.t('data.problemsHelp')}</p>
              <ul>
                ${problems
                  .slice(0, SHOWN)
                  .map(
                    (p) =>
                      html`<li data-code=${p.code}>
                        <span class="severity"
                          >${this.i18n.t(p.severity === 'error' ? 'data.severityError' : 'data.severityWarning')}</span
                        ><span dir="auto">${p.message}</span>
                      </li>`,
                  )}
              </ul>
              ${problems.length > SHOWN ? html`<p>${this.i18n.t('data.more', { count: problems.length - SHOWN })}</p>` : nothing}
            </details>`
      }
    </section>`;
  }

  override render() {
    const state = this.loader.store.getState();
    const status = state?.status ?? 'idle';
    return html`<div class="status" part="status" role="status" data-status=${status}>${this.statusText()}</div>
      ${status === 'idle' || status === 'loading' ? nothing : this.renderProblems(state?.problems ?? [])}
      <slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-data': PaData;
  }
}
