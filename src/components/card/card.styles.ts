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
      --_card-pad: var(--pa-card-padding, var(--_space-m));
      --_card-lines: var(--pa-card-description-lines, 3);
      min-inline-size: 0;
    }
    article {
      background: var(--_card-bg);
      color: var(--_card-fg);
      border: var(--_card-border);
      border-radius: var(--_card-radius);
      padding: var(--_card-pad);
      display: flex;
      flex-direction: column;
      gap: var(--_space-s);
      block-size: 100%;
      overflow-wrap: anywhere;
      text-align: start;
    }
    p,
    ul,
    dl,
    dd,
    h4 {
      margin: 0;
      padding: 0;
    }
    ul {
      list-style: none;
    }
    .title {
      margin: 0;
      font-size: 1.1rem;
      font-weight: 700;
      line-height: 1.3;
    }
    /* Compact: two lines of title and of partners, each ending in "…" when cut (the whole text stays in the tree, so
       assistive technology names every partner in full); the type, status and dates then the description share three
       lines, so a row of a results list keeps its fixed height. */
    .compact .title,
    .compact .partners,
    .summary {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
    .summary {
      -webkit-line-clamp: 3;
    }
    .header {
      display: flex;
      flex-direction: column;
      gap: var(--_space-xs);
    }
    .badges,
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs) var(--_space-s);
      color: var(--_c-text-muted);
      font-size: 0.9rem;
    }
    /* Inline, so that the summary's clamp counts its lines: an item that does not fit starts the next line whole (the
       description then shows one line instead of two), never cut. */
    .line {
      display: block;
    }
    .line > * {
      display: inline-block;
      margin-inline-end: var(--_space-xs);
    }
    .status {
      display: inline-block;
      padding-inline: var(--_space-s);
      border-radius: 999px;
      border: 1px solid currentColor;
      font-size: 0.8rem;
      font-weight: 600;
      line-height: 1.6;
      white-space: nowrap;
    }
    .status.active {
      color: var(--_c-success);
    }
    .status.planned {
      color: var(--_c-warning);
    }
    .status.ended {
      color: var(--_c-text-muted);
    }
    .partner {
      display: flex;
      flex-wrap: wrap;
      column-gap: var(--_space-s);
    }
    .compact .partner {
      display: inline;
    }
    .compact .partner + .partner::before {
      content: ' · ';
      color: var(--_c-text-muted);
    }
    .name {
      font-weight: 600;
    }
    .native,
    .place {
      color: var(--_c-text-muted);
    }
    /* Full layout: the name and its native-script form on one line, the place on the next. */
    .full .place {
      flex-basis: 100%;
      font-size: 0.9em;
    }
    .clamp {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--_card-lines);
      overflow: hidden;
    }
    .compact .description {
      margin-block-start: var(--_space-s);
    }
    /* The facts: labels beside their values, the labels taking at most 40% (a long one wraps); in a narrow card each
       label above its value, so that a value is never squeezed into a sliver and broken inside its words. */
    .facts {
      container: pa-card-facts / inline-size;
    }
    .meta:is(dl) {
      display: grid;
      grid-template-columns: fit-content(40%) minmax(0, 1fr);
      gap: var(--_space-xs) var(--_space-m);
    }
    .row {
      display: contents;
    }
    @container pa-card-facts (inline-size < 30rem) {
      .meta:is(dl) {
        grid-template-columns: minmax(0, 1fr);
        gap: var(--_space-s);
      }
      .row {
        display: block;
      }
    }
    dt {
      color: var(--_c-text-muted);
    }
    .section-title {
      font-size: 0.9rem;
      color: var(--_c-text-muted);
      font-weight: 600;
    }
    .links,
    .contacts {
      display: flex;
      flex-direction: column;
      gap: var(--_space-xs);
    }
    .contacts li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-s);
    }
    .contact-name {
      font-weight: 600;
    }
    a {
      color: var(--_c-accent);
      text-underline-offset: 0.15em;
      display: inline-block;
      min-block-size: var(--_target);
      line-height: var(--_target);
    }
    .link-button {
      align-self: flex-start;
      background: none;
      border: none;
      padding: 0 var(--_space-xs);
      margin-inline-start: calc(-1 * var(--_space-xs));
      min-block-size: var(--_target);
      min-inline-size: var(--_target);
      font: inherit;
      color: var(--_c-accent);
      text-decoration: underline;
      cursor: pointer;
    }
    /* Matched words: the page's custom highlight (see highlight.ts), painted over the text without an element. */
    ::highlight(pa-match) {
      background-color: var(--_c-mark);
    }
    @media (forced-colors: active) {
      ::highlight(pa-match) {
        background-color: Mark;
        color: MarkText;
      }
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      margin-block-start: auto;
    }
    .actions.empty {
      display: none;
    }
    .skeleton .bone {
      block-size: 1rem;
      border-radius: var(--_radius);
      background: var(--_c-surface-alt);
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
    .skeleton .bone.title {
      block-size: 1.4rem;
      inline-size: 70%;
    }
    .skeleton .bone.short {
      inline-size: 40%;
    }
    @keyframes pulse {
      to {
        opacity: 0.5;
      }
    }
    @media print {
      article {
        border: 1px solid #000;
        break-inside: avoid;
        color: #000;
        background: #fff;
      }
      .link-button {
        display: none;
      }
      .clamp,
      .compact .partners,
      .summary {
        -webkit-line-clamp: unset;
      }
    }
  `,
];
