import { css, unsafeCSS } from 'lit';
import { COLORS } from './palette.js';

// The colour declarations are generated from palette.ts (constant data of this module, never user input), so
// that the contrast test checks the very values the CSS uses.
const colorDeclarations = unsafeCSS(
  Object.entries(COLORS)
    .map(([name, [light, dark]]) => `--_c-${name}:var(--pa-color-${name},light-dark(${light},${dark}));`)
    .join(''),
);

/**
 * Design tokens. Every element includes `tokenStyles` first in its `static styles`.
 *
 * Public tokens are CSS custom properties named `--pa-*` that a webmaster sets on `:root` (or any ancestor) to match
 * the university's brand. Each is read once into a private `--_*` property on `:host`, which the element's own
 * styles use.
 *
 * Light and dark: every colour default is a `light-dark()` pair, resolved by the `color-scheme` the element
 * inherits from the page. A page that says nothing is light; `:root { color-scheme: light dark; }` follows the
 * visitor's system (automatic); `color-scheme: dark` on the page, or on one element, forces dark. (`--pa-color-scheme`
 * sets it on the elements only.) A brand colour given as one value applies to both schemes; give
 * `light-dark(#light, #dark)` to tune each.
 *
 * Forced colours (Windows high contrast): the private colours map to system colours (Canvas, CanvasText,
 * LinkText, Highlight, GrayText...), shadows disappear and focus stays visible. Reduced motion: `--_duration`
 * becomes 0 and animations/transitions are cut short.
 *
 * @cssproperty [--pa-color-surface=light-dark(#ffffff, #16191d)] - Background of cards and panels.
 * @cssproperty [--pa-color-surface-alt=light-dark(#f3f4f6, #22262c)] - Background of secondary areas.
 * @cssproperty [--pa-color-text=light-dark(#1b1f24, #eef0f3)] - Main text.
 * @cssproperty [--pa-color-text-muted=light-dark(#4d5561, #b3bac4)] - Secondary text (still 4.5:1).
 * @cssproperty [--pa-color-border=light-dark(#7d858f, #6b737e)] - Borders of controls (3:1).
 * @cssproperty [--pa-color-accent=light-dark(#0b5cad, #7db7f5)] - Brand colour: links, selected items, buttons.
 * @cssproperty [--pa-color-accent-contrast=light-dark(#ffffff, #0b1520)] - Text on the accent colour.
 * @cssproperty [--pa-color-accent-soft=light-dark(#e3eefa, #1d2f44)] - Tinted background of selected items.
 * @cssproperty [--pa-color-focus=light-dark(#0b5cad, #9ccbff)] - Focus ring.
 * @cssproperty [--pa-color-danger=light-dark(#b3261e, #ffb4ab)] - Errors.
 * @cssproperty [--pa-color-warning=light-dark(#7a4b00, #ffcf7a)] - Warnings.
 * @cssproperty [--pa-color-success=light-dark(#1e6b32, #8fd6a0)] - Success, active status.
 * @cssproperty [--pa-color-mark=light-dark(#fff1a8, #4a3e00)] - Background of search highlights.
 * @cssproperty [--pa-color-scheme] - Set `light`, `dark` or `light dark` to choose the scheme of the elements only.
 * @cssproperty [--pa-font-family=inherit] - Text font.
 * @cssproperty [--pa-font-family-heading=var(--pa-font-family)] - Heading font.
 * @cssproperty [--pa-font-size=1rem] - Base font size; other sizes are relative to it.
 * @cssproperty [--pa-space-xs=0.25rem] - Spacing scale (also -s 0.5rem, -m 1rem, -l 1.5rem, -xl 2rem).
 * @cssproperty [--pa-radius=0.5rem] - Corner radius.
 * @cssproperty [--pa-shadow=0 1px 3px rgb(0 0 0 / 0.15)] - Elevation of raised surfaces (popovers, drawers).
 * @cssproperty [--pa-duration=150ms] - Duration of transitions (0 when the visitor prefers reduced motion).
 */
export const tokenStyles = css`
  :host {
    color-scheme: var(--pa-color-scheme, inherit);
    ${colorDeclarations}
    --_font: var(--pa-font-family, inherit);
    --_font-heading: var(--pa-font-family-heading, var(--_font));
    --_font-size: var(--pa-font-size, 1rem);
    --_font-size-s: calc(var(--_font-size) * 0.875);
    --_font-size-l: calc(var(--_font-size) * 1.25);
    --_space-xs: var(--pa-space-xs, 0.25rem);
    --_space-s: var(--pa-space-s, 0.5rem);
    --_space-m: var(--pa-space-m, 1rem);
    --_space-l: var(--pa-space-l, 1.5rem);
    --_space-xl: var(--pa-space-xl, 2rem);
    --_radius: var(--pa-radius, 0.5rem);
    --_shadow: var(--pa-shadow, 0 1px 3px rgb(0 0 0 / 0.15));
    --_duration: var(--pa-duration, 150ms);
    --_focus-ring: 3px solid var(--_c-focus);
    --_target: 24px;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_c-text);
    line-height: 1.5;
    /* What a host page's theme may set on a container reaches shadow trees by inheritance: reset here, so that the
       elements keep their text layout on any page. The site's font family, weight and style are followed on
       purpose. */
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    font-variant: normal;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_c-surface: Canvas;
      --_c-surface-alt: Canvas;
      --_c-text: CanvasText;
      --_c-text-muted: CanvasText;
      --_c-border: CanvasText;
      --_c-accent: Highlight;
      --_c-accent-contrast: HighlightText;
      --_c-accent-soft: Canvas;
      --_c-focus: Highlight;
      --_c-danger: CanvasText;
      --_c-warning: CanvasText;
      --_c-success: CanvasText;
      --_c-mark: Mark;
      --_shadow: none;
      --_focus-ring: 3px solid Highlight;
    }
    :focus-visible {
      /* Keep the ring even where the element draws its own focus style with a background or shadow. */
      outline: 3px solid Highlight;
    }
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
