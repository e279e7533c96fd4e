import { css } from 'lit';
import { tokenStyles } from '../../styles/tokens.js';
import { controlStyles } from '../widget.styles.js';

export const directoryStyles = [
  tokenStyles,
  controlStyles,
  css`
    :host {
      display: block;
      container: pa-directory / inline-size;
      max-inline-size: var(--pa-directory-max-width, 90rem);
      margin-inline: auto;
      background: var(--pa-directory-background, transparent);
      text-align: start;
    }
    .directory {
      display: flex;
      flex-direction: column;
      gap: var(--_space-m);
      min-inline-size: 0;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      align-items: end;
    }
    .top pa-search-box {
      flex: 1 1 16rem;
      min-inline-size: 0;
    }
    .main {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space-l);
      align-items: start;
    }
    @container pa-directory (min-width: 900px) {
      .main.wide {
        grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr);
      }
    }
    aside {
      display: flex;
      flex-direction: column;
      gap: var(--_space-l);
      min-inline-size: 0;
    }
    .content {
      display: flex;
      flex-direction: column;
      gap: var(--_space-m);
      min-inline-size: 0;
    }
    /* Parts that show nothing most of the time (no filter chosen, results found) take no room: no empty gaps above
       and below the toolbar. */
    .content > pa-active-filters,
    .content > pa-error-state,
    .content > pa-empty-state {
      display: contents;
    }
    /* Behind a drawer as wide as the screen: kept, not drawn, at the height it had (the page does not scroll away). */
    .content.covered {
      content-visibility: hidden;
      contain-intrinsic-size: auto 100vw auto 100vh;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-s) var(--_space-m);
    }
    .toolbar .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      align-items: center;
    }
    .filters-button .badge {
      background: var(--_c-accent);
      color: var(--_c-accent-contrast);
      border-radius: 999px;
      padding-inline: var(--_space-s);
      font-size: 0.85rem;
    }
    dialog {
      border: 1px solid var(--_c-border);
      border-radius: var(--_radius);
      background: var(--_c-surface);
      color: var(--_c-text);
      padding: 0;
      box-shadow: var(--_shadow);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    .dialog-head {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: var(--_space-s);
      padding-block: var(--_space-s);
      padding-inline: var(--_space-m);
      background: var(--_c-surface);
      border-block-end: 1px solid var(--_c-border);
    }
    .dialog-title {
      margin: 0;
      font-size: 1.1rem;
    }
    .dialog-body {
      padding: var(--_space-m);
      display: flex;
      flex-direction: column;
      gap: var(--_space-l);
    }
    .dialog-foot {
      position: sticky;
      inset-block-end: 0;
      padding: var(--_space-m);
      background: var(--_c-surface);
      border-block-start: 1px solid var(--_c-border);
    }
    .dialog-foot .button {
      inline-size: 100%;
    }
    .detail {
      inline-size: min(48rem, calc(100vw - 2rem));
      max-block-size: calc(100dvh - 2rem);
    }
    .detail pa-card {
      --pa-card-border: none;
      --pa-card-padding: 0;
    }
    .drawer {
      margin: 0;
      margin-inline-start: auto;
      inset-block: 0;
      block-size: 100dvh;
      max-block-size: 100dvh;
      inline-size: min(24rem, 100vw);
      max-inline-size: 100vw;
      border-radius: 0;
      border-block: none;
      border-inline-end: none;
    }
    .close {
      inline-size: 2.5rem;
      block-size: 2.5rem;
      padding: 0;
      font-size: 1.5rem;
      line-height: 1;
      border: 1px solid transparent;
    }
    @media print {
      .top,
      aside,
      .toolbar .actions,
      pa-active-filters,
      .filters-button,
      dialog {
        display: none !important;
      }
      .main,
      .main.wide {
        display: block;
      }
    }
  `,
];
