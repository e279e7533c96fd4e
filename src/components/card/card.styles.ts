import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    --_bg: var(--pa-card-background, var(--pa-color-surface, #fff));
    --_fg: var(--pa-card-color, var(--pa-color-text, #1a1a1a));
    --_radius: var(--pa-card-radius, var(--pa-radius, 8px));
    --_border: var(--pa-card-border, 1px solid var(--pa-color-border, #c8c8c8));
  }
  :host([hidden]) {
    display: none;
  }
  article {
    background: var(--_bg);
    color: var(--_fg);
    border: var(--_border);
    border-radius: var(--_radius);
    padding-block: var(--pa-space-m, 1rem);
    padding-inline: var(--pa-space-m, 1rem);
  }
  h3 {
    margin: 0;
    font-size: 1.1rem;
  }
`;
