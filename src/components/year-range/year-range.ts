import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocalizeController } from '../../i18n/localize.js';
import { StoreController } from '../../state/store-controller.js';
import { latest } from '../../state/select.js';
import type { QueryState } from '../../state/types.js';
import { connectYearRange, type YearInput, type YearProblem, type YearRangeModel } from './year-range.connector.js';
import { yearRangeStyles } from './year-range.styles.js';

let uid = 0;

/**
 * Filters the partnerships by years: two number inputs, "From year" and "To year", bounded by the first and last
 * years of the data. It keeps the partnerships active at some time in the range (started by its end, not ended
 * before its start); either end may stay empty. A year applies when the visitor commits it (Enter, leaving the
 * input, or the input's arrows), never on each keystroke of an unfinished year. A year that is not a number, is
 * outside the data's years, or a "to" before the "from" is not applied: a hint says why (announced politely) and the
 * results stay as they were. Escape puts back the range in force; "Reset years" removes it.
 *
 * Renders nothing when no partnership has a date (and no range is set).
 *
 * @tag pa-year-range
 * @summary Year range filter (active during some year of [from, to]).
 * @attribute {string} for - The id of a store-providing element (`pa-data`, `pa-directory`) elsewhere on the page,
 *   for an element not nested inside one (like `<label for>`). Nested elements use their provider's store.
 *
 * @csspart group - The fieldset holding everything.
 * @csspart legend - The group's name ("Years").
 * @csspart help - The line that says which years the data covers.
 * @csspart field - The box of one input and its label.
 * @csspart label - The label of an input.
 * @csspart input - Each of the two number inputs (also `from` or `to`: `::part(input from)`).
 * @csspart from - The "From year" input.
 * @csspart to - The "To year" input.
 * @csspart hint - The polite live region that explains why typed years were not applied (empty otherwise).
 * @csspart reset - The "Reset years" button (shown while a range is set or typed).
 */
export class PaYearRange extends LitElement {
  static override styles = yearRangeStyles;

  private readonly i18n = new LocalizeController(this);
  private readonly data = new StoreController(
    this,
    latest((s) => [s.view.years, s.dataset, s.status]),
  );

  /** The group's name; defaults to "Years" in the visitor's language. */
  @property()
  label?: string;

  /** Hides the line that says which years the data covers. */
  @property({ type: Boolean, attribute: 'hide-help', reflect: true })
  hideHelp = false;

  /** The texts in the inputs while they differ from the range in force (a year not yet valid). */
  @state() private draft?: { from: string; to: string };
  /** Why the typed years were not applied. */
  @state() private problem?: YearProblem;

  private readonly ids = `pa-years-${++uid}`;
  private lastYears?: QueryState['years'] | null = null;
  private model?: YearRangeModel;

  /** Moves focus to the "From year" input. */
  override focus(options?: FocusOptions): void {
    this.input('from')?.focus(options);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const s = this.data.state;
    const store = this.data.store;
    this.model = s && store ? connectYearRange(s, store) : undefined;
    // The range changed elsewhere (a chip removed, Back, another widget): what was typed no longer applies.
    const years = s?.view.years;
    if (this.lastYears !== null && years !== this.lastYears) {
      this.draft = undefined;
      this.problem = undefined;
    }
    this.lastYears = years;
  }

  private input(field: 'from' | 'to'): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${this.ids}-${field}`);
  }

  private read(field: 'from' | 'to'): YearInput {
    const input = this.input(field);
    return { text: input?.value ?? '', bad: input?.validity.badInput ?? false };
  }

  /** Applies both inputs (after a change or Enter in `field`). */
  private commit(field: 'from' | 'to'): void {
    const m = this.model;
    if (!m) return;
    const from = this.read('from');
    const to = this.read('to');
    const problem = m.commit(from, to, field);
    this.problem = problem;
    this.draft = problem ? { from: from.text, to: to.text } : undefined;
  }

  /** Puts the range in force back into the inputs. */
  private revert(): void {
    const m = this.model;
    this.draft = undefined;
    this.problem = undefined;
    // Set directly: an input holding text the browser cannot read as a number reports "" as its value.
    const from = this.input('from');
    const to = this.input('to');
    if (from) from.value = m?.from !== undefined ? String(m.from) : '';
    if (to) to.value = m?.to !== undefined ? String(m.to) : '';
  }

  private reset(): void {
    this.revert();
    for (const field of ['from', 'to'] as const) {
      const input = this.input(field);
      if (input) input.value = '';
    }
    this.model?.reset();
    this.focus();
  }

  private onKeydown(e: KeyboardEvent, field: 'from' | 'to'): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      this.commit(field);
    } else if (e.key === 'Escape' && (this.draft || this.problem)) {
      e.preventDefault();
      e.stopPropagation();
      this.revert();
    }
  }

  private problemText(problem: YearProblem | undefined, m: YearRangeModel): string {
    if (!problem) return '';
    const t = this.i18n;
    switch (problem.kind) {
      case 'number':
        return t.t('directory.yearsNotNumber', { example: String(m.bounds?.max ?? new Date().getFullYear()) });
      case 'range':
        return t.t('directory.yearsOutOfRange', { min: String(m.bounds?.min), max: String(m.bounds?.max) });
      case 'order':
        return t.t('directory.yearsOrder');
    }
  }

  private renderField(field: 'from' | 'to', m: YearRangeModel) {
    const t = this.i18n;
    const id = `${this.ids}-${field}`;
    const value = this.draft ? this.draft[field] : m[field] !== undefined ? String(m[field]) : '';
    const invalid = this.problem?.field === field;
    const describedBy = [this.hideHelp || !m.bounds ? '' : `${this.ids}-help`, `${this.ids}-hint`]
      .filter(Boolean)
      .join(' ');
    return html`<div part="field" class="field">
      <label part="label" for=${id}>${t.t(field === 'from' ? 'directory.yearFrom' : 'directory.yearTo')}</label>
      <input
        part="input ${field}"
        class="input"
        id=${id}
        type="number"
        inputmode="numeric"
        step="1"
        autocomplete="off"
        enterkeyhint="done"
        min=${m.bounds?.min ?? nothing}
        max=${m.bounds?.max ?? nothing}
        .value=${live(value)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @change=${() => this.commit(field)}
        @keydown=${(e: KeyboardEvent) => this.onKeydown(e, field)}
      />
    </div>`;
  }

  override render() {
    const m = this.model;
    if (!m || !m.ready || (!m.bounds && !m.active)) return nothing;
    const t = this.i18n;
    return html`<fieldset part="group">
      <legend part="legend">${this.label ?? t.t('directory.years')}</legend>
      ${
        this.hideHelp || !m.bounds
          ? nothing
          : html`<p part="help" class="help" id="${this.ids}-help">
              ${t.t('directory.yearsHelp', { min: String(m.bounds.min), max: String(m.bounds.max) })}
            </p>`
      }
      <div class="fields">${this.renderField('from', m)} ${this.renderField('to', m)}</div>
      <p part="hint" class="hint" id="${this.ids}-hint" role="status" aria-live="polite" aria-atomic="true">
        ${this.problemText(this.problem, m)}
      </p>
      ${
        m.active || this.draft
          ? html`<button part="reset" class="link-button reset" type="button" @click=${() => this.reset()}>
              ${t.t('directory.yearsReset')}
            </button>`
          : nothing
      }
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-year-range': PaYearRange;
  }
}
