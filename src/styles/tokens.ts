import { css } from 'lit';

/**
 * Design tokens. Every element includes `tokenStyles` first in its `static styles`.
 *
 * Public tokens are CSS custom properties named `--pa-*` that a webmaster sets on `:root` (or any ancestor) to match
 * the university's brand. Each is read once into a private `--_*` property on `:host`, which the element's own
 * styles use. Light and dark come from `color-scheme` (`light`, `dark`, or automatic through `light dark`) with
 * `light-dark()`, so the `theme` is chosen by the page: `:root { color-scheme: light dark; }` follows the system.
 */
export const tokenStyles = css`
  :host {
    color-scheme: var(--pa-color-scheme, light dark);
    --_c-surface: var(--pa-color-surface, light-dark(#ffffff, #16191d));
    --_c-surface-alt: var(--pa-color-surface-alt, light-dark(#f3f4f6, #22262c));
    --_c-text: var(--pa-color-text, light-dark(#1b1f24, #eef0f3));
    --_c-text-muted: var(--pa-color-text-muted, light-dark(#4d5561, #b3bac4));
    --_c-border: var(--pa-color-border, light-dark(#8a929c, #6b737e));
    --_c-accent: var(--pa-color-accent, light-dark(#0b5cad, #7db7f5));
    --_c-accent-contrast: var(--pa-color-accent-contrast, light-dark(#ffffff, #0b1520));
    --_c-accent-soft: var(--pa-color-accent-soft, light-dark(#e3eefa, #1d2f44));
    --_c-focus: var(--pa-color-focus, light-dark(#0b5cad, #9ccbff));
    --_c-danger: var(--pa-color-danger, light-dark(#b3261e, #ffb4ab));
    --_c-warning: var(--pa-color-warning, light-dark(#7a4b00, #ffcf7a));
    --_c-success: var(--pa-color-success, light-dark(#1e6b32, #8fd6a0));
    --_c-mark: var(--pa-color-mark, light-dark(#fff1a8, #5a4b00));
    --_font: var(--pa-font-family, inherit);
    --_font-size: var(--pa-font-size, 1rem);
    --_space-xs: var(--pa-space-xs, 0.25rem);
    --_space-s: var(--pa-space-s, 0.5rem);
    --_space-m: var(--pa-space-m, 1rem);
    --_space-l: var(--pa-space-l, 1.5rem);
    --_space-xl: var(--pa-space-xl, 2rem);
    --_radius: var(--pa-radius, 0.5rem);
    --_shadow: var(--pa-shadow, 0 1px 3px rgb(0 0 0 / 0.15));
    --_focus-ring: 3px solid var(--_c-focus);
    --_target: 24px;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_c-text);
    line-height: 1.5;
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
    * {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
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
