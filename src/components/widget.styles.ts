import { css } from 'lit';

/**
 * Styles shared by the directory's widgets: form controls that keep their look inside host pages with aggressive
 * global CSS (shadow DOM keeps the page's selectors out; these set every property a control needs).
 */
export const controlStyles = css`
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
    margin: 0;
  }
  .input,
  select {
    min-block-size: 2.5rem;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
    inline-size: 100%;
    max-inline-size: 100%;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-block-size: max(var(--_target), 2.5rem);
    min-inline-size: var(--_target);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    border: 1px solid var(--_c-accent);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-accent);
    cursor: pointer;
    text-decoration: none;
    line-height: 1.2;
    font-weight: 600;
  }
  .button.primary {
    background: var(--_c-accent);
    color: var(--_c-accent-contrast);
  }
  .button:hover {
    background: var(--_c-accent-soft);
  }
  .button.primary:hover {
    background: var(--_c-accent);
    filter: brightness(1.1);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .link-button {
    background: none;
    border: none;
    padding-block: 0;
    padding-inline: var(--_space-xs);
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    color: var(--_c-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  label {
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .button,
    .input,
    select {
      border: 1px solid ButtonText;
    }
    /* Text on the accent: forced colours would put a Canvas backplate behind the HighlightText (white on white). */
    .button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
