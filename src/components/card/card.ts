import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Directive, directive, type ChildPart, type DirectiveResult } from 'lit/directive.js';
import type {
  Contact,
  Dataset,
  DatasetMeta,
  Institution,
  Link,
  Partnership,
  PartnershipInput,
  PartnershipTypeInput,
  Texts,
} from '../../data/model.js';
import type { Finding } from '../../data/check.js';
import { StoreController } from '../../state/store-controller.js';
import { latest } from '../../state/select.js';
import { LocalizeController, type TranslationKey } from '../../i18n/localize.js';
import { cardStyles } from './card.styles.js';
import type { Normaliser } from './highlight.js';
import { highlighter, loadHighlighter } from './highlighter.js';
import { displayUrl, mailtoHref, safeHref } from './safe-url.js';
import {
  type CardData,
  type InstitutionLookup,
  type ResolvedPartner,
  cardData,
  humanise,
  isBuiltInType,
  LONG_DESCRIPTION,
  excerpt,
  EXCERPT_LENGTH,
  nativeName,
  resolvePartners,
} from './card-model.js';
// Highlighting uses the search engine's own normaliser, so highlighted words are exactly the words it matched.
import { normalise as engineNormalise } from '../../state/engine/normalise.js';
import { localText, memo } from './memo.js';
import { facetValueLabel } from '../facet/facet-labels.js';

export type CardLayout = 'compact' | 'full';

let uid = 0;

/**
 * Renders a data text as it is and files its part in `parts`: the card finds there, once rendered, the text nodes in
 * which to mark matched words (see `PaCard.updated`).
 */
class MatchableText extends Directive {
  render(text: string, _parts: ChildPart[]): string {
    return text;
  }

  override update(part: ChildPart, [text, parts]: [string, ChildPart[]]): string {
    parts.push(part);
    return text;
  }
}
const matchable = directive(MatchableText);

/** Reports problems of a card's own data in the console, as the loader does for a file (the words load only then). */
async function report(findings: readonly Finding[], source: string): Promise<void> {
  const { ProblemLog, reportProblems } = await import('../../data/report.js');
  reportProblems(new ProblemLog(source).addFindings(findings).problems, source);
}

/**
 * A partnership card: the title; every partner institution with its name in the visitor's language (and the
 * native-script name beside it where the data has one), city and country; the type, fields, levels, dates, status,
 * programme, places, the description (clamped, expandable), links and contacts.
 *
 * Give it a `partnership` and an `institutions` lookup (inside a directory the results pass both), or a
 * `partnership-id` and a store: nested in `<pa-data>` (or `<pa-directory>`), or `for="<id of a pa-data>"`.
 * Used alone, it takes them as a data file has them and checks them as the loader checks a file: each problem is
 * reported once in the console (source `pa-card`, or `pa-card#<id>`), every valid part is shown, and a partnership
 * that cannot be shown (no id, title, type or two known partners) shows nothing.
 * Names and texts from the data are rendered as text, never as HTML; only http(s) and mailto links are followed.
 *
 * @tag pa-card
 * @summary Shows one partnership, alone or inside a directory.
 *
 * @slot actions - Extra actions shown at the end of the card (buttons, links).
 *
 * @csspart card - The card's outer box.
 * @csspart header - The box holding the title, type and status.
 * @csspart title - The partnership title.
 * @csspart status - The status badge (also `status-active`, `status-planned`, `status-ended`).
 * @csspart partners - The list of partner institutions.
 * @csspart partner - One partner institution.
 * @csspart meta - The type, fields, levels, dates, programme and places.
 * @csspart description - The description text.
 * @csspart toggle - The "Read more" button of a long description.
 * @csspart links - The list of links.
 * @csspart contacts - The list of contacts.
 * @csspart actions - The box around the `actions` slot.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssproperty [--pa-card-background=var(--pa-color-surface)] - Card background.
 * @cssproperty [--pa-card-color=var(--pa-color-text)] - Card text colour.
 * @cssproperty [--pa-card-radius=var(--pa-radius)] - Corner radius.
 * @cssproperty [--pa-card-border=1px solid var(--pa-color-border)] - Card border.
 * @cssproperty [--pa-card-padding=var(--pa-space-m)] - Inner spacing.
 * @cssproperty [--pa-card-description-lines=3] - Lines of description shown before "Read more".
 */
export class PaCard extends LitElement {
  static override styles = cardStyles;

  private readonly i18n = new LocalizeController(this);

  /**
   * The id of a partnership to show from the store the card is connected to (nested in `pa-data` or `pa-directory`,
   * or `for="<id>"`); the store's dataset then also names the partners. Ignored when `partnership` is set.
   */
  @property({ attribute: 'partnership-id' })
  partnershipId?: string;

  /**
   * The partnership to show: one of a dataset's partnerships (used as it is), or a partnership as a data file has it
   * (`docs/data-format.md`: `title` a text or `{ "en": … }`, `partners` ids or `{ id, role }`, `fields`, dates…),
   * which is checked and normalised first, its problems reported in the console.
   */
  @property({ attribute: false })
  partnership?: Partnership | PartnershipInput;

  /**
   * The institutions that name the partners: a dataset's `institutionById` (used as it is), or records as a data file
   * has them (the library's shape or ROR records, each with its `id`) or a dataset's institutions, as a list, a Map or
   * plain object by id, or a function of an id. They are checked with the partnership, their problems reported in
   * the console; a partner that is not among them is left out.
   */
  @property({ attribute: false })
  institutions?: InstitutionLookup;

  /**
   * The id of the home institution (`dataset.meta.home`: the university whose site shows the card). It is named last,
   * after the partners abroad.
   */
  @property({ attribute: 'home' })
  home?: string;

  /**
   * Labels of the dataset's own partnership types (`dataset.meta.types`, or `meta.types` as in a data file); built-in
   * types need none.
   */
  @property({ attribute: false })
  partnershipTypes?: DatasetMeta['types'] | readonly PartnershipTypeInput[];

  /** `compact` (a summary for lists) or `full` (every detail). */
  @property({ reflect: true })
  layout: CardLayout = 'full';

  /** Shows a loading placeholder instead of the content. */
  @property({ type: Boolean, reflect: true })
  loading = false;

  /**
   * Normalised search terms to highlight (the directory passes the engine's `SearchResult.terms`). Matched words are
   * marked with the browser's CSS Custom Highlight API (the page's `pa-match` highlight), coloured by
   * `--pa-color-mark`; no element is added to the text. Browsers without that API show the text plain.
   */
  @property({ attribute: false })
  terms: readonly string[] = [];

  /** The normaliser the terms were made with (defaults to the search engine's). */
  @property({ attribute: false })
  normalise: Normaliser = engineNormalise;

  /** Heading level of the title (1-6), so the card fits the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel = 3;

  /**
   * Characters of the description kept by the compact layout, which shows two lines of it: a longer text is cut at a
   * word and ends in "…" (the full layout shows it whole). pa-results sets it from its column width.
   */
  @property({ type: Number, attribute: 'excerpt-length' })
  excerptLength = EXCERPT_LENGTH;

  @state() private expanded = false;
  @state() private hasActions = false;

  private readonly idPrefix = `pa-card-${++uid}`;

  /** Connected only for `partnership-id` (cards given a partnership object, as in a directory, follow no store). */
  private data?: StoreController<readonly [Dataset | undefined]>;

  /** The inputs last shown (partnership, institutions, types) and their data, normalised. */
  private checked?: { input: readonly unknown[]; data: CardData | undefined };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('partnership') && changed.get('partnership') !== undefined) this.expanded = false;
    if (this.partnershipId && !this.data)
      this.data = new StoreController(
        this,
        latest((s) => [s.dataset] as const),
      );
  }

  /** The store's dataset, when the card shows a partnership by id. */
  private get storeDataset(): Dataset | undefined {
    return this.partnership ? undefined : this.data?.value?.[0];
  }

  /**
   * What the card shows: the partnership given, else the one `partnership-id` names in the store's dataset, with the
   * institutions and types, normalised (see `cardData`); checked again only when one of them changed.
   */
  private shown(): CardData | undefined {
    const ds = this.storeDataset;
    const id = this.partnershipId;
    const input = [
      this.partnership ?? (id === undefined ? undefined : ds?.partnerships.find((p) => p.id === id)),
      this.institutions ?? ds?.institutionById,
      this.partnershipTypes ?? ds?.meta.types,
    ];
    const last = this.checked;
    if (last && input.every((v, i) => v === last.input[i])) return last.data;
    const data = input[0] == null ? undefined : cardData(input[0], input[1], input[2]);
    this.checked = { input, data };
    if (data?.findings.length) void report(data.findings, this.id ? `pa-card#${this.id}` : 'pa-card');
    return data;
  }

  /** The parts of this render's data texts (see `hl`), in which matched words are marked once rendered. */
  private matchParts: ChildPart[] = [];

  /**
   * Renders a data text (already chosen) as text only, in which the words matching `terms` are marked after
   * rendering (`updated`): the marks are the page's custom highlight, not elements, so a keystroke that changes only
   * the matched words changes no text and costs no layout.
   */
  private hl(text: string): DirectiveResult {
    return matchable(text, this.matchParts);
  }

  protected override updated(): void {
    const parts = this.terms.length ? this.matchParts : [];
    this.matchParts = [];
    const hl = highlighter();
    // The first query of the page: its module is on its way (the search box asks for it on focus); the card shows
    // the texts plain until it comes, then renders again and marks them.
    if (!hl && parts.length) return void loadHighlighter(this);
    // No query: the card's marks are taken back.
    hl?.showMatches(this, parts, this.terms, this.normalise);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    highlighter()?.clearMatches(this);
  }

  private local(texts: Texts | undefined, highlight = true): TemplateResult | typeof nothing {
    if (!texts) return nothing;
    const { text, lang } = localText(this.i18n, texts);
    if (!text) return nothing;
    return html`<span lang=${lang || nothing} dir="auto">${highlight ? this.hl(text) : text}</span>`;
  }

  /**
   * A data text as the content of a block (title, description): the block itself gets `dir="auto"` and the text's
   * `lang`, so an English description on an Arabic page is aligned and truncated as English text.
   */
  private localBlock(texts: Texts | undefined): { lang: string; text: DirectiveResult } | undefined {
    if (!texts) return undefined;
    const { text, lang } = localText(this.i18n, texts);
    return text ? { lang, text: this.hl(text) } : undefined;
  }

  private typeLabel(type: string, types: CardData['types']): string {
    const custom = types?.find((t) => t.id === type);
    if (custom) return localText(this.i18n, custom.label).text || humanise(type);
    if (isBuiltInType(type)) return this.i18n.t(`card.types.${type}` as TranslationKey);
    return humanise(type);
  }

  private date(iso: string): string {
    return memo('date', this.i18n.lang, iso, () => this.i18n.date(iso));
  }

  private country(code: string): string {
    return memo('country', this.i18n.lang, code, () => this.i18n.country(code));
  }

  private dates(p: Partnership): string {
    const start = p.start ? this.date(p.start) : '';
    const end = p.end ? this.date(p.end) : '';
    if (start && end) return this.i18n.t('card.range', { start, end });
    // A start to come: "Starts June 2027", not "Since".
    if (start) return this.i18n.t(p.status === 'planned' ? 'card.starts' : 'card.since', { start });
    if (end) return this.i18n.t('card.until', { end });
    return '';
  }

  override render() {
    if (this.loading) return this.renderSkeleton();
    const data = this.shown();
    const p = data?.partnership;
    if (!p) return nothing;
    return this.layout === 'compact' ? this.renderCompact(p, data) : this.renderFull(p, data);
  }

  private renderSkeleton() {
    return html`<article part="card skeleton" class="skeleton" aria-busy="true">
      <span class="visually-hidden">${this.i18n.t('card.loading')}</span>
      <div class="bone title" aria-hidden="true"></div>
      <div class="bone" aria-hidden="true"></div>
      <div class="bone short" aria-hidden="true"></div>
    </article>`;
  }

  private level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
  }

  /** Level of the card's section headings: one below the title. */
  private subLevel(): number {
    return Math.min(6, this.level() + 1);
  }

  private renderTitle(p: Partnership) {
    const level = this.level();
    const title = this.localBlock(p.title);
    return html`<div
      part="title"
      class="title"
      role="heading"
      aria-level=${level}
      lang=${title?.lang || nothing}
      dir="auto"
    >
      ${title ? title.text : p.id}
    </div>`;
  }

  private renderStatus(p: Partnership) {
    return html`<span part="status status-${p.status}" class="status ${p.status}"
      >${this.i18n.t(`card.statuses.${p.status}` as TranslationKey)}</span
    >`;
  }

  /**
   * Where a partner is, as a phrase of the page's language (`common.place`, "{city}, {country}"): its punctuation and
   * the country's name are the page's, only the city (data, in any script) is isolated in a `bdi`. Rendered in an
   * element with the page's direction, so that on an Arabic page a Latin city does not turn the phrase around.
   */
  private place(inst: Institution): TemplateResult | DirectiveResult | string {
    const country = inst.country ? this.country(inst.country) : '';
    const city = inst.city ? html`<bdi>${this.hl(inst.city)}</bdi>` : undefined;
    if (!city || !country) return city ?? this.hl(country);
    const [before = '', after = ''] = this.i18n.t('common.place', { city: '\0', country }).split('\0');
    return html`${this.hl(before)}${city}${this.hl(after)}`;
  }

  private renderPartner(rp: ResolvedPartner, compact: boolean, home = false) {
    const inst: Institution | undefined = rp.institution;
    if (!inst) return html`<li part="partner" class="partner"><span dir="auto">${rp.id}</span></li>`;
    const shown = localText(this.i18n, inst.names);
    const shownText = shown.text || inst.displayName;
    // Compact: the site's own university, named on every card, by its acronym and without its place: the partners
    // abroad get the room (screen readers hear the full name).
    const acronym = compact && home ? inst.acronyms[0] : undefined;
    if (acronym)
      return html`<li part="partner" class="partner">
        <bdi class="name" aria-hidden="true">${acronym}</bdi><span class="visually-hidden">${shownText}</span>
      </li>`;
    const native = compact ? undefined : nativeName(inst.names, shown.lang || 'und', shownText, inst.country);
    const place = this.place(inst);
    const dir = this.i18n.dir;
    if (compact) {
      // One line of text for a list: fewer boxes to lay out on every update (the name isolated as bdi).
      return html`<li part="partner" class="partner">
        <bdi class="name" lang=${shown.lang || nothing}>${this.hl(shownText)}</bdi>${
          place ? html` <span class="place" dir=${dir}>(${place})</span>` : nothing
        }
      </li>`;
    }
    return html`<li part="partner" class="partner">
      <span class="name" lang=${shown.lang || nothing} dir="auto">${this.hl(shownText)}</span>
      ${native ? html` <span class="native" lang=${native.lang} dir="auto">${this.hl(native.text)}</span>` : nothing}
      ${place ? html`<span class="place" dir=${dir}>${place}</span>` : nothing}
    </li>`;
  }

  private renderCompactDescription(texts: Texts) {
    const { text, lang } = localText(this.i18n, texts);
    return text
      ? html`<p part="description" class="description" lang=${lang || nothing} dir="auto">
          ${this.hl(excerpt(text, this.excerptLength))}
        </p>`
      : nothing;
  }

  /** The home institution's id: the `home` attribute, else the store's dataset's `meta.home`. */
  private get homeId(): string | undefined {
    return this.home ?? this.storeDataset?.meta.home;
  }

  private renderCompact(p: Partnership, { institutions, types }: CardData) {
    const home = this.homeId;
    const partners = resolvePartners(p, institutions, home);
    const dates = this.dates(p);
    return html`<article part="card" class="compact">
      <div part="header" class="header">${this.renderTitle(p)}</div>
      <ul part="partners" class="partners" role="list">
        ${partners.map((rp) => this.renderPartner(rp, true, rp.id === home))}
      </ul>
      <div class="summary">
        <p part="meta" class="meta line">
          <span>${this.typeLabel(p.type, types)}</span>
          ${this.renderStatus(p)} ${dates ? html`<span>${dates}</span>` : nothing}
        </p>
        ${p.description ? this.renderCompactDescription(p.description) : nothing}
      </div>
      ${this.renderActions()}
    </article>`;
  }

  private renderFull(p: Partnership, { institutions, types }: CardData) {
    const partners = resolvePartners(p, institutions, this.homeId);
    const dates = this.dates(p);
    const description = p.description ? localText(this.i18n, p.description) : undefined;
    const long = (description?.text.length ?? 0) > LONG_DESCRIPTION;
    const descId = `${this.idPrefix}-desc`;
    const t = this.i18n;
    const row = (label: string, value: unknown) =>
      value === '' || value === nothing || value === undefined
        ? nothing
        : html`<div class="row">
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`;
    // The data's own label, else (an ISCED code) the name the Field facet shows, never the bare code.
    const fields = p.fields.map(
      (f) =>
        (f.label ? t.text(f.label).text : '') || (f.isced ? facetValueLabel('field', f.isced, t) : humanise(f.key)),
    );
    return html`<article part="card" class="full">
      <div part="header" class="header">
        ${this.renderTitle(p)}
        <p class="badges">
          <span class="type">${this.typeLabel(p.type, types)}</span>
          ${this.renderStatus(p)}
        </p>
      </div>
      <section aria-labelledby="${this.idPrefix}-partners">
        <div role="heading" aria-level=${this.subLevel()} id="${this.idPrefix}-partners" class="visually-hidden">
          ${t.t('card.partners')}
        </div>
        <ul part="partners" class="partners" role="list">
          ${partners.map((rp) => this.renderPartner(rp, false))}
        </ul>
      </section>
      ${
        description?.text
          ? html`<div class="description-box">
              <p
                part="description"
                id=${descId}
                class="description ${long && !this.expanded ? 'clamp' : ''}"
                lang=${description.lang || nothing}
                dir="auto"
              >
                ${this.hl(description.text)}
              </p>
              ${
                long
                  ? html`<button
                      part="toggle"
                      class="link-button"
                      type="button"
                      aria-expanded=${this.expanded ? 'true' : 'false'}
                      aria-controls=${descId}
                      @click=${() => (this.expanded = !this.expanded)}
                    >
                      ${this.expanded ? t.t('card.readLess') : t.t('card.readMore')}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <div class="facts">
        <dl part="meta" class="meta">
          ${row(t.t('card.fields'), fields.length ? this.hl(t.list(fields, { type: 'unit' })) : '')}
          ${row(
            t.t('card.levels'),
            p.levels.length
              ? t.list(
                  p.levels.map((l) => t.t(`card.levelNames.${l}` as TranslationKey)),
                  { type: 'unit' },
                )
              : '',
          )}
          ${row(t.t('card.dates'), dates)}
          ${row(t.t('card.programme'), p.programme ? html`<bdi>${this.hl(p.programme)}</bdi>` : '')}
          ${row(t.t('card.places'), p.placesPerYear !== undefined ? t.number(p.placesPerYear) : '')}
          ${row(
            t.t('card.languages'),
            p.languages.length
              ? t.list(
                  p.languages.map((l) => t.language(l)),
                  { type: 'unit' },
                )
              : '',
          )}
        </dl>
      </div>
      ${this.renderLinks(p.links)} ${this.renderContacts(p.contacts)} ${this.renderActions()}
    </article>`;
  }

  private renderActions() {
    return html`<div part="actions" class="actions ${this.hasActions ? '' : 'empty'}">
      <slot name="actions" @slotchange=${this.onSlotChange}></slot>
    </div>`;
  }

  private onSlotChange(e: Event) {
    this.hasActions = (e.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  private renderLinks(links: readonly Link[]) {
    const safe = links
      .map((l) => ({ href: safeHref(l.url), label: l.label }))
      .filter((l): l is { href: string; label: Texts | undefined } => l.href !== undefined);
    if (safe.length === 0) return nothing;
    return html`<section aria-labelledby="${this.idPrefix}-links">
      <div role="heading" aria-level=${this.subLevel()} id="${this.idPrefix}-links" class="section-title">
        ${this.i18n.t('card.links')}
      </div>
      <ul part="links" class="links" role="list">
        ${safe.map(
          (l) =>
            html`<li>
              <a href=${l.href} rel="noopener noreferrer external"
                >${l.label ? this.local(l.label, false) : displayUrl(l.href)}</a
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderContacts(contacts: readonly Contact[]) {
    if (contacts.length === 0) return nothing;
    return html`<section aria-labelledby="${this.idPrefix}-contacts">
      <div role="heading" aria-level=${this.subLevel()} id="${this.idPrefix}-contacts" class="section-title">
        ${this.i18n.t('card.contact')}
      </div>
      <ul part="contacts" class="contacts" role="list">
        ${contacts.map((c) => {
          const mail = mailtoHref(c.email);
          const web = safeHref(c.url);
          return html`<li>
            ${c.name ? html`<span class="contact-name" dir="auto">${c.name}</span>` : nothing}
            ${c.role ? html`<span class="contact-role">${this.local(c.role, false)}</span>` : nothing}
            ${mail ? html`<a href=${mail}>${c.email}</a>` : nothing}
            ${
              c.phone
                ? html`<span class="phone"
                    ><span class="visually-hidden">${this.i18n.t('card.phone')}: </span><bdi>${c.phone}</bdi></span
                  >`
                : nothing
            }
            ${web ? html`<a href=${web} rel="noopener noreferrer external">${displayUrl(web)}</a>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-card': PaCard;
  }
}
