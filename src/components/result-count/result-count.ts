import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, type TranslationKey } from '../../i18n/localize.js';
import { StoreController } from '../../state/store-controller.js';
import { latest } from '../../state/select.js';
import type { QueryState } from '../../state/types.js';
import { tokenStyles } from '../../styles/tokens.js';
import { connectResultCount, describeChange } from './result-count.connector.js';
import { facetName, facetValueLabel } from '../facet/facet-labels.js';

/**
 * The number of matching partnerships ("128 partnerships"), and a polite live region that tells screen-reader users
 * what changed after each search or filter change ("Country: France selected. 12 partnerships match.").
 *
 * @tag pa-result-count
 * @summary Result count, announced politely to screen readers.
 * @attribute {string} for - The id of a store-providing element (`pa-data`, `pa-directory`) elsewhere on the page,
 *   for an element not nested inside one (like `<label for>`). Nested elements use their provider's store.
 *
 * @csspart count - The visible count.
 * @csspart status - The live region (visually hidden).
 */
export class PaResultCount extends LitElement {
  static override styles = [
    tokenStyles,
    css`
      :host {
        display: block;
      }
      p {
        margin: 0;
        font-weight: 600;
      }
    `,
  ];

  private readonly i18n = new LocalizeController(this);
  private readonly data = new StoreController(
    this,
    latest((s) => [s.result, s.status, s.view, s.dataset, s.querying]),
  );

  /** Leaves out the visible count (keeps only the announcements), e.g. when a heading already shows it. */
  @property({ type: Boolean, attribute: 'announce-only' })
  announceOnly = false;

  /** The text last announced. */
  @state() private announcement = '';
  private lastView?: QueryState;
  private lastTotal = -1;
  private lastReady = false;

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const st = this.data.state;
    if (!st) return;
    const m = connectResultCount(st);
    // Not ready, or the view's answer is still on its way (a remote server, or the index being built): the count on
    // screen is the previous view's, so nothing is announced until the answer comes.
    if (!m.ready || st.querying) return;
    const view = st.view;
    if (view === this.lastView && m.total === this.lastTotal && this.lastReady) return;
    // An announce-only count (the phone drawer's) starts from what the page already said: opening the drawer says
    // nothing, its changes do.
    if (!this.lastReady && this.announceOnly) {
      this.lastView = view;
      this.lastTotal = m.total;
      this.lastReady = true;
      return;
    }
    const change = this.lastReady ? describeChange(this.lastView, view) : { kind: 'none' as const };
    // Nothing visible changed (e.g. a detail opened): no announcement.
    if (this.lastReady && change.kind === 'none' && m.total === this.lastTotal) {
      this.lastView = view;
      return;
    }
    const t = this.i18n;
    const count = m.total === 0 ? t.t('directory.announceNone') : t.t('directory.announceResults', { count: m.total });
    let prefix = '';
    if (change.kind === 'added' || change.kind === 'removed') {
      const name = facetName(change.facet, t);
      const value = facetValueLabel(change.facet, change.value, t, st.dataset);
      prefix = t.t(change.kind === 'added' ? 'directory.announceFilterAdded' : 'directory.announceFilterRemoved', {
        facet: name,
        value,
      });
    } else if (change.kind === 'cleared') {
      prefix = t.t('directory.announceCleared');
    } else if (change.kind === 'sort') {
      prefix = t.t('directory.announceSorted', { sort: t.t(`directory.sorts.${view.sort}` as TranslationKey) });
    }
    const text = prefix ? `${prefix} ${count}` : count;
    // A live region whose text does not change is not read again: the same words a second time (another query with
    // as many results) end with a no-break space, alternately, so that they are heard.
    this.announcement =
      text === this.announcement.trimEnd() && !this.announcement.endsWith('\u00a0') ? `${text}\u00a0` : text;
    this.lastView = view;
    this.lastTotal = m.total;
    this.lastReady = true;
  }

  override render() {
    const st = this.data.state;
    const m = st ? connectResultCount(st) : undefined;
    const t = this.i18n;
    const visible =
      !m || !m.ready
        ? ''
        : m.total === 0
          ? t.t('directory.resultCountNone')
          : t.t('directory.resultCount', { count: m.total });
    return html`${this.announceOnly || !visible ? nothing : html`<p part="count">${visible}</p>`}
      <div part="status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-result-count': PaResultCount;
  }
}
