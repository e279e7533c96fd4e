/**
 * Forced colours (Windows High Contrast, emulated by Chromium): buttons drawn with the accent as their background
 * (primary buttons, the count badge) keep readable text. Chromium forces their background to the system Canvas but
 * keeps the author's HighlightText colour, which gave white text on white before they opted out and used the
 * Highlight / HighlightText pair themselves.
 */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/directory/define.js';
import '../../src/components/map/define.js';
import type { PaDirectory } from '../../src/components/directory/directory.js';
import { SMALL, deep, until } from '../components/directory/helpers.js';

/** WCAG 2.x contrast ratio. */
function contrast(a: [number, number, number], b: [number, number, number]): number {
  const lum = ([r, g, b]: [number, number, number]) => {
    const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The most frequent painted colour behind `el`'s text, and the painted colour contrasting most with it there. */
async function paintedColours(el: Element): Promise<[[number, number, number], [number, number, number]]> {
  el.scrollIntoView({ block: 'center' });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // The box of the button's text only: forced colours draw a backplate behind text, which is what hid it (text of
  // the backplate's colour).
  const range = document.createRange();
  range.selectNodeContents(el);
  const r = range.getBoundingClientRect();
  const box = { x: r.x, y: r.y, width: r.width, height: r.height };
  const png = await executeServerCommand<string, typeof box>('screenshot', box);
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(image.width, image.height);
  const g = canvas.getContext('2d')!;
  g.drawImage(image, 0, 0);
  const data = g.getImageData(0, 0, image.width, image.height).data;
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const colour = (k: number): [number, number, number] => [(k >> 16) & 255, (k >> 8) & 255, k & 255];
  const bg = colour([...counts].sort((a, b) => b[1] - a[1])[0]![0]);
  const text = [...counts.keys()].map(colour).sort((a, b) => contrast(bg, b) - contrast(bg, a))[0]!;
  return [bg, text];
}

describe('forced colours', () => {
  before(() => executeServerCommand('forced-colors', { active: true }));
  after(() => executeServerCommand('forced-colors', { active: false }));

  it('primary buttons ("Show N results", "Clear all") and the filter count badge have readable text', async () => {
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await fixture<PaDirectory>(html`<pa-directory style="display:block" src=${SMALL}></pa-directory>`);
      await until(() => el.store.getState().status === 'ready', 'data loaded');
      deep<HTMLButtonElement>(el, '[part=filters-button]')!.click();
      const show = await until(
        () => deep<HTMLButtonElement>(el, 'dialog.drawer[open] .dialog-foot .primary'),
        'drawer',
      );
      const [bg, text] = await paintedColours(show);
      expect(contrast(bg, text), `"Show results": text rgb(${text}) on rgb(${bg})`).to.be.greaterThan(4.5);
      show.click();
      el.store.setQuery('zzzqx');
      el.store.toggleFilter('country', 'JP');
      const clear = await until(
        () => deep<HTMLButtonElement>(el, 'pa-empty-state', '.button.primary[part=clear-all]'),
        'Clear all',
      );
      const badge = await until(() => deep<HTMLElement>(el, '.filters-button .badge'), 'the count of filters');
      const [bg1, text1] = await paintedColours(badge);
      expect(contrast(bg1, text1), `badge: text rgb(${text1}) on rgb(${bg1})`).to.be.greaterThan(4.5);
      const [bg2, text2] = await paintedColours(clear);
      expect(contrast(bg2, text2), `"Clear all": text rgb(${text2}) on rgb(${bg2})`).to.be.greaterThan(4.5);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
  it("the map's pressed toolbar button has readable text", async () => {
    const map = await fixture<HTMLElement>(
      html`<pa-map src=${SMALL} style="display:block;inline-size:700px;--pa-map-height:20rem"></pa-map>`,
    );
    const pressed = await until(
      () => map.shadowRoot?.querySelector<HTMLButtonElement>('.toolbar button[aria-pressed=true]'),
      'a pressed toolbar button',
    );
    await until(() => pressed.textContent!.trim() !== '', 'its label');
    const [bg, text] = await paintedColours(pressed);
    expect(contrast(bg, text), `text rgb(${text}) on rgb(${bg})`).to.be.greaterThan(4.5);
  });
});
