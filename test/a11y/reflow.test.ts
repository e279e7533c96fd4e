/**
 * Reflow (WCAG 1.4.10) and resize text (1.4.4): the directory and the map at a 320 CSS px wide viewport, at 640 px
 * (1280 px at 200 % page zoom) and at 1280 px with the root font size doubled (text-only zoom), in English (LTR) and
 * Arabic (RTL, set on <html> so that overflow to the left would count too).
 *
 * Passes when the page never scrolls sideways (scrollWidth <= clientWidth + 1 of <html>) and no control inside the
 * elements' shadow roots lies outside the viewport, except inside a deliberate scroll or clip region (a data table's
 * scroll box, the pannable map surface), which WCAG allows for content that needs two dimensions.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/directory/define.js';
import '../../src/components/map/define.js';
import type { PaDirectory } from '../../src/components/directory/directory.js';
import type { PaMap } from '../../src/components/map/map.js';
import DATA from '../../public/data/partnerships.json';

const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Composed parent (crossing shadow roots). */
const parentOf = (n: Element): Element | null =>
  n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/** Inside an element that scrolls or clips horizontally on purpose (overflow-x not visible). */
function inScrollRegion(el: Element, stop: Element): boolean {
  for (let n = parentOf(el); n && n !== stop; n = parentOf(n)) {
    const o = getComputedStyle(n).overflowX;
    if (o !== 'visible') return true;
  }
  return false;
}

function offscreenControls(root: Element): string[] {
  const out: string[] = [];
  const vw = document.documentElement.clientWidth;
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll<HTMLElement>('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (!el.matches(INTERACTIVE) || el.closest('dialog:not([open])')) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) continue;
      if ((r.left < -1 || r.right > vw + 1) && !inScrollRegion(el, root)) {
        const host = (el.getRootNode() as ShadowRoot).host?.localName;
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
        out.push(`${host} › ${el.localName} "${name}": ${Math.round(r.left)}…${Math.round(r.right)} of ${vw}px`);
      }
    }
  };
  walk(root.shadowRoot ?? root);
  return out;
}

function overflow(): string {
  const d = document.documentElement;
  return `scrollWidth ${d.scrollWidth} vs clientWidth ${d.clientWidth}`;
}

/** Elements that stick out of the page, outermost first: names where a horizontal scroll comes from. */
function culprits(root: Element): string[] {
  const vw = document.documentElement.clientWidth;
  const out: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if ((r.right > vw + 1 || r.left < -1) && !inScrollRegion(el, root) && out.length < 6) {
        const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'document';
        out.push(
          `${host} › ${el.localName}.${[...el.classList].join('.')} [${Math.round(r.left)}…${Math.round(r.right)}]`,
        );
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root.shadowRoot ?? root);
  return out;
}

const until = (fn: () => unknown, message: string, timeout = 10000) =>
  waitUntil(() => !!fn(), message, { timeout, interval: 20 });

/** Lets resize observers, container queries and Lit updates run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
}

async function page(): Promise<{ dir: PaDirectory; map: PaMap }> {
  const wrap = await fixture<HTMLDivElement>(
    html`<main>
      <h1>Partnerships</h1>
      <pa-map .data=${DATA} style="display:block;--pa-map-height:20rem"></pa-map>
      <pa-directory .data=${DATA} page-size="6"></pa-directory>
    </main>`,
  );
  const dir = wrap.querySelector('pa-directory')!;
  const map = wrap.querySelector('pa-map')!;
  await until(() => dir.store.getState().status === 'ready', 'directory data');
  await until(() => dir.shadowRoot!.querySelector('pa-results')?.shadowRoot?.querySelector('pa-card'), 'cards');
  await until(() => map.shadowRoot?.querySelector('.hit'), 'map places');
  await settle();
  return { dir, map };
}

const CASES = [
  { name: '320 px viewport (reflow)', width: 320, height: 640, fontSize: '' },
  { name: '640 px viewport (1280 px at 200 % zoom)', width: 640, height: 480, fontSize: '' },
  { name: '1280 px with the root font size doubled (text zoom 200 %)', width: 1280, height: 800, fontSize: '200%' },
];

for (const [lang, dirAttr] of [
  ['en', 'ltr'],
  ['ar', 'rtl'],
] as const) {
  describe(`reflow (${lang}, ${dirAttr})`, () => {
    const html0 = document.documentElement;
    before(() => {
      html0.lang = lang;
      html0.dir = dirAttr;
    });
    after(async () => {
      html0.lang = 'en';
      html0.dir = 'ltr';
      html0.style.removeProperty('font-size');
      await setViewport({ width: 800, height: 600 });
    });

    for (const c of CASES) {
      it(`${c.name}: no horizontal scrolling, every control on screen`, async () => {
        await setViewport({ width: c.width, height: c.height });
        if (c.fontSize) html0.style.setProperty('font-size', c.fontSize);
        else html0.style.removeProperty('font-size');
        const { dir, map } = await page();
        expect(html0.clientWidth).to.be.at.most(c.width);
        const d = document.documentElement;
        expect(
          d.scrollWidth,
          `${overflow()}; sticking out: ${[...culprits(dir), ...culprits(map)].join(', ')}`,
        ).to.be.at.most(d.clientWidth + 1);
        expect(offscreenControls(dir), 'directory controls off screen').to.deep.equal([]);
        expect(offscreenControls(map), 'map controls off screen').to.deep.equal([]);
        // Narrow: the filters move into a drawer behind one button; the map keeps its toolbar.
        if (c.width <= 640) expect(dir.shadowRoot!.querySelector('[part=filters-button]'), 'filters button').to.exist;
        expect(map.shadowRoot!.querySelector('[part=toolbar]')!.getBoundingClientRect().width).to.be.at.most(
          d.clientWidth,
        );
        // The drawer, opened at this width, fits too.
        const drawer = dir.shadowRoot!.querySelector<HTMLDialogElement>('dialog.drawer');
        if (drawer) {
          drawer.showModal();
          await settle();
          expect(d.scrollWidth, `drawer open: ${overflow()}`).to.be.at.most(d.clientWidth + 1);
          expect(drawer.getBoundingClientRect().width).to.be.at.most(d.clientWidth + 1);
          expect(offscreenControls(dir), 'drawer controls off screen').to.deep.equal([]);
          drawer.close();
        }
        // The detail dialog fits too.
        dir.store.select(dir.store.getState().dataset!.partnerships[0]!.id);
        const detail = dir.shadowRoot!.querySelector<HTMLDialogElement>('dialog.detail')!;
        await until(() => detail.open, 'detail open');
        await settle();
        expect(detail.getBoundingClientRect().width, 'detail dialog width').to.be.at.most(d.clientWidth + 1);
        expect(offscreenControls(dir), 'detail controls off screen').to.deep.equal([]);
        dir.store.select(undefined);
      });
    }
  });
}
