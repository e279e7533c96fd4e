/**
 * The default colours, as data: tokens.ts turns them into CSS, and the contrast test (test/styles/contrast.test.ts)
 * checks every text/background and UI pair in both schemes against WCAG 2.2 AA. Change a colour here, not in CSS.
 */

/** A colour token: its public custom property and its light and dark defaults (hex). */
export interface ColorToken {
  readonly property: `--pa-color-${string}`;
  readonly light: string;
  readonly dark: string;
}

export const COLOR_TOKENS = {
  surface: { property: '--pa-color-surface', light: '#ffffff', dark: '#16191d' },
  'surface-alt': { property: '--pa-color-surface-alt', light: '#f3f4f6', dark: '#22262c' },
  text: { property: '--pa-color-text', light: '#1b1f24', dark: '#eef0f3' },
  'text-muted': { property: '--pa-color-text-muted', light: '#4d5561', dark: '#b3bac4' },
  border: { property: '--pa-color-border', light: '#7d858f', dark: '#6b737e' },
  accent: { property: '--pa-color-accent', light: '#0b5cad', dark: '#7db7f5' },
  'accent-contrast': { property: '--pa-color-accent-contrast', light: '#ffffff', dark: '#0b1520' },
  'accent-soft': { property: '--pa-color-accent-soft', light: '#e3eefa', dark: '#1d2f44' },
  focus: { property: '--pa-color-focus', light: '#0b5cad', dark: '#9ccbff' },
  danger: { property: '--pa-color-danger', light: '#b3261e', dark: '#ffb4ab' },
  warning: { property: '--pa-color-warning', light: '#7a4b00', dark: '#ffcf7a' },
  success: { property: '--pa-color-success', light: '#1e6b32', dark: '#8fd6a0' },
  mark: { property: '--pa-color-mark', light: '#fff1a8', dark: '#4a3e00' },
} as const satisfies Record<string, ColorToken>;

export type ColorName = keyof typeof COLOR_TOKENS;

/** Backgrounds that text is drawn on. */
export const BACKGROUNDS = ['surface', 'surface-alt', 'accent-soft', 'mark'] as const satisfies readonly ColorName[];

/** Text colours, each required to reach 4.5:1 on every background (WCAG 1.4.3). */
export const TEXTS = [
  'text',
  'text-muted',
  'accent',
  'danger',
  'warning',
  'success',
] as const satisfies readonly ColorName[];

/**
 * Other pairs that must hold, with their minimum ratio: text on a filled accent (4.5:1), and non-text UI such as
 * borders of inputs, the focus ring and accent-filled controls against the surfaces they sit on (3:1, WCAG 1.4.11).
 */
export const PAIRS: readonly { fg: ColorName; bg: ColorName; min: number; what: string }[] = [
  { fg: 'accent-contrast', bg: 'accent', min: 4.5, what: 'text on a filled accent button' },
  ...(['surface', 'surface-alt'] as const).flatMap((bg) => [
    { fg: 'border' as const, bg, min: 3, what: 'control border' },
    { fg: 'focus' as const, bg, min: 3, what: 'focus ring' },
    { fg: 'accent' as const, bg, min: 3, what: 'accent-filled control' },
  ]),
  { fg: 'focus', bg: 'accent-soft', min: 3, what: 'focus ring on a selected item' },
];
