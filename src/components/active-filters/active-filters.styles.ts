import { css } from 'lit';
import { tokenStyles } from '../../styles/tokens.js';
import { controlStyles } from '../widget.styles.js';

export const activeFiltersStyles = [
  tokenStyles,
  controlStyles,
  css`
    :host {
      display: block;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-s);
    }
    ul {
      display: contents;
      list-style: none;
    }
    li {
      display: contents;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-xs);
      min-block-size: 2rem;
      max-inline-size: 100%;
      padding-block: 0;
      padding-inline: var(--_space-s) var(--_space-xs);
      border: 1px solid var(--_c-accent);
      border-radius: 999px;
      background: var(--_c-accent-soft);
      color: var(--_c-text);
      cursor: pointer;
      text-align: start;
    }
    .chip:hover {
      border-width: 2px;
    }
    .facet {
      color: var(--_c-text-muted);
    }
    .value {
      overflow-wrap: anywhere;
    }
    .x {
      display: inline-grid;
      place-items: center;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      border-radius: 50%;
      font-size: 1rem;
      line-height: 1;
    }
  `,
];
