import { css } from 'lit';
import { tokenStyles } from '../../styles/tokens.js';
import { controlStyles } from '../widget.styles.js';

export const resultsStyles = [
  tokenStyles,
  controlStyles,
  css`
    :host {
      display: block;
      position: relative;
      container-type: inline-size;
      --_item-h: var(--pa-results-item-height, 17rem);
      --_min-col: var(--pa-results-min-column, 17rem);
      --_gap: var(--pa-results-gap, var(--_space-m));
    }
    section {
      display: flex;
      flex-direction: column;
      gap: var(--_space-m);
    }
    /* Nothing matches: the cards wait, unseen, unfocusable and unheard, with their rendering state kept (display: none
       would drop it and the next results would lay every card out anew). */
    section[hidden] {
      display: flex;
      content-visibility: hidden;
      contain-intrinsic-size: 0 0;
      block-size: 0;
      overflow: hidden;
    }
    section:focus {
      outline: none;
    }
    section:focus-visible {
      outline: var(--_focus-ring);
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(var(--_cols, 1), minmax(0, 1fr));
      gap: var(--_gap);
      padding-block-start: var(--_before, 0px);
      padding-block-end: var(--_after, 0px);
    }
    .list > li {
      block-size: var(--_item-h);
      min-inline-size: 0;
      /* Every item has the same, fixed size: the grid never lays out a card to size its rows, and a card's layout and
         paint stay inside it. */
      contain: strict;
      /* Overscan rows (rendered for Tab and fast scrolling) are not laid out or painted until near the viewport. */
      content-visibility: auto;
      contain-intrinsic-block-size: var(--_item-h);
    }
    .list > li > pa-card {
      block-size: 100%;
    }
    .probe {
      position: absolute;
      visibility: hidden;
      pointer-events: none;
      block-size: var(--_item-h);
      inline-size: var(--_min-col);
      inset-block-start: 0;
      inset-inline-start: 0;
    }
    .details {
      display: inline-flex;
      align-items: center;
      min-block-size: max(var(--_target), 2rem);
      padding-inline: var(--_space-s);
      margin-inline-start: calc(-1 * var(--_space-s));
      color: var(--_c-accent);
      font-weight: 600;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      border-radius: var(--_radius);
    }
    .details:focus-visible {
      outline: var(--_focus-ring);
    }
    .more {
      align-self: center;
    }
    nav ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      gap: var(--_space-s);
      align-items: center;
      justify-content: center;
      flex-wrap: wrap;
    }
    .skeletons {
      display: grid;
      gap: var(--_gap);
      grid-template-columns: repeat(var(--_cols, 1), minmax(0, 1fr));
    }
    @media print {
      .list {
        display: block;
        padding: 0 !important;
      }
      .list > li {
        block-size: auto;
        contain: none;
        content-visibility: visible;
        margin-block-end: 0.5rem;
        break-inside: avoid;
      }
      .more,
      nav,
      .details {
        display: none !important;
      }
    }
  `,
];
