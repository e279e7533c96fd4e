import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Partnership } from '../../data/model.js';
import { cardStyles } from './card.styles.js';

/**
 * A partnership card: title, partners, type, fields, levels, dates and status of one partnership.
 *
 * @tag pa-card
 * @summary Shows one partnership, alone or inside a directory.
 *
 * @csspart card - The card's outer box.
 * @csspart title - The partnership title.
 *
 * @cssproperty [--pa-card-background=var(--pa-color-surface)] - Card background.
 * @cssproperty [--pa-card-color=var(--pa-color-text)] - Card text colour.
 * @cssproperty [--pa-card-radius=var(--pa-radius)] - Corner radius.
 * @cssproperty [--pa-card-border=1px solid var(--pa-color-border)] - Card border.
 */
export class PaCard extends LitElement {
  static override styles = cardStyles;

  /** The partnership to show (a normalised partnership object). */
  @property({ attribute: false })
  partnership?: Partnership;

  /** Heading level of the title (1-6), so the card fits the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel = 3;

  override render() {
    const p = this.partnership;
    if (!p) return nothing;
    const title = p.title['en'] ?? Object.values(p.title)[0] ?? p.id;
    return html`<article part="card">
      <h3 part="title" role="heading" aria-level=${this.headingLevel}>${title}</h3>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-card': PaCard;
  }
}
