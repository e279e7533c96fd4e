import { css } from 'lit';
import { tokenStyles } from '../../styles/tokens.js';

export const cardStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      --_card-bg: var(--pa-card-background, var(--_c-surface));
      --_card-fg: var(--pa-card-color, var(--_c-text));
      --_card-radius: var(--pa-card-radius, var(--_radius));
      --_card-border: var(--pa-card-border, 1px solid var(--_c-border));
    }
    article {
      background: var(--_card-bg);
      color: var(--_card-fg);
      border: var(--_card-border);
      border-radius: var(--_card-radius);
      padding-block: var(--_space-m);
      padding-inline: var(--_space-m);
    }
    h3 {
      margin: 0;
      font-size: 1.1rem;
    }
  `,
];
