// The map at phone widths, with the demo's data: tooltips stay inside the map (left-to-right and right-to-left),
// and the home institution's star never covers a group's count.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/map/define.js';
import type { PaMap } from '../../../src/components/map/map.js';
// The demo's data (public/data/partnerships.json: real ROR institutions, home King Abdulaziz University in Jeddah).
import DEMO from '../../../public/data/partnerships.json';

/** A map with the demo's data, full width in a page of the given width and language (built by hand, as in RTL). */
async function phoneMap(width: number, lang: 'en' | 'ar', mapWidth?: number): Promise<PaMap> {
  await setViewport({ width, height: 800 });
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.body.append(wrapper);
  cleanup.push(() => wrapper.remove());
  const el = document.createElement('pa-map');
  el.data = DEMO;
  if (mapWidth) el.style.inlineSize = `${mapWidth}px`;
  wrapper.append(el);
  await waitUntil(
    () => el.shadowRoot!.querySelectorAll('path.land').length > 0 && el.shadowRoot!.querySelectorAll('.hit').length > 3,
    'map drawn with places',
    { timeout: 15000 },
  );
  await new Promise((r) => setTimeout(r, 250));
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[part=viewport]')!.getBoundingClientRect().width).to.be.at.most(width);
  return el;
}

const cleanup: Array<() => void> = [];
const hits = (el: PaMap) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.hit')];

describe('pa-map at phone widths', () => {
  afterEach(() => cleanup.splice(0).forEach((f) => f()));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [width, mapWidth] of [
    [320, undefined],
    [360, undefined],
    // A map narrower than a tooltip's usual width (16rem): the tooltip is capped to the map's width.
    [320, 200],
  ] as const) {
    for (const lang of ['en', 'ar'] as const) {
      it(`keeps every tooltip inside the map at ${width}px${mapWidth ? `, map ${mapWidth}px` : ''} (${lang})`, async function () {
        this.timeout(30000);
        const el = await phoneMap(width, lang, mapWidth);
        const root = el.shadowRoot!;
        const viewport = root.querySelector<HTMLElement>('[part=viewport]')!;
        // Into the places by keyboard (so that focus shows), then to each place in turn, as the arrow keys do.
        viewport.focus();
        await sendKeys({ press: 'Tab' });
        expect((root.activeElement as HTMLElement).classList.contains('hit')).to.equal(true);
        const keys = hits(el).map((h) => h.dataset['key']!);
        expect(keys.length).to.be.greaterThan(3);
        for (const key of keys) {
          const hit = root.querySelector<HTMLElement>(`.hit[data-key="${CSS.escape(key)}"]`)!;
          hit.focus();
          await el.updateComplete;
          expect(root.activeElement, key).to.equal(hit);
          expect(hit.tabIndex, `${key} is the Tab stop`).to.equal(0);
          const tip = hit.querySelector<HTMLElement>('.tip')!;
          expect(getComputedStyle(tip).opacity, `${key} tooltip shown`).to.equal('1');
          const r = tip.getBoundingClientRect();
          const box = viewport.getBoundingClientRect();
          const where = `${key}: ${r.left.toFixed(1)}..${r.right.toFixed(1)} x ${r.top.toFixed(1)}..${r.bottom.toFixed(1)} in ${box.left}..${box.right} x ${box.top}..${box.bottom}`;
          expect(r.width, where).to.be.greaterThan(20);
          expect(r.left, where).to.be.at.least(box.left - 0.5);
          expect(r.right, where).to.be.at.most(box.right + 0.5);
          expect(r.top, where).to.be.at.least(box.top - 0.5);
          expect(r.bottom, where).to.be.at.most(box.bottom + 0.5);
        }
      });
    }
  }

  for (const [width, lang] of [
    [390, 'en'],
    [390, 'ar'],
    [320, 'ar'],
  ] as const) {
    it(`draws the home star clear of every group's count at ${width}px (${lang})`, async function () {
      this.timeout(30000);
      const el = await phoneMap(width, lang);
      const root = el.shadowRoot!;
      const home = root.querySelector<HTMLElement>('.hit.home')!;
      expect(home, 'home on the map').to.not.equal(null);
      const star = home.getBoundingClientRect();
      // The count of a group is drawn on the canvas, centred on its button, in the map's label font.
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = '700 11px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      const groups = hits(el).filter((h) => h.classList.contains('cluster'));
      expect(groups.length).to.be.greaterThan(0);
      let nearest = Infinity;
      for (const g of groups) {
        const count = /\d+/.exec(g.textContent!)![0];
        const m = ctx.measureText(count);
        const b = g.getBoundingClientRect();
        const cx = b.left + b.width / 2;
        const cy = b.top + b.height / 2 + 0.5;
        const text = {
          left: cx - m.actualBoundingBoxLeft,
          right: cx + m.actualBoundingBoxRight,
          top: cy - m.actualBoundingBoxAscent,
          bottom: cy + m.actualBoundingBoxDescent,
        };
        const overlaps =
          star.left < text.right && star.right > text.left && star.top < text.bottom && star.bottom > text.top;
        expect(overlaps, `star over the count ${count}: ${JSON.stringify([star, text])}`).to.equal(false);
        nearest = Math.min(nearest, Math.hypot(star.left + 13 - cx, star.top + 13 - cy));
      }
      // The demo's home sits among its region's partners: the star is beside that group, not far from it.
      expect(nearest).to.be.lessThan(40);
      // The star is drawn where its button is (the canvas and the focusable layer agree).
      const canvas = root.querySelector('canvas')!;
      const c = canvas.getBoundingClientRect();
      const dpr = canvas.width / c.width;
      const px = canvas
        .getContext('2d')!
        .getImageData(
          Math.round((star.left + 13 - c.left) * dpr),
          Math.round((star.top + 13 - c.top) * dpr),
          1,
          1,
        ).data;
      const probe = getComputedStyle(root.querySelector('.probe-home')!).color.match(/\d+/g)!.map(Number);
      expect(Math.abs(px[0]! - probe[0]!) + Math.abs(px[1]! - probe[1]!) + Math.abs(px[2]! - probe[2]!)).to.be.lessThan(
        30,
      );
      // Both stay reachable and named: the star and the group are separate places with their own names.
      expect(home.textContent).to.match(/King Abdulaziz|الملك عبد العزيز/);
    });
  }
});
