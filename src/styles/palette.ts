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

/** Every colour as `name: [light, dark]` (hex); its public custom property is `--pa-color-<name>`. */
export const COLORS = {
  surface: ['#ffffff', '#16191d'],
  'surface-alt': ['#f3f4f6', '#22262c'],
  text: ['#1b1f24', '#eef0f3'],
  'text-muted': ['#4d5561', '#b3bac4'],
  border: ['#7d858f', '#6b737e'],
  accent: ['#0b5cad', '#7db7f5'],
  'accent-contrast': ['#ffffff', '#0b1520'],
  'accent-soft': ['#e3eefa', '#1d2f44'],
  focus: ['#0b5cad', '#9ccbff'],
  danger: ['#b3261e', '#ffb4ab'],
  warning: ['#7a4b00', '#ffcf7a'],
  success: ['#1e6b32', '#8fd6a0'],
  mark: ['#fff1a8', '#4a3e00'],
} as const satisfies Record<string, readonly [light: string, dark: string]>;

/** The same colours as tokens: public custom property, light and dark defaults. */
export const COLOR_TOKENS = /* @__PURE__ */ (() =>
  Object.fromEntries(
    Object.entries(COLORS).map(([name, [light, dark]]) => [name, { property: `--pa-color-${name}`, light, dark }]),
  ))() as { readonly [N in keyof typeof COLORS]: ColorToken };

export type ColorName = keyof typeof COLORS;

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
export const PAIRS: readonly { fg: ColorName; bg: ColorName; min: number; what: string }[] = /* @__PURE__ */ (() => [
  { fg: 'accent-contrast' as const, bg: 'accent' as const, min: 4.5, what: 'text on a filled accent button' },
  ...(['surface', 'surface-alt'] as const).flatMap((bg) => [
    { fg: 'border' as const, bg, min: 3, what: 'control border' },
    { fg: 'focus' as const, bg, min: 3, what: 'focus ring' },
    { fg: 'accent' as const, bg, min: 3, what: 'accent-filled control' },
  ]),
  { fg: 'focus' as const, bg: 'accent-soft' as const, min: 3, what: 'focus ring on a selected item' },
])();
