import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Partnership } from '../../data/model.js';
import type { DataSource } from '../../data/sources/types.js';
import { findInlineScript } from '../../data/sources/inline.js';
import { LocalizeController } from '../../i18n/localize.js';
import { StoreConsumer, StoreProvider } from '../../state/context.js';
import { hold, release } from '../../state/store-controller.js';
import { DataController } from '../../state/data-controller.js';
import { createStore, type Store } from '../../state/store.js';
import { registerStore } from '../../state/store-registry.js';
import { FACETS, type FacetName, type StoreState } from '../../state/types.js';
import { FiltersChangedEvent } from '../../events/filters-changed.js';
import { PartnershipSelectedEvent } from '../../events/partnership-selected.js';
import { ResultsChangedEvent } from '../../events/results-changed.js';
import { activeFilters } from '../active-filters/active-filters.connector.js';
import type { PagingMode } from '../results/results.connector.js';
import type { PaResults } from '../results/results.js';
import { hashWithoutDetail, idFromHash } from './detail-link.js';
import type { DetailDialog } from './detail.js';
import { directoryStyles } from './directory.styles.js';
import { soon } from '../../internal/soon.js';
import { FOCUS_HANDOFF } from '../../internal/focus.js';
import { lockScroll } from '../../internal/scroll-lock.js';

/**
 * The empty and error states (./states.ts) are registered when first needed: when nothing matches or the data failed.
 * Until their chunk arrives the result count already says so; a page whose results never run out never loads them.
 */
let states: Promise<unknown> | undefined;
function loadStates(): void {
  states ??= import('./states.js').catch((error: unknown) => {
    states = undefined; // the next update that needs them tries again
    console.error('[partner-atlas] the empty and error states could not be loaded:', error);
  });
}

/** Container width from which filters sit beside the results (narrower: in a drawer). */
const WIDE_FROM = 900;

/**
 * The ready-made partnerships directory: search box, filters (beside the results on wide screens, in a drawer on
 * phones), active-filter chips, result count, sort, results with "load more", a detail view that can be linked to
 * (`#pa-partnership=<id>`), CSV download of the current results and a clean printed list.
 *
 * One attribute is all it needs: `<pa-directory src="partnerships.json"></pa-directory>`. It provides its store to
 * the elements nested in it, and to elements elsewhere that name its `id` in their `for` attribute (a map).
 *
 * @tag pa-directory
 * @summary The complete, filterable partnerships directory.
 *
 * @fires pa-results-changed - The results changed (ResultsChangedEvent: `detail.total`, `detail.ids`).
 * @fires pa-filters-changed - The visitor changed the query, filters, sort or page (FiltersChangedEvent: `detail.view`).
 * @fires pa-partnership-selected - A detail view opened or closed (PartnershipSelectedEvent: `detail.id`).
 * @fires pa-data-loaded - Data loaded (DataLoadedEvent).
 * @fires pa-data-failed - Nothing could be loaded (DataFailedEvent).
 *
 * @slot before-results - Content above the results (e.g. a map bound with `for`).
 * @slot after-results - Content below the results.
 *
 * @csspart base - The whole directory.
 * @csspart filters - The filter column (wide screens) or the drawer's body.
 * @csspart drawer - The filter drawer (narrow screens).
 * @csspart filters-button - The button that opens the drawer.
 * @csspart toolbar - The bar with the count, sort, download and print.
 * @csspart detail - The detail dialog.
 *
 * @cssproperty [--pa-directory-max-width=90rem] - The widest the directory grows.
 * @cssproperty [--pa-directory-background=transparent] - Background behind the directory.
 */
export class PaDirectory extends LitElement {
  static override styles = directoryStyles;

  /** URL of the data (a JSON dataset; CSV with `source-type="csv"`). */
  @property()
  src?: string;

  /** How to read `src`: `json` (default), `csv`, `remote`, or a registered source name. */
  @property({ attribute: 'source-type' })
  sourceType?: string;

  /** Data given directly (a dataset object), instead of `src`. */
  @property({ attribute: false })
  data?: unknown;

  /** A custom data source object, instead of `src`. */
  @property({ attribute: false })
  source?: DataSource;

  /** The facets offered as filters, space-separated, in order. */
  @property({
    converter: {
      fromAttribute: (v: string | null) =>
        (v ?? '').split(/\s+/).filter((f): f is FacetName => (FACETS as readonly string[]).includes(f)),
      toAttribute: (v: readonly FacetName[]) => v.join(' '),
    },
  })
  facets: readonly FacetName[] = ['country', 'region', 'type', 'field', 'level', 'status'];

  /** `list` or `grid` of result cards. */
  @property()
  layout: 'list' | 'grid' = 'grid';

  /** `more` ("Load more"), `pages`, or `all` (one long virtualised list). */
  @property()
  paging: PagingMode = 'more';

  /** Results per page or per "Load more". */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 24;

  /**
   * Keeps the search, filters, sort, page and open partnership in the page address, under this prefix
   * (`url-state` alone means `pa-`), so a shared link opens the same view and back/forward work. Off when absent.
   */
  @property({ attribute: 'url-state' })
  urlState?: string;

  /** Hides the CSV download button. */
  @property({ type: Boolean, attribute: 'no-download' })
  noDownload = false;

  /** Hides the print button. */
  @property({ type: Boolean, attribute: 'no-print' })
  noPrint = false;

  /** Heading level of the result cards' titles (the detail view uses one level less deep than the page's h1). */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel = 3;

  /**
   * The store behind this directory (also reachable with `for="<id>"` from elsewhere on the page). Nested in a
   * `pa-data` (or any store provider) and given no data of its own (`src`, `data`, `source` or an inline JSON
   * script), the directory uses that provider's store, shared with every element bound to it; otherwise its own.
   */
  get store(): Store & { reload?: () => void } {
    return this.current;
  }

  /** This directory's own store (loaded from its own data). */
  private readonly own: Store & { reload: () => void };
  /** The store of the provider around this directory, if any. */
  private outer?: Store;
  private current: Store & { reload?: () => void };
  /** The store that the registry, the address and the locale were last set up for. */
  private bound?: Store;
  private readonly provider: StoreProvider;

  @state() private wide = true;
  /** The filter drawer is open and covers (almost) the whole width: the results behind it need not be drawn. */
  @state() private covered = false;

  private readonly i18n = new LocalizeController(this);
  private readonly loader: DataController;
  private unregister?: () => void;
  private registeredId = '';
  private unsubscribe?: () => void;
  private resizeObserver?: ResizeObserver;
  private lastLang = '';
  private unsync?: () => void;
  private syncedPrefix?: string;
  /** URL state's module, loaded only when `url-state` is set. */
  private urlSync?: typeof import('../../state/url-sync.js');
  /** Releases the page's scroll lock taken while the filter drawer is open. */
  private unlockScroll?: () => void;
  /** The detail dialog, loaded when a partnership is first opened. */
  private detail?: DetailDialog | Promise<unknown>;

  constructor() {
    super();
    const store = createStore();
    this.own = Object.assign(store, { reload: () => void this.loader.reload() });
    this.current = this.own;
    this.loader = new DataController(
      this,
      () => ({ src: this.src, type: this.sourceType, data: this.data, source: this.source }),
      { store: this.own },
    );
    this.provider = new StoreProvider(this, this.own);
    // The provider around this directory (its own provider does not answer its own requests).
    new StoreConsumer(this, (outer) => {
      this.outer = outer as Store;
      this.chooseStore();
    });
  }

  protected override firstUpdated(): void {
    // A widget inside lost the focus with the control that had it (a chip removed, an empty state's suggestion):
    // the results take it.
    this.renderRoot.addEventListener(FOCUS_HANDOFF, (e) => {
      e.preventDefault();
      void this.focusResults();
    });
  }

  /** Puts the focus on the results, or on the search box when nothing matches. */
  private async focusResults(): Promise<void> {
    if (await this.renderRoot.querySelector('pa-results')?.focusResults()) return;
    this.renderRoot.querySelector('pa-search-box')?.focus();
  }

  /** Uses the surrounding provider's store when this directory has no data of its own, else its own store. */
  private chooseStore(): void {
    const ownData = !!this.src || (this.data !== undefined && this.data !== null) || !!this.source;
    const next = this.outer && !ownData && !findInlineScript(this) ? this.outer : this.own;
    if (next === this.current) return;
    this.current = next;
    this.provider.setValue(next);
    if (this.isConnected) this.subscribeStore();
    this.requestUpdate();
  }

  private subscribeStore(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.store.subscribe((s, prev) => this.onStateChange(s, prev));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.subscribeStore();
    window.addEventListener('hashchange', this.onHashChange);
    // Applied in the next frame: re-rendering inside a ResizeObserver callback would loop.
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      soon(() => {
        const wide = width >= WIDE_FROM;
        if (wide !== this.wide) this.wide = wide;
      });
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    // Asked again on reconnection: the directory may land elsewhere.
    this.outer = undefined;
    this.chooseStore();
    this.bound = undefined;
    this.unregister?.();
    this.unregister = undefined;
    this.registeredId = '';
    window.removeEventListener('hashchange', this.onHashChange);
    this.resizeObserver?.disconnect();
    this.unsync?.();
    this.unsync = undefined;
    this.syncedPrefix = undefined;
    // Removed with a dialog open: the page scrolls again.
    this.unlockScroll?.();
    this.unlockScroll = undefined;
    if (this.detail && !(this.detail instanceof Promise)) this.detail.release();
  }

  /** The URL parameter prefix when URL state is on. */
  private get urlPrefix(): string | undefined {
    return this.urlState === undefined || this.urlState === null ? undefined : this.urlState.trim() || 'pa-';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data') || changed.has('source')) this.chooseStore();
    const rebound = this.store !== this.bound;
    this.bound = this.store;
    if (rebound || this.id !== this.registeredId) {
      this.unregister?.();
      this.registeredId = this.id;
      this.unregister = this.id ? registerStore(this.id, this.store) : undefined;
    }
    if (rebound || this.i18n.lang !== this.lastLang) {
      this.lastLang = this.i18n.lang;
      // A provider's store that is not a full Store (a custom provider) keeps its own language.
      (this.store as Partial<Store>).setLocale?.(this.i18n.lang);
    }
    const prefix = this.urlPrefix;
    if (rebound || prefix !== this.syncedPrefix) {
      this.unsync?.();
      this.unsync = undefined;
      this.syncedPrefix = prefix;
      if (prefix !== undefined) void this.syncUrl(this.store, prefix);
    }
    // Widened while the drawer was open: the drawer goes, and the results it covered are shown (and updated) again.
    if ((changed as Map<PropertyKey, unknown>).has('wide') && this.wide && this.covered) this.cover(false);
    // The empty and error states are imported the first time they are needed (they register themselves and render
    // where their tags already are).
    const s = this.store.getState();
    const none = (s?.status === 'ready' || s?.status === 'stale') && s.result?.total === 0;
    if (s?.status === 'error' || none) loadStates();
  }

  // --- Store -> public events, detail dialog, address ----------------------------------------------------------

  private onStateChange(s: StoreState, prev: StoreState): void {
    // The directory renders only what concerns it (count in buttons, the detail); widgets re-render themselves.
    if (
      s.result !== prev.result ||
      s.selected !== prev.selected ||
      s.status !== prev.status ||
      s.view.filters !== prev.view.filters
    )
      this.requestUpdate();
    if (s.result !== prev.result && s.result) {
      const result = s.result;
      const dataset = s.dataset;
      // Events go through a variable so that the manifest takes their names from the @fires tags only.
      const changed = new ResultsChangedEvent(result.total, () =>
        Array.from(result.hits as ArrayLike<number>, (i) => dataset!.partnerships[i]!),
      );
      this.dispatchEvent(changed);
    }
    if (s.view !== prev.view) {
      const filtersChanged = new FiltersChangedEvent({ view: s.view });
      this.dispatchEvent(filtersChanged);
    }
    if (s.selected !== prev.selected) {
      this.dispatchEvent(
        new PartnershipSelectedEvent({ id: s.selected, partnership: this.partnership(s, s.selected) }),
      );
      if (s.selected === undefined) this.dropDetailHash();
    }
    if (s.dataset !== prev.dataset && s.dataset) this.openFromAddress();
  }

  /** Opens the partnership the address names: `#pa-partnership=<id>`, or with URL state `?pa-open=<id>`. */
  private openFromAddress(): void {
    const prefix = this.urlPrefix;
    const fromQuery =
      prefix !== undefined
        ? this.urlSync?.readUrlView(new URLSearchParams(location.search), prefix).selected
        : undefined;
    const id = idFromHash(location.hash) ?? fromQuery;
    if (id !== undefined && this.partnership(this.store.getState(), id)) this.store.select(id);
  }

  /** Keeps the store and the address in step (`url-state`); its module loads on first use. */
  private async syncUrl(store: Store, prefix: string): Promise<void> {
    this.urlSync ??= await import('../../state/url-sync.js');
    if (store !== this.store || prefix !== this.syncedPrefix || this.unsync || !this.isConnected) return;
    this.unsync = this.urlSync.syncUrl(store, { prefix });
    // Data that arrived before the module: open the partnership the address names now.
    if (store.getState().dataset) this.openFromAddress();
  }

  private partnership(s: StoreState, id: string | undefined): Partnership | undefined {
    return id === undefined ? undefined : s.dataset?.partnerships.find((p) => p.id === id);
  }

  /** A `#pa-partnership=<id>` link was followed: open it (or close the detail when the hash no longer names one). */
  private readonly onHashChange = () => {
    const id = idFromHash(location.hash);
    const s = this.store.getState();
    if (id !== undefined) {
      if (this.partnership(s, id) && s.selected !== id) this.store.select(id);
    } else if (s.selected !== undefined && this.openedFromHash) {
      this.store.select(undefined);
    }
    this.openedFromHash = id !== undefined;
  };
  private openedFromHash = false;

  /** After the detail closed, removes `#pa-partnership=<id>` so that the same link opens it again. */
  private dropDetailHash(): void {
    this.openedFromHash = false;
    if (idFromHash(location.hash) === undefined) return;
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${hashWithoutDetail(location.hash)}`,
    );
  }

  protected override updated(): void {
    const s = this.store.getState();
    const open = !!this.partnership(s, s.selected);
    // The detail dialog loads when a partnership is first opened, then renders and opens.
    if (open && !this.detail) {
      this.detail = import('./detail.js').then(
        (m) => {
          this.detail = new m.DetailDialog(this);
          this.requestUpdate();
        },
        (error: unknown) => {
          this.detail = undefined;
          console.error('[partner-atlas] the detail view could not be loaded', error);
        },
      );
    }
    if (this.detail && !(this.detail instanceof Promise)) this.detail.sync(open);
  }

  private readonly onDetailClose = () => {
    if (this.detail && !(this.detail instanceof Promise)) this.detail.closed();
  };

  // --- Actions -------------------------------------------------------------------------------------------------

  /**
   * Downloads the current results (every match, not only those shown) as a CSV file. Resolves to the file, or to
   * `undefined` when there are no results yet. (The CSV writer loads on first use.)
   */
  async downloadCsv(): Promise<Blob | undefined> {
    const csv = await import('./csv-export.js');
    const text = csv.resultsCsv(this.store.getState(), this.i18n);
    return text === undefined ? undefined : csv.downloadCsv(text, 'partnerships.csv');
  }

  /** The current results (every match, not only those shown) as CSV text, in the visitor's language. */
  async csv(): Promise<string | undefined> {
    return (await import('./csv-export.js')).resultsCsv(this.store.getState(), this.i18n);
  }

  /** Prints a clean list of the current results. */
  print(): void {
    this.renderRoot.querySelector<PaResults>('pa-results')?.preparePrint();
    window.print();
  }

  private openDrawer = () => {
    const drawer = this.renderRoot.querySelector<HTMLDialogElement>('dialog.drawer');
    if (!drawer) return;
    // The filters in the closed drawer were not updated while the visitor typed: they are now, before it shows.
    release(drawer);
    drawer.showModal();
    this.unlockScroll ??= lockScroll();
    // On a phone the drawer covers the results (beside a narrower drawer they stay drawn).
    this.cover(drawer.getBoundingClientRect().width >= 0.9 * window.innerWidth);
  };

  /**
   * While the open drawer covers the results, they are neither updated nor laid out or painted (each filter click
   * then costs the drawer's work only); uncovered, they catch up.
   */
  private cover(covered: boolean): void {
    this.covered = covered;
    const results = this.renderRoot.querySelector('pa-results');
    if (results) (covered ? hold : release)(results);
  }

  private closeDrawer = () => {
    // Uncovered at once (the dialog's close event comes a task later): the results show in the next frame.
    this.onDrawerClose();
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.drawer')?.close();
  };

  /** The drawer closed (its buttons, Escape): draw and update the results again; the filters in it wait. */
  private onDrawerClose = () => {
    this.unlockScroll?.();
    this.unlockScroll = undefined;
    this.cover(false);
    const drawer = this.renderRoot.querySelector<HTMLDialogElement>('dialog.drawer');
    if (drawer) hold(drawer);
  };

  // --- Rendering -----------------------------------------------------------------------------------------------

  private renderFacets() {
    return html`${this.facets.map(
        (facet) =>
          html`<pa-facet
            facet=${facet}
            variant="list"
            order=${facet === 'country' ? 'label' : 'count'}
            limit=${facet === 'country' ? 8 : 6}
          ></pa-facet>`,
      )}<pa-year-range></pa-year-range>`;
  }

  override render() {
    const t = this.i18n;
    const s = this.store.getState();
    const ready = !!s?.result && (s.status === 'ready' || s.status === 'stale');
    const total = s?.result?.total ?? 0;
    const selectedCount = s ? activeFilters(s.view).length : 0;
    const selected = s ? this.partnership(s, s.selected) : undefined;
    const filtersTitleId = 'pa-dir-filters-title';
    return html`<div part="base" class="directory" role="region" aria-label=${t.t('directory.label')}>
      <div class="top">
        <pa-search-box></pa-search-box>
        ${
          this.wide
            ? nothing
            : html`<button
                part="filters-button"
                class="button filters-button"
                type="button"
                aria-haspopup="dialog"
                @click=${this.openDrawer}
              >
                ${t.t('directory.showFilters')}
                ${
                  selectedCount
                    ? html`<span class="badge"
                        ><span class="visually-hidden">(</span>${t.number(selectedCount)}<span class="visually-hidden"
                          >)</span
                        ></span
                      >`
                    : nothing
                }
              </button>`
        }
      </div>
      <div class="main ${this.wide ? 'wide' : ''}">
        ${
          this.wide
            ? html`<aside part="filters" aria-label=${t.t('directory.filters')}>${this.renderFacets()}</aside>`
            : nothing
        }
        <div class="content ${this.covered ? 'covered' : ''}">
          <pa-active-filters></pa-active-filters>
          <div part="toolbar" class="toolbar">
            <pa-result-count></pa-result-count>
            <div class="actions">
              <pa-sort></pa-sort>
              ${
                this.noDownload
                  ? nothing
                  : html`<button
                      class="button"
                      type="button"
                      ?disabled=${!ready || total === 0}
                      @click=${() => this.downloadCsv()}
                    >
                      ${t.t('directory.download')}
                    </button>`
              }
              ${
                this.noPrint
                  ? nothing
                  : html`<button
                      class="button"
                      type="button"
                      ?disabled=${!ready || total === 0}
                      @click=${() => this.print()}
                    >
                      ${t.t('directory.print')}
                    </button>`
              }
            </div>
          </div>
          <slot name="before-results"></slot>
          <pa-error-state></pa-error-state>
          <pa-empty-state></pa-empty-state>
          <pa-results
            layout=${this.layout}
            paging=${this.paging}
            page-size=${this.pageSize}
            heading-level=${this.headingLevel}
          ></pa-results>
          <slot name="after-results"></slot>
        </div>
      </div>
      ${
        this.wide
          ? nothing
          : html`<dialog
              part="drawer"
              class="drawer"
              data-pa-hold
              aria-labelledby=${filtersTitleId}
              @close=${this.onDrawerClose}
            >
              <div class="dialog-head">
                <h2 class="dialog-title" id=${filtersTitleId}>${t.t('directory.filters')}</h2>
                <button
                  class="button close"
                  type="button"
                  aria-label=${t.t('directory.closeFilters')}
                  @click=${this.closeDrawer}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </div>
              <div part="filters" class="dialog-body">${this.renderFacets()}</div>
              <div class="dialog-foot">
                <!-- The page behind the open (modal) drawer is inert, its live region unheard: changes made here are
                     announced from here. -->
                <pa-result-count announce-only></pa-result-count>
                <button class="button primary" type="button" @click=${this.closeDrawer}>
                  ${t.t('directory.showResults', { count: total })}
                </button>
              </div>
            </dialog>`
      }
      <dialog part="detail" class="detail" aria-labelledby="pa-dir-detail-title" @close=${this.onDetailClose}>
        ${this.detail instanceof Promise ? nothing : this.detail?.render(t, s, selected)}
      </dialog>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-directory': PaDirectory;
  }
}
