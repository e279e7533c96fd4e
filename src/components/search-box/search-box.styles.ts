import { css } from 'lit';
import { tokenStyles } from '../../styles/tokens.js';
import { controlStyles } from '../widget.styles.js';

export const searchBoxStyles = [
  tokenStyles,
  controlStyles,
  css`
    :host {
      display: block;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: var(--_space-xs);
      margin: 0;
    }
    label {
      font-weight: 600;
    }
    .field {
      position: relative;
      display: flex;
      align-items: center;
    }
    .input {
      padding-inline-end: 2.75rem;
      appearance: none;
    }
    .input::-webkit-search-cancel-button {
      appearance: none;
      display: none;
    }
    .clear {
      position: absolute;
      inset-inline-end: var(--_space-xs);
      inline-size: 2rem;
      block-size: 2rem;
      border: none;
      border-radius: var(--_radius);
      background: none;
      color: var(--_c-text-muted);
      cursor: pointer;
      font-size: 1.25rem;
      line-height: 1;
      display: grid;
      place-items: center;
    }
    .clear:hover {
      background: var(--_c-surface-alt);
      color: var(--_c-text);
    }
  `,
];
