/**
 * Target size (WCAG 2.5.8, AA) and focus visible (2.4.7, 2.4.11) for every interactive control in every shadow root
 * of the directory (wide, narrow with its filter drawer, detail dialog), the map (markers, countries, table, panel)
 * and a card, in English/left-to-right and Arabic/right-to-left.
 *
 * - Size: each control's box is at least 24 × 24 CSS px, or meets the spacing exception (a 24 px circle centred on it
 *   meets no other control nor the circle of another small control). A checkbox or radio counts with its <label>
 *   (clicking the label toggles it). Inline links inside running text are exempt (the "inline" exception).
 * - Focus: each control, focused as by the keyboard (`focusVisible: true`), matches :focus-visible and then shows an
 *   outline at least 2 px wide (or a box-shadow ring) that it did not show before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/directory/define.js';
import '../../src/components/map/define.js';
import '../../src/components/card/define.js';
import type { PaDirectory } from '../../src/components/directory/directory.js';
import type { PaMap } from '../../src/components/map/map.js';
import DATA from '../../public/data/partnerships.json';
import { waitUntil } from '@open-wc/testing';

const MIN = 24;
const INTERACTIVE =
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role=button], [role=link], [role=checkbox], [role=tab]';

/** Interactive elements inside every shadow root under `root` (light DOM test scaffolding excluded). */
function controls(root: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (node: ParentNode, inShadow: boolean) => {
    for (const el of node.querySelectorAll<HTMLElement>('*')) {
      if (inShadow && el.matches(INTERACTIVE)) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot, true);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot, true);
  walk(root, false);
  return out.filter(rendered);
}

/** Shown and reachable: has a box, not inside a closed dialog or an inert/hidden subtree, not visually hidden. */
function rendered(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  if ((el as HTMLInputElement).disabled) return false;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden') return false;
  // Visually hidden (1px clip) elements are not targets.
  if (r.width <= 1 && r.height <= 1) return false;
  return !el.closest('[inert], dialog:not([open])');
}

const describeEl = (el: Element) => {
  const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  const part = el.getAttribute('part');
  const cls = el.getAttribute('class');
  const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `${host} › ${el.localName}${part ? `[part=${part}]` : ''}${cls ? `.${cls.split(/\s+/).join('.')}` : ''} "${label}"`;
};

/** The target's box: a checkbox/radio together with its label. */
function targetBox(el: HTMLElement): DOMRect {
  const label = (el as HTMLInputElement).labels?.[0] ?? el.closest('label');
  if (label && el.matches('input[type=checkbox], input[type=radio]')) return label.getBoundingClientRect();
  return el.getBoundingClientRect();
}

/** An <a> inside a sentence (a paragraph with other text), the WCAG inline exception. */
function inline(el: HTMLElement): boolean {
  if (el.localName !== 'a') return false;
  const block = el.closest('p, dd, li');
  if (!block) return false;
  return (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 10;
}

const distToRect = (x: number, y: number, r: DOMRect) => {
  const dx = Math.max(r.left - x, 0, x - r.right);
  const dy = Math.max(r.top - y, 0, y - r.bottom);
  return Math.hypot(dx, dy);
};

/** Size failures with the spacing exception applied. */
function sizeFailures(root: Element): string[] {
  const all = controls(root).map((el) => ({ el, box: targetBox(el) }));
  const small = (b: DOMRect) => b.width < MIN - 0.5 || b.height < MIN - 0.5;
  const failures: string[] = [];
  for (const t of all) {
    if (!small(t.box) || inline(t.el)) continue;
    const cx = t.box.left + t.box.width / 2;
    const cy = t.box.top + t.box.height / 2;
    const clash = all.find((o) => {
      if (o === t || o.box === t.box || o.el.contains(t.el) || t.el.contains(o.el)) return false;
      if (small(o.box)) {
        const ox = o.box.left + o.box.width / 2;
        const oy = o.box.top + o.box.height / 2;
        if (Math.hypot(ox - cx, oy - cy) < MIN) return true;
      }
      return distToRect(cx, cy, o.box) < MIN / 2;
    });
    if (clash)
      failures.push(
        `${describeEl(t.el)}: ${t.box.width.toFixed(1)}×${t.box.height.toFixed(1)} px, too close to ${describeEl(clash.el)}`,
      );
  }
  return failures;
}

/** Focus-visible failures: no ring after keyboard-like focus. */
async function focusFailures(root: Element, within?: Element): Promise<string[]> {
  const failures: string[] = [];
  for (const el of controls(root)) {
    // Skip closed dialogs, and nodes a re-render replaced meanwhile (their replacement is checked in its own run).
    if (!el.isConnected || el.closest('dialog:not([open])')) continue;
    // With a modal dialog open, the page behind it is inert: check only what is inside the dialog.
    if (within && !composedContains(within, el)) continue;
    blurAll();
    const before = getComputedStyle(el);
    const ringBefore = `${before.outlineStyle} ${before.outlineWidth} ${before.boxShadow}`;
    el.focus({ focusVisible: true } as FocusOptions);
    await new Promise((r) => requestAnimationFrame(r));
    if (!el.matches(':focus')) {
      failures.push(`${describeEl(el)}: cannot take focus`);
      continue;
    }
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== before.boxShadow;
    if (!el.matches(':focus-visible')) failures.push(`${describeEl(el)}: not :focus-visible after keyboard focus`);
    else if (!(outline || shadow))
      failures.push(`${describeEl(el)}: no visible ring (outline ${s.outlineStyle} ${s.outlineWidth})`);
    else if (outline && `${s.outlineStyle} ${s.outlineWidth} ${s.boxShadow}` === ringBefore)
      failures.push(`${describeEl(el)}: the outline is the same unfocused, focus does not change it`);
    el.blur();
  }
  return failures;
}

/** Whether `node` is `ancestor` or inside it, crossing shadow roots. */
function composedContains(ancestor: Element, node: Element): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null)
    if (n === ancestor) return true;
  return false;
}

/** Blurs the focused element, through shadow roots. */
function blurAll(): void {
  let el = document.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  el?.blur();
}

const until = (fn: () => unknown, message: string, timeout = 10000) =>
  waitUntil(() => !!fn(), message, { timeout, interval: 20 });

const settle = async (el: Element) => {
  const all = [el, ...deep(el)] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(all.map((e) => e.updateComplete));
  await new Promise((r) => requestAnimationFrame(r));
};
function deep(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (n: ParentNode) => {
    for (const c of n.querySelectorAll('*')) {
      out.push(c);
      if (c.shadowRoot) walk(c.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

async function directory(lang: string, dir: string, width: number): Promise<PaDirectory> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang} dir=${dir}>
      <pa-directory style="display:block;inline-size:${width}px" .data=${DATA} page-size="6"></pa-directory>
    </div>`,
  );
  const el = wrap.querySelector('pa-directory')!;
  await until(() => el.store.getState().status === 'ready', 'directory data');
  await until(() => el.shadowRoot!.querySelector('pa-results')?.shadowRoot?.querySelector('pa-card'), 'cards');
  await settle(el);
  return el;
}

async function map(lang: string, dir: string, attrs: { table?: boolean; mode?: string } = {}): Promise<PaMap> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang} dir=${dir}>
      <pa-map
        .data=${DATA}
        mode=${attrs.mode ?? 'markers'}
        ?table=${attrs.table}
        style="display:block;inline-size:900px;--pa-map-height:26rem"
      ></pa-map>
    </div>`,
  );
  const el = wrap.querySelector('pa-map')!;
  await until(
    () => (attrs.table ? el.shadowRoot?.querySelector('[part=table] tbody tr') : el.shadowRoot?.querySelector('.hit')),
    'map drawn',
  );
  await settle(el);
  return el;
}

for (const [lang, dir] of [
  ['en', 'ltr'],
  ['ar', 'rtl'],
] as const) {
  describe(`target size and focus visible (${lang}, ${dir})`, () => {
    it('directory, wide: every control >= 24 px (or spaced) and shows a focus ring', async () => {
      const el = await directory(lang, dir, 1200);
      // Tick a filter so the chips and "Clear all" exist too.
      el.store.setFilter('country', [el.store.getState().result!.facets.country[0]!.value]);
      await settle(el);
      const n = controls(el).length;
      expect(n, 'controls found').to.be.greaterThan(20);
      expect(sizeFailures(el)).to.deep.equal([]);
      expect(await focusFailures(el)).to.deep.equal([]);
    });

    it('directory, narrow: filter drawer and detail dialog', async () => {
      const el = await directory(lang, dir, 420);
      await until(() => el.shadowRoot!.querySelector('[part=filters-button]'), 'drawer button when narrow');
      expect(sizeFailures(el)).to.deep.equal([]);
      expect(await focusFailures(el)).to.deep.equal([]);
      // The drawer, open.
      el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.drawer')!.showModal();
      await settle(el);
      expect(sizeFailures(el)).to.deep.equal([]);
      expect(await focusFailures(el, el.shadowRoot!.querySelector('dialog.drawer')!)).to.deep.equal([]);
      el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.drawer')!.close();
      // The detail dialog, open (its card and links).
      el.store.select(el.store.getState().dataset!.partnerships[0]!.id);
      await until(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.detail')!.open, 'detail open');
      await settle(el);
      expect(sizeFailures(el)).to.deep.equal([]);
      expect(await focusFailures(el, el.shadowRoot!.querySelector('dialog.detail')!)).to.deep.equal([]);
      el.store.select(undefined);
    });

    it('map: markers, countries, table and panel', async () => {
      for (const attrs of [{}, { mode: 'countries' }, { table: true }]) {
        const el = await map(lang, dir, attrs);
        expect(controls(el).length, 'controls found').to.be.greaterThan(8);
        expect(sizeFailures(el), JSON.stringify(attrs)).to.deep.equal([]);
        expect(await focusFailures(el), JSON.stringify(attrs)).to.deep.equal([]);
      }
      const el = await map(lang, dir);
      const inst = (DATA as { institutions: { id: string }[] }).institutions[1]!.id;
      el.openInstitution(inst);
      await until(() => el.shadowRoot!.querySelector('[part=panel]'), 'panel open');
      await settle(el);
      expect(sizeFailures(el), 'panel').to.deep.equal([]);
      expect(await focusFailures(el), 'panel').to.deep.equal([]);
    });
  });
}
