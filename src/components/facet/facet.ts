import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocalizeController } from '../../i18n/localize.js';
import { StoreController } from '../../state/store-controller.js';
import { latest } from '../../state/select.js';
import { normalise } from '../../state/engine/normalise.js';
import { FACETS, type FacetName } from '../../state/types.js';
import { connectFacet, type FacetModel } from './facet.connector.js';
import { facetName, facetValueLabel } from './facet-labels.js';
import { facetStyles } from './facet.styles.js';
import { focusInView } from '../../internal/focus.js';

let uid = 0;

/**
 * A filter for one facet (country, type, field, level...): a list of checkboxes with counts, "show more", and a
 * search inside long lists; or, with `variant="select"`, a compact drop-down that selects one value. Counts follow
 * the query and the other facets' selections. Several values of one facet combine with OR, facets with AND.
 *
 * A facet outside the viewport (below the fold, or scrolled out of view in a drawer) updates its counts in a task
 * after the frame that shows a change, not in that frame: the results a visitor is looking at are not delayed by
 * counts nobody sees. It is current a frame later, and at once when it comes into view.
 *
 * @tag pa-facet
 * @summary Filter by one facet, with counts.
 * @attribute {string} for - The id of a store-providing element (`pa-data`, `pa-directory`) elsewhere on the page,
 *   for an element not nested inside one (like `<label for>`). Nested elements use their provider's store.
 *
 * @csspart group - The fieldset (list variant) or label (select variant).
 * @csspart legend - The facet's name.
 * @csspart search - The search input inside long lists.
 * @csspart list - The list of values.
 * @csspart item - One value (its label).
 * @csspart count - The count of one value.
 * @csspart more - The "show more" / "show fewer" button.
 * @csspart select - The drop-down of the select variant.
 */
export class PaFacet extends LitElement {
  static override styles = facetStyles;

  private readonly i18n = new LocalizeController(this);
  private readonly data = new StoreController(
    this,
    latest((s) => [s.result, s.view.filters, s.dataset]),
    // Counts change on every keystroke: a facet off screen updates after the frame that shows the results.
    { offscreen: 'after-paint' },
  );

  /** Which facet: `country`, `region`, `type`, `field`, `level`, `status`, `programme`, `language` or `kind`. */
  @property({ reflect: true })
  facet: FacetName = 'country';

  /** The label; defaults to the facet's name in the visitor's language. */
  @property()
  label?: string;

  /** `list` (checkboxes) or `select` (a compact drop-down choosing one value). */
  @property({ reflect: true })
  variant: 'list' | 'select' = 'list';

  /**
   * Values shown before "show more". A list at most two values longer shows whole ("Show 2 more" would take a line
   * to save one).
   */
  @property({ type: Number })
  limit = 8;

  /**
   * Offers a search inside the list; by default when the facet has more than `searchable-from` values.
   * Set `searchable="false"` to never offer it.
   */
  @property({ attribute: 'searchable' })
  searchable: 'auto' | 'true' | 'false' = 'auto';

  /** With `searchable="auto"`, how many values make a list long enough to search. */
  @property({ type: Number, attribute: 'searchable-from' })
  searchableFrom = 15;

  /** Order of values: `count` (most partnerships first) or `label` (alphabetical in the visitor's language). */
  @property()
  order: 'count' | 'label' = 'count';

  @state() private expanded = false;
  @state() private filter = '';
  /** What the live region says about a search inside the list ("3 matching values"), once typing pauses. */
  @state() private heard = '';
  private heardTimer?: ReturnType<typeof setTimeout>;
  /** After "show more": the index of the first value it revealed, which takes the focus. */
  private revealFrom = -1;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.heardTimer);
  }

  /** A search inside the list changed: its result is said politely once typing pauses (not on every key). */
  private searchList(text: string): void {
    this.filter = text;
    clearTimeout(this.heardTimer);
    this.heard = '';
    if (!text.trim()) return;
    this.heardTimer = setTimeout(() => {
      const n = this.model()?.matching ?? 0;
      this.heard = n ? this.i18n.t('directory.matchingValues', { count: n }) : this.i18n.t('directory.noValues');
    }, 600);
  }

  private toggleMore(shown: number): void {
    this.expanded = !this.expanded;
    // The values it reveals come before the button: the first of them takes the focus, as the visitor reads on.
    this.revealFrom = this.expanded ? shown : -1;
  }

  protected override updated(): void {
    if (this.revealFrom < 0) return;
    const box = this.renderRoot.querySelectorAll<HTMLInputElement>('li input')[this.revealFrom];
    this.revealFrom = -1;
    if (box) focusInView(box);
  }

  private readonly idPrefix = `pa-facet-${++uid}`;

  private model(): FacetModel | undefined {
    const state = this.data.state;
    const store = this.data.store;
    if (!state || !store || !(FACETS as readonly string[]).includes(this.facet)) return undefined;
    const dataset = state.dataset;
    const labels = new Map<string, string>();
    const label = (value: string) => {
      let l = labels.get(value);
      if (l === undefined) labels.set(value, (l = facetValueLabel(this.facet, value, this.i18n, dataset)));
      return l;
    };
    if (this.order === 'label') {
      const values = (state.result?.facets[this.facet] ?? []).map((v) => v.value);
      this.rank([...values, ...(state.view.filters[this.facet] ?? [])].map(label));
    }
    return connectFacet(state, store, this.facet, {
      limit: this.limit,
      expanded: this.expanded,
      filter: this.filter,
      label,
      normalise,
      order: this.order,
      compare: this.compareLabels,
    });
  }

  /** Rank of each label in the visitor's alphabetical order, for `order="label"` (sorted once per language). */
  private ranks = new Map<string, number>();
  private ranksLang = '';

  /** Ranks `labels` (with every label ranked before) alphabetically, unless all of them already have a rank. */
  private rank(labels: readonly string[]): void {
    if (this.ranksLang !== this.i18n.lang) {
      this.ranksLang = this.i18n.lang;
      this.ranks = new Map();
    }
    if (labels.every((l) => this.ranks.has(l))) return;
    const sorted = [...new Set([...this.ranks.keys(), ...labels])].sort(this.i18n.compare);
    this.ranks = new Map(sorted.map((l, i) => [l, i]));
  }

  private readonly compareLabels = (a: string, b: string): number =>
    (this.ranks.get(a) ?? 0) - (this.ranks.get(b) ?? 0) || this.i18n.compare(a, b);

  override render() {
    const name = this.label ?? facetName(this.facet, this.i18n);
    // The first answer of a large dataset comes before its facet counts (a frame later): hold the place, calmly.
    if (this.data.state?.result?.partial) return this.renderPending(name);
    const model = this.model();
    if (!model || !model.canRefine) return nothing;
    return this.variant === 'select' ? this.renderSelect(model, name) : this.renderList(model, name);
  }

  private renderPending(name: string) {
    const rows = Math.min(this.limit, 5);
    return html`<fieldset part="group" aria-busy="true">
      <legend part="legend">${name}</legend>
      <ul part="list" role="list" class="pending" aria-hidden="true">
        ${Array.from({ length: rows }, () => html`<li><span class="bone"></span></li>`)}
      </ul>
    </fieldset>`;
  }

  private renderSelect(model: FacetModel, name: string) {
    const current = model.selected[0] ?? '';
    return html`<label part="group" class="select-label"
      ><span part="legend">${name}</span>
      <select
        part="select"
        .value=${live(current)}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          model.set(value ? [value] : []);
        }}
      >
        <option value="" ?selected=${current === ''}>${this.i18n.t('directory.allValues')}</option>
        ${model.all
          .filter((v) => v.count > 0 || v.selected)
          .map(
            (v) =>
              html`<option value=${v.value} ?selected=${v.value === current}>
                ${v.label} (${this.i18n.number(v.count)})
              </option>`,
          )}
      </select></label
    >`;
  }

  private renderList(model: FacetModel, name: string) {
    const visible = model.items;
    const searchable =
      this.searchable === 'true' || (this.searchable === 'auto' && model.all.length > this.searchableFrom);
    const listId = `${this.idPrefix}-list`;
    return html`<fieldset part="group">
      <legend part="legend">${name}</legend>
      <div class="body">
        ${
          searchable
            ? html`<input
                  part="search"
                  class="input"
                  type="search"
                  autocomplete="off"
                  aria-label=${this.i18n.t('directory.filterValues', { facet: name })}
                  placeholder=${this.i18n.t('directory.filterPlaceholder')}
                  aria-controls=${listId}
                  .value=${live(this.filter)}
                  @input=${(e: InputEvent) => this.searchList((e.target as HTMLInputElement).value)}
                  @keydown=${(e: KeyboardEvent) => {
                    if (e.key === 'Escape' && this.filter) {
                      e.preventDefault();
                      e.stopPropagation();
                      this.searchList('');
                    }
                  }}
                /><span class="visually-hidden" role="status">${this.heard}</span>`
            : nothing
        }
        <ul part="list" id=${listId} role="list">
          ${visible.map(
            (v) =>
              html`<li>
                <label part="item">
                  <input
                    type="checkbox"
                    .checked=${live(v.selected)}
                    @change=${() => model.toggle(v.value)}
                    value=${v.value}
                  />
                  <span class="value"><bdi>${v.label}</bdi></span>
                  <span part="count" class="count"
                    ><span class="visually-hidden">(</span>${this.i18n.number(v.count)}<span class="visually-hidden"
                      >)</span
                    ></span
                  >
                </label>
              </li>`,
          )}
        </ul>
        ${visible.length === 0 ? html`<p class="empty">${this.i18n.t('directory.noValues')}</p>` : nothing}
        ${
          model.canToggleShowMore
            ? html`<button
                part="more"
                class="link-button more"
                type="button"
                aria-expanded=${this.expanded ? 'true' : 'false'}
                aria-controls=${listId}
                @click=${() => this.toggleMore(visible.length)}
              >
                ${
                  this.expanded
                    ? this.i18n.t('directory.showFewerValues')
                    : this.i18n.t('directory.showMoreValues', { count: model.hiddenCount })
                }
              </button>`
            : nothing
        }
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-facet': PaFacet;
  }
}
