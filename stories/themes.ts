/**
 * Three brand themes, as a webmaster would write them: a few `--pa-*` properties on `:root` (or on the element).
 * Used by stories/themes.stories.ts and checked for WCAG contrast by test/styles/contrast.test.ts.
 */
import type { ColorName } from '../src/styles/palette.js';

export interface BrandTheme {
  readonly id: string;
  readonly name: string;
  /** Colour overrides as light/dark pairs (hex); every other token keeps its default. */
  readonly colors: Partial<Record<ColorName, { readonly light: string; readonly dark: string }>>;
  /** Other tokens (fonts, radius). */
  readonly other?: Readonly<Record<`--pa-${string}`, string>>;
}

export const BRAND_THEMES: readonly BrandTheme[] = [
  {
    id: 'green',
    name: 'Green university',
    colors: {
      accent: { light: '#1d6b3a', dark: '#8fd19e' },
      'accent-contrast': { light: '#ffffff', dark: '#0c1a10' },
      'accent-soft': { light: '#e3f1e7', dark: '#1b3323' },
      focus: { light: '#1d6b3a', dark: '#a6e0b2' },
    },
    other: { '--pa-radius': '0.75rem', '--pa-font-family': 'system-ui, sans-serif' },
  },
  {
    id: 'maroon',
    name: 'Maroon university',
    colors: {
      accent: { light: '#7b1e2c', dark: '#f2a7b0' },
      'accent-contrast': { light: '#ffffff', dark: '#2a0a0f' },
      'accent-soft': { light: '#f7e6e8', dark: '#3a1a1f' },
      focus: { light: '#7b1e2c', dark: '#f6c0c7' },
      'surface-alt': { light: '#f8f4f0', dark: '#251f21' },
    },
    other: { '--pa-radius': '0.125rem', '--pa-font-family': 'Georgia, "Times New Roman", serif' },
  },
  {
    id: 'navy',
    name: 'Navy university',
    colors: {
      accent: { light: '#1b3160', dark: '#a9c3f2' },
      'accent-contrast': { light: '#ffffff', dark: '#0a1428' },
      'accent-soft': { light: '#e4eaf5', dark: '#1a2640' },
      focus: { light: '#946c00', dark: '#ffd166' },
    },
    other: { '--pa-radius': '0', '--pa-font-family': '"Segoe UI", Roboto, sans-serif' },
  },
];

/** The custom properties of a theme, ready for `element.style.setProperty` (CSP-safe) or a `:root` rule. */
export function themeProperties(theme: BrandTheme): Record<string, string> {
  const out: Record<string, string> = { ...theme.other };
  for (const [name, pair] of Object.entries(theme.colors)) {
    out[`--pa-color-${name}`] = `light-dark(${pair.light}, ${pair.dark})`;
  }
  return out;
}
