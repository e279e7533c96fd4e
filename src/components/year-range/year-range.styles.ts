import { css } from 'lit';
import { tokenStyles } from '../../styles/tokens.js';
import { controlStyles } from '../widget.styles.js';

export const yearRangeStyles = [
  tokenStyles,
  controlStyles,
  css`
    :host {
      display: block;
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
    legend {
      font-weight: 600;
      padding: 0;
      margin-block-end: var(--_space-xs);
    }
    .help,
    .hint {
      margin: 0;
      font-size: var(--_font-size-s);
    }
    .help {
      color: var(--_c-text-muted);
    }
    .hint {
      color: var(--_c-danger);
      font-weight: 600;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: var(--_space-xs);
      flex: 1 1 6rem;
      min-inline-size: 0;
    }
    .input {
      font-variant-numeric: tabular-nums;
    }
    .input[aria-invalid='true'] {
      border: 2px solid var(--_c-danger);
    }
    .reset {
      align-self: flex-start;
    }
  `,
];
