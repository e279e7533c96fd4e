import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../internal/css-props.js';
import type { Partnership } from '../../data/model.js';
import { LocalizeController } from '../../i18n/localize.js';
import { StoreController } from '../../state/store-controller.js';
import { latest } from '../../state/select.js';
import { connectResults, type PagingMode, type ResultsModel } from './results.connector.js';
import { columnsFor, computeWindow } from './windowing.js';
import { resultsStyles } from './results.styles.js';
import { soon } from '../../internal/soon.js';
import { focusInView } from '../../internal/focus.js';
import { localText } from '../card/memo.js';
import { EXCERPT_LENGTH, excerptLengthFor } from '../card/card-model.js';

/** Rows rendered above and below the visible ones. */
const OVERSCAN = 2;
/** At most this many results print (a print of 10,000 cards helps no one). */
const PRINT_LIMIT = 2000;

/**
 * The matching partnerships as compact cards, in a list or a grid, with "load more" or pages. Only the cards near
 * the viewport are in the DOM, so the page stays fast with 10,000 results; screen readers still hear each card's
 * position ("3 of 10,000"). Each card has a "Details" link that opens the partnership (and can be opened directly).
 * Out of view (a visitor filtering with a map higher up the page), the list updates in a task after the frame that
 * shows the change, not in that frame.
 *
 * @tag pa-results
 * @summary The results, virtualised, with paging or "load more".
 * @attribute {string} for - The id of a store-providing element (`pa-data`, `pa-directory`) elsewhere on the page,
 *   for an element not nested inside one (like `<label for>`). Nested elements use their provider's store.
 *
 * @csspart results - The results section.
 * @csspart list - The list of cards.
 * @csspart item - One list item.
 * @csspart card - Each pa-card (style its own parts with `pa-results::part(card)` only).
 * @csspart details - The "Details" link of each card.
 * @csspart more - The "Load more" button.
 * @csspart pagination - The page navigation.
 *
 * @cssproperty [--pa-results-item-height=17rem] - Height of one card (cards clamp their text to fit).
 * @cssproperty [--pa-results-min-column=17rem] - Narrowest column of the grid layout.
 * @cssproperty [--pa-results-gap=var(--pa-space-m)] - Space between cards.
 */
export class PaResults extends LitElement {
  static override styles = resultsStyles;

  private readonly i18n = new LocalizeController(this);
  private readonly data = new StoreController(
    this,
    latest((s) => [s.result, s.dataset, s.status, s.view.page]),
    // Out of view (a visitor filtering with the map above it), the cards update after the frame, not in it.
    { offscreen: 'after-paint' },
  );

  /** `list` (one column) or `grid` (as many columns of at least `--pa-results-min-column` as fit). */
  @property({ reflect: true })
  layout: 'list' | 'grid' = 'list';

  /** `more` (a "Load more" button), `pages` (page navigation) or `all` (every result, scrolling). */
  @property({ reflect: true })
  paging: PagingMode = 'more';

  /** Results per page (or per "Load more"). */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 24;

  /** Heading level of each card's title. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel = 3;

  /** Hides the "Details" link of each card. */
  @property({ type: Boolean, attribute: 'no-details' })
  noDetails = false;

  /** The items rendered: [start, end) of the shown results. */
  @state() private range = { start: 0, end: 0 };
  @state() private columns = 1;
  @state() private printing = false;
  /** Characters of description each compact card keeps: what fills its two lines at the column width. */
  @state() private excerptLength = EXCERPT_LENGTH;

  private itemHeight = 272;
  /** The search terms to highlight (kept as the same array while they do not change). */
  private terms: readonly string[] = [];
  /** Top of the list relative to the viewport, as last measured. */
  private listTop = 0;
  private minColumn = 272;
  private gap = 16;
  private model?: ResultsModel;
  private frame = 0;
  private observedWidth = -1;
  private observedProbe?: HTMLElement;
  private settleFrame = 0;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private measurePending = false;
  private resizeObserver?: ResizeObserver;
  private focusIndex = -1;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    // Measured in the next frame: changing the layout inside a ResizeObserver callback would loop. The host's
    // height follows the number of results, which needs no measuring: only its width and the probe (the item size,
    // which follows the font size) count.
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const host = entries.find((e) => e.target === this);
      const relevant =
        entries.some((e) => e.target !== this) || (!!host && host.contentRect.width !== this.observedWidth);
      if (host) this.observedWidth = host.contentRect.width;
      if (!relevant || this.measurePending) return;
      this.measurePending = true;
      soon(() => {
        this.measurePending = false;
        if (this.isConnected) this.measure();
      });
    });
    this.resizeObserver.observe(this);
    if (this.observedProbe) this.resizeObserver.observe(this.observedProbe);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    cancelAnimationFrame(this.settleFrame);
    clearTimeout(this.settleTimer);
  }

  /** Renders every result (up to 2,000) for printing; `window.print()` right after prints them all. */
  preparePrint(): void {
    this.printing = true;
    this.performUpdate();
  }

  private readonly onBeforePrint = () => this.preparePrint();
  private readonly onAfterPrint = () => {
    this.printing = false;
  };

  private readonly onScroll = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.updateWindow();
    });
  };

  /** Reads the item height, column width and gap from CSS (they are in rem, so they follow the font size). */
  private measure(): void {
    const probe = this.renderRoot.querySelector<HTMLElement>('.probe');
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    if (probe) {
      this.itemHeight = probe.offsetHeight || this.itemHeight;
      this.minColumn = probe.offsetWidth || this.minColumn;
    }
    if (list) this.gap = parseFloat(getComputedStyle(list).rowGap) || 0;
    const columns = this.layout === 'grid' ? columnsFor(this.clientWidth, this.minColumn, this.gap) : 1;
    if (columns !== this.columns) this.columns = columns;
    // The card's padding and border take about 2.5rem of the column.
    const column = (this.clientWidth - this.gap * (columns - 1)) / columns;
    const excerptLength = excerptLengthFor(column - 2.5 * (parseFloat(getComputedStyle(this).fontSize) || 16));
    if (excerptLength !== this.excerptLength) this.excerptLength = excerptLength;
    this.updateWindow();
  }

  /**
   * Recomputes which items to render from the list's position in the viewport (reads layout: call it in a frame).
   * With `overscan` 0 it only adds the visible rows that are missing (it never drops the overscan rows).
   */
  private updateWindow(overscan = OVERSCAN): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    if (list) this.listTop = list.getBoundingClientRect().top;
    const w = this.window(overscan);
    if (!w || (overscan === 0 && w.start >= this.range.start && w.end <= this.range.end)) return;
    if (w.start !== this.range.start || w.end !== this.range.end) this.range = w;
  }

  /**
   * After the results changed (visible rows only): in the next frame, adds visible rows if the list moved; once
   * the visitor pauses (150 ms without a change), adds the overscan rows.
   */
  private settle(): void {
    cancelAnimationFrame(this.settleFrame);
    clearTimeout(this.settleTimer);
    this.settleFrame = requestAnimationFrame(() => this.updateWindow(0));
    this.settleTimer = setTimeout(() => this.updateWindow(), 150);
  }

  /** The items to render for the last known list position. */
  private window(overscan: number): { start: number; end: number } | undefined {
    const m = this.model;
    if (!m) return undefined;
    const { start, end } = computeWindow({
      count: m.count,
      columns: this.columns,
      pitch: this.itemHeight + this.gap,
      listTop: this.listTop,
      viewportHeight: window.innerHeight || 800,
      overscan,
    });
    return { start, end };
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const state = this.data.state;
    const store = this.data.store;
    const previous = this.model;
    this.model = state && store ? connectResults(state, store, this.paging, this.pageSize) : undefined;
    const m = this.model;
    if (!m) return;
    // The same terms keep the same array, so that cards whose partnership did not change do not re-render.
    const terms = m.terms;
    if (terms.length !== this.terms.length || terms.some((t, i) => t !== this.terms[i])) this.terms = terms;
    // When the results changed, only the visible rows render in this frame (the overscan rows follow when the
    // visitor pauses), from the last known list position: reading the layout here would force a layout of the whole
    // page in the middle of the other widgets' updates. The next frame corrects it if the list moved.
    // "Load more" changes only the count: the rows it adds (the first of which takes the focus) render now too.
    if (
      !previous ||
      previous.hits !== m.hits ||
      previous.offset !== m.offset ||
      previous.count !== m.count ||
      this.range.end > m.count
    ) {
      this.range = this.window(this.focusIndex >= 0 ? OVERSCAN : 0)!;
      this.settle();
    }
  }

  protected override firstUpdated(): void {
    // Right after this first update (it reads the layout and may change the columns): not inside it.
    void this.updateComplete.then(() => this.isConnected && this.measure());
  }

  protected override updated(): void {
    const probe = this.renderRoot.querySelector<HTMLElement>('.probe') ?? undefined;
    if (probe !== this.observedProbe) {
      if (this.observedProbe) this.resizeObserver?.unobserve(this.observedProbe);
      if (probe) this.resizeObserver?.observe(probe);
      this.observedProbe = probe;
    }
    if (this.focusIndex >= 0) {
      const index = this.focusIndex;
      const link = this.renderRoot.querySelector<HTMLElement>(`li[data-index="${index}"] .details`);
      // A remote source's next page is still on its way: focus its first card when it arrives.
      if (!link && this.model?.pending) return;
      this.focusIndex = -1;
      if (link) focusWhenShown(link);
    }
  }

  private select(e: MouseEvent, id: string): void {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // new tab/window: let it go
    e.preventDefault();
    this.model?.select(id);
  }

  private loadMore(): void {
    const m = this.model;
    if (!m) return;
    this.focusIndex = m.count;
    m.loadMore();
  }

  private goTo(page: number): void {
    this.model?.goTo(page);
    void this.updateComplete.then(() => {
      const section = this.renderRoot.querySelector<HTMLElement>('section');
      section?.focus({ preventScroll: true });
      section?.scrollIntoView({ block: 'start' });
    });
  }

  /**
   * Moves the focus to the results: to the "Details" link of partnership `id` when its card is shown, else to the
   * list itself (a screen reader says "Results"). `pa-directory` calls it when the control that had the focus went
   * away (a filter chip removed, a detail opened from a link closed). Resolves `false` when nothing matches (the list
   * is hidden) and the focus did not move.
   */
  async focusResults(id?: string): Promise<boolean> {
    await this.updateComplete;
    const href = id === undefined ? undefined : `#pa-partnership=${encodeURIComponent(id)}`;
    const link = href
      ? [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('a.details')].find(
          (a) => a.getAttribute('href') === href,
        )
      : undefined;
    const section = this.renderRoot.querySelector<HTMLElement>('section');
    const target = link ?? (section && !section.hidden ? section : undefined);
    if (target) focusInView(target);
    return !!target;
  }

  /** The items last shown: kept (hidden) while nothing matches, so that the next results reuse their cards. */
  private keptItems?: Array<{ p: Partnership; i: number }>;

  override render() {
    const m = this.model;
    const t = this.i18n;
    const probe = html`<div class="probe" aria-hidden="true"></div>`;
    if (!m) return probe;
    if (!m.ready) {
      if (m.status !== 'loading' && m.status !== 'idle') return probe;
      return html`${probe}
        <section part="results" aria-busy="true" aria-label=${t.t('directory.results')}>
          <div class="skeletons" style=${cssProps({ '--_cols': String(this.columns) })}>
            ${[0, 1, 2].map(() => html`<pa-card loading layout="compact"></pa-card>`)}
          </div>
        </section>`;
    }
    // Nothing matches: the cards stay, hidden, to show the next results (creating cards anew costs a frame or two;
    // "no match, then a match" is common while typing). Nobody sees or hears them: the section is not rendered.
    if (m.count === 0 && !this.keptItems) return probe;
    const pitch = this.itemHeight + this.gap;
    const rows = Math.ceil(m.count / this.columns);
    let start = this.range.start;
    let end = Math.min(this.range.end, m.count);
    if (this.printing) {
      start = 0;
      end = Math.min(m.count, PRINT_LIMIT);
    }
    const firstRow = Math.floor(start / this.columns);
    const lastRow = Math.ceil(end / this.columns);
    const before = this.printing ? 0 : firstRow * pitch;
    const after = this.printing ? 0 : Math.max(0, (rows - lastRow) * pitch);
    let items: Array<{ p: Partnership; i: number }> = [];
    for (let i = start; i < end; i++) items.push({ p: m.at(i), i });
    const none = m.count === 0;
    if (none) items = this.keptItems ?? [];
    else this.keptItems = items;
    const dataset = m.dataset;
    return html`${probe}
      <section part="results" tabindex="-1" aria-label=${t.t('directory.results')} ?hidden=${none}>
        <ul
          part="list"
          class="list"
          role="list"
          style=${cssProps({ '--_cols': String(this.columns), '--_before': `${before}px`, '--_after': `${after}px` })}
        >
          ${repeat(
            items,
            // Keyed by position: when the results change, the cards already in place show the new partnerships
            // (a property change each) instead of being removed and created again; scrolling keeps the cards that
            // stay in view.
            (it) => it.i,
            ({ p, i }) =>
              html`<li part="item" data-index=${i} aria-setsize=${m.total} aria-posinset=${m.offset + i + 1}>
                <pa-card
                  part="card"
                  layout="compact"
                  heading-level=${this.headingLevel}
                  .excerptLength=${this.excerptLength}
                  .partnership=${p}
                  .institutions=${dataset?.institutionById}
                  .home=${dataset?.meta.home}
                  .partnershipTypes=${dataset?.meta.types}
                  .terms=${this.terms}
                >
                  ${
                    this.noDetails
                      ? nothing
                      : html`<a
                          slot="actions"
                          part="details"
                          class="details"
                          href="#pa-partnership=${encodeURIComponent(p.id)}"
                          @click=${(e: MouseEvent) => this.select(e, p.id)}
                          >${t.t('directory.details')}<span class="visually-hidden"
                            >: ${localText(t, p.title).text || p.id}</span
                          ></a
                        >`
                  }
                </pa-card>
              </li>`,
          )}
        </ul>
        ${
          m.moreCount > 0
            ? html`<button part="more" class="button more" type="button" @click=${this.loadMore}>
                ${t.t('directory.loadMoreCount', { count: m.moreCount })}
              </button>`
            : nothing
        }
        ${this.paging === 'pages' && m.pages > 1 ? this.renderPages(m) : nothing}
      </section>`;
  }

  private renderPages(m: ResultsModel) {
    const t = this.i18n;
    return html`<nav part="pagination" aria-label=${t.t('directory.pagination')}>
      <ul role="list">
        <li>
          <button class="button" type="button" ?disabled=${m.page === 0} @click=${() => this.goTo(m.page - 1)}>
            ${t.t('directory.previousPage')}
          </button>
        </li>
        <li aria-current="page">${t.t('directory.page', { page: m.page + 1, pages: m.pages })}</li>
        <li>
          <button class="button" type="button" ?disabled=${m.page >= m.pages - 1} @click=${() => this.goTo(m.page + 1)}>
            ${t.t('directory.nextPage')}
          </button>
        </li>
      </ul>
    </nav>`;
  }
}

/**
 * Focuses an element once it is laid out: a new card shows its slotted "Details" link only after it has rendered
 * (a frame or two later). Gives up after a few frames.
 */
function focusWhenShown(el: HTMLElement, frames = 6): void {
  if (!el.isConnected) return;
  if (el.getClientRects().length > 0 || frames === 0) el.focus();
  else requestAnimationFrame(() => focusWhenShown(el, frames - 1));
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-results': PaResults;
  }
}
