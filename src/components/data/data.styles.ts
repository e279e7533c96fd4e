import { css } from 'lit';
import { tokenStyles } from '../../styles/tokens.js';

export const dataStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    .status:empty {
      display: none;
    }
    .status {
      margin-block-end: var(--_space-m);
      padding-block: var(--_space-s);
      padding-inline: var(--_space-m);
      border-radius: var(--_radius);
      border: 1px solid var(--_c-border);
      background: var(--_c-surface-alt);
      color: var(--_c-text);
    }
    .status[data-status='stale'] {
      border-inline-start: 4px solid var(--_c-warning);
    }
    .status[data-status='error'] {
      border-inline-start: 4px solid var(--_c-danger);
    }
    .problems {
      margin-block-end: var(--_space-m);
      padding: var(--_space-m);
      border: 2px dashed var(--_c-danger);
      border-radius: var(--_radius);
      background: var(--_c-surface);
      color: var(--_c-text);
      font-size: 0.875em;
    }
    .problems summary {
      cursor: pointer;
      font-weight: 600;
      min-block-size: var(--_target);
    }
    .problems summary:focus-visible {
      outline: 2px solid var(--_c-focus);
      outline-offset: 2px;
    }
    .problems ul {
      margin: 0;
      padding-inline-start: var(--_space-l);
    }
    .problems li {
      margin-block: var(--_space-xs);
      overflow-wrap: anywhere;
    }
    .severity {
      font-weight: 600;
      margin-inline-end: var(--_space-xs);
    }
    .help {
      color: var(--_c-text-muted);
    }
  `,
];
