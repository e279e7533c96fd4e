import { css } from 'lit';
import { tokenStyles } from '../../styles/tokens.js';
import { controlStyles } from '../widget.styles.js';

export const facetStyles = [
  tokenStyles,
  controlStyles,
  css`
    :host {
      display: block;
      /* Counts change on every keystroke: their layout stays inside the facet (no paint containment, which would clip
         focus rings at the edges). */
      contain: layout style;
    }
    .body {
      display: flex;
      flex-direction: column;
      gap: var(--_space-xs);
    }
    fieldset {
      border: none;
      margin: 0;
      padding: 0;
      min-inline-size: 0;
      display: flex;
      flex-direction: column;
      gap: var(--_space-xs);
    }
    legend,
    .select-label {
      font-weight: 600;
      padding: 0;
      margin-block-end: var(--_space-xs);
    }
    .select-label {
      display: flex;
      flex-direction: column;
      gap: var(--_space-xs);
      margin: 0;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
    }
    li label {
      display: flex;
      align-items: center;
      gap: var(--_space-s);
      min-block-size: 2rem;
      padding-inline: var(--_space-xs);
      border-radius: var(--_radius);
    }
    li label:hover {
      background: var(--_c-surface-alt);
    }
    input[type='checkbox'] {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      margin: 0;
      flex: none;
      accent-color: var(--_c-accent);
    }
    .value {
      flex: 1;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .count {
      color: var(--_c-text-muted);
      font-size: 0.875rem;
      font-variant-numeric: tabular-nums;
      background: var(--_c-surface-alt);
      border-radius: 999px;
      padding-inline: var(--_space-s);
    }
    .empty {
      color: var(--_c-text-muted);
      margin: 0;
      padding-inline: var(--_space-xs);
    }
    .more {
      align-self: flex-start;
    }
    /* Counts on their way (a large dataset's first frame): rows of the same height as the real ones. */
    .pending li {
      display: flex;
      align-items: center;
      min-block-size: 2rem;
      padding-inline: var(--_space-xs);
    }
    .pending .bone {
      inline-size: 70%;
      block-size: 0.75rem;
      border-radius: var(--_radius);
      background: var(--_c-surface-alt);
    }
  `,
];
