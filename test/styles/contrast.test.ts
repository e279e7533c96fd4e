/**
 * WCAG 2.2 AA contrast of every token pair, in light and dark, for the default theme and the three brand themes of
 * stories/themes.ts. The colours are read back from the browser (computed styles of an element using
 * `tokenStyles`), so the test checks what the CSS really resolves to, not a copy of the values.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { tokenStyles } from '../../src/styles/tokens.js';
import { BACKGROUNDS, COLOR_TOKENS, PAIRS, TEXTS, type ColorName } from '../../src/styles/palette.js';
import { defineElement } from '../../src/internal/define-element.js';
import { BRAND_THEMES, themeProperties, type BrandTheme } from '../../stories/themes.js';

const NAMES = Object.keys(COLOR_TOKENS) as ColorName[];

class TokenProbe extends LitElement {
  static override styles = [
    tokenStyles,
    css`
      ${css([NAMES.map((n) => `#${n} { color: var(--_c-${n}); }`).join('\n')] as unknown as TemplateStringsArray)}
    `,
  ];
  override render() {
    return NAMES.map((n) => html`<i id=${n}></i>`);
  }
  /** Computed colours of every token, as [r, g, b] in 0-255. */
  colors(): Record<ColorName, [number, number, number]> {
    const out = {} as Record<ColorName, [number, number, number]>;
    for (const n of NAMES) out[n] = parseRgb(getComputedStyle(this.shadowRoot!.getElementById(n)!).color);
    return out;
  }
}
defineElement('token-probe', TokenProbe);

function parseRgb(value: string): [number, number, number] {
  const m = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(value);
  if (!m) throw new Error(`not an rgb() colour: ${value}`);
  if (m[4] !== undefined && Number(m[4]) !== 1) throw new Error(`translucent colour: ${value}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG 2.x relative luminance. */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

async function colorsFor(scheme: 'light' | 'dark', theme?: BrandTheme) {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div><token-probe></token-probe></div>`);
  wrapper.style.setProperty('color-scheme', scheme);
  const probe = wrapper.querySelector<TokenProbe>('token-probe')!;
  if (theme) for (const [k, v] of Object.entries(themeProperties(theme))) wrapper.style.setProperty(k, v);
  await probe.updateComplete;
  return probe.colors();
}

describe('contrast helper', () => {
  it('computes known WCAG ratios', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).to.be.closeTo(21, 0.001);
    expect(contrast([255, 255, 255], [255, 255, 255])).to.equal(1);
    expect(contrast([118, 118, 118], [255, 255, 255])).to.be.closeTo(4.54, 0.01);
  });
});

const THEMES: (BrandTheme | undefined)[] = [undefined, ...BRAND_THEMES];

for (const theme of THEMES) {
  for (const scheme of ['light', 'dark'] as const) {
    describe(`contrast: ${theme?.name ?? 'default theme'}, ${scheme}`, () => {
      it('the CSS resolves to the palette for this scheme', async () => {
        const colors = await colorsFor(scheme, theme);
        for (const n of NAMES) {
          const hex = theme?.colors[n]?.[scheme] ?? COLOR_TOKENS[n][scheme];
          const expected = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
          expect(colors[n], `${n}`).to.deep.equal(expected);
        }
      });

      it('every text colour reaches 4.5:1 on every background', async () => {
        const colors = await colorsFor(scheme, theme);
        const failures: string[] = [];
        for (const fg of TEXTS) {
          for (const bg of BACKGROUNDS) {
            const ratio = contrast(colors[fg], colors[bg]);
            if (ratio < 4.5) failures.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
          }
        }
        expect(failures).to.deep.equal([]);
      });

      it('UI pairs reach their minimum (3:1 for borders, focus ring and controls; 4.5:1 for text on accent)', async () => {
        const colors = await colorsFor(scheme, theme);
        const failures = PAIRS.filter((p) => contrast(colors[p.fg], colors[p.bg]) < p.min).map(
          (p) => `${p.what} (${p.fg} on ${p.bg}): ${contrast(colors[p.fg], colors[p.bg]).toFixed(2)} < ${p.min}`,
        );
        expect(failures).to.deep.equal([]);
      });
    });
  }
}
