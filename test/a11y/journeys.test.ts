/**
 * Keyboard-only journeys (WCAG 2.1.1 Keyboard, 2.1.2 No keyboard trap, 2.4.3 Focus order, 4.1.3 Status messages).
 *
 * Real key presses through the browser (`sendKeys` from @web/test-runner-commands): Tab, Shift+Tab, arrows, Enter,
 * Space, Escape, and typed text in the search box. No clicks, no `.focus()` on a control inside an element: every
 * control is reached with Tab from a plain button placed before the elements, as a keyboard visitor would.
 * Data: the sample dataset the demo uses (public/data/partnerships.json, 150 partnerships, 78 institutions).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/directory/define.js';
import '../../src/components/map/define.js';
import type { PaDirectory } from '../../src/components/directory/directory.js';
import type { PaMap } from '../../src/components/map/map.js';

// The dev server turns .json files into modules, so the sample is imported and given as `.data`.
import DATA from '../../public/data/partnerships.json';

/** The focused element, through shadow roots. */
function active(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The shadow host chain of the focused element, e.g. "pa-directory > pa-facet > input". */
function focusPath(): string {
  const path: string[] = [];
  let el = document.activeElement;
  while (el) {
    path.push(el.localName + (el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''));
    el = el.shadowRoot?.activeElement ?? null;
  }
  return path.join(' > ');
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function until(fn: () => unknown, message: string, timeout = 5000): Promise<void> {
  await waitUntil(() => !!fn(), message, { timeout, interval: 20 });
}

/** Presses a key and lets the elements react (they render in microtasks and frames). */
async function press(key: string): Promise<void> {
  if (key.startsWith('Shift+')) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key.slice(6) });
    await sendKeys({ up: 'Shift' });
  } else await sendKeys({ press: key });
  await new Promise((r) => setTimeout(r, 0));
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, failing after `max` presses with where focus went.
 * Proves the control is in the tab order, reached from where the visitor is.
 */
async function tabTo(matches: (el: Element) => boolean, what: string, { back = false, max = 80 } = {}) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await press(back ? 'Shift+Tab' : 'Tab');
    const el = active();
    if (el && matches(el)) return el as HTMLElement;
    seen.push(focusPath());
  }
  throw new Error(`${what} not reached with ${back ? 'Shift+Tab' : 'Tab'}; focus went: ${seen.slice(-12).join(' | ')}`);
}

/** Root node of an element (its shadow root, or document). */
const hostOf = (el: Element) => (el.getRootNode() as ShadowRoot).host as Element | undefined;

/** A start button in the light DOM, focused first: every journey starts from the page, not inside an element. */
async function startFrom(button: HTMLButtonElement) {
  button.focus();
  expect(document.activeElement).to.equal(button);
}

describe('keyboard journeys: directory', () => {
  let el: PaDirectory;
  let start: HTMLButtonElement;

  const shadow = (sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
  const inner = (host: string, sel: string) => shadow(host)?.shadowRoot?.querySelector<HTMLElement>(sel) ?? null;
  const countText = () => squash(inner('pa-result-count', '[part=count]')?.textContent);
  const liveText = () => squash(inner('pa-result-count', '[role=status][aria-live=polite]')?.textContent);
  const chips = () => [...(shadow('pa-active-filters')?.shadowRoot?.querySelectorAll('[part=chip]') ?? [])];
  const cards = () => [...(shadow('pa-results')?.shadowRoot?.querySelectorAll('pa-card') ?? [])];

  beforeEach(async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <button id="start" type="button">Start</button>
        <pa-directory style="display:block;inline-size:1200px" .data=${DATA} page-size="6"></pa-directory>
      </div>`,
    );
    start = wrap.querySelector('#start')!;
    el = wrap.querySelector('pa-directory')!;
    await until(() => el.store.getState().status === 'ready', 'data loaded', 10000);
    await until(() => cards().length > 0, 'cards rendered');
    await until(() => countText() === '150 partnerships', `150 partnerships counted (saw "${countText()}")`);
  });

  it('search: Tab to the search box, type, results and the announced count update', async () => {
    await startFrom(start);
    const input = await tabTo((e) => e.localName === 'input' && hostOf(e)?.localName === 'pa-search-box', 'search');
    expect(input.getAttribute('type')).to.equal('search');
    await sendKeys({ type: 'energy' });
    await until(() => el.store.getState().view.query === 'energy', 'query reached the store');
    await until(() => /^\d+ partnerships?$/.test(countText()) && countText() !== '150 partnerships', 'count narrowed');
    const n = Number(countText().split(' ')[0]);
    expect(n).to.be.greaterThan(0).and.lessThan(150);
    expect(el.store.getState().result!.total).to.equal(n);
    // The count is announced politely (aria-live, atomic) in words.
    await until(() => liveText().includes(`${n} partnership`), `announced "${n} partnerships" (live: "${liveText()}")`);
    const live = inner('pa-result-count', '[role=status]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    // Every card shown matches (its text mentions energy, highlighted).
    await until(() => cards().length > 0, 'cards after search');
    for (const card of cards())
      expect(squash(card.shadowRoot!.textContent).toLowerCase(), 'card matches the query').to.include('energ');
    // Escape in a search box clears it (native search behaviour kept), and every partnership is back.
    await press('Escape');
    await until(() => countText() === '150 partnerships', 'cleared with Escape');
    expect(active()).to.equal(input);
    await expect(el).to.be.accessible();
  });

  it('filter: Tab to a facet, Space ticks it, a chip appears, "Clear all" by keyboard', async () => {
    await startFrom(start);
    const box = await tabTo(
      (e) =>
        e.localName === 'input' &&
        e.getAttribute('type') === 'checkbox' &&
        hostOf(e)?.getAttribute('facet') === 'country',
      'first country checkbox',
    );
    const label = squash(box.closest('label')?.textContent); // "France (12)"
    const country = label.replace(/\s*\(.*$/, '');
    await press('Space');
    await until(() => (box as HTMLInputElement).checked, 'Space ticks the box');
    await until(() => chips().length === 1, 'one chip');
    expect(squash(chips()[0]!.textContent)).to.include(country);
    await until(
      () => liveText().startsWith(`Country: ${country} selected.`),
      `announced the filter (live: "${liveText()}")`,
    );
    const narrowed = Number(countText().split(' ')[0]);
    expect(narrowed).to.be.lessThan(150);
    // Focus stays on the box (no jump), and a second box toggles with Space too.
    expect(active()).to.equal(box);
    const second = await tabTo(
      (e) => e.localName === 'input' && e.getAttribute('type') === 'checkbox' && e !== box,
      'next checkbox',
    );
    await press('Space');
    await until(() => chips().length === 2, 'two chips');
    expect((second as HTMLInputElement).checked).to.equal(true);
    // "Clear all" is reached by keyboard and clears every filter.
    const clear = await tabTo(
      (e) => e.getAttribute('part') === 'clear-all' && hostOf(e)?.localName === 'pa-active-filters',
      'Clear all',
    );
    expect(squash(clear.textContent)).to.equal('Clear all');
    await press('Enter');
    await until(() => chips().length === 0, 'chips gone');
    await until(() => countText() === '150 partnerships', 'all partnerships back');
    await until(() => liveText().includes('All filters cleared.'), `announced clearing (live: "${liveText()}")`);
    // Focus is not lost to <body> when the button it was on disappears: the results take it.
    await until(() => active()?.getAttribute('part') === 'results', `focus on the results (at ${focusPath()})`);
    expect(hostOf(active()!)?.localName).to.equal('pa-results');
    expect(active()!.getAttribute('aria-label')).to.equal('Results');
  });

  it('empty: a suggestion of the empty state taken with Enter moves the focus to the results, not to the page', async () => {
    await startFrom(start);
    await tabTo((e) => e.localName === 'input' && hostOf(e)?.localName === 'pa-search-box', 'search');
    await sendKeys({ type: 'zzzqx' });
    await until(() => el.store.getState().result?.total === 0, 'nothing matches');
    const remove = await tabTo(
      (e) => e.getAttribute('part') === 'suggestion' && hostOf(e)?.localName === 'pa-empty-state',
      'the suggestion to remove the search',
    );
    expect(squash(remove.textContent)).to.include('zzzqx');
    await press('Enter');
    await until(() => countText() === '150 partnerships', 'every partnership back');
    await until(() => active()?.getAttribute('part') === 'results', `focus on the results (at ${focusPath()})`);
    expect(active()).to.not.equal(document.body);
  });

  it('load more: Enter on "Load more" moves the focus to the first new card, in view', async () => {
    await startFrom(start);
    const more = await tabTo(
      (e) => e.getAttribute('part') === 'more' && hostOf(e)?.localName === 'pa-results',
      'the "Load more" button',
    );
    expect(squash(more.textContent)).to.match(/^Load \d+ more$/);
    await press('Enter');
    await until(
      () => active()?.getAttribute('part') === 'details' && active()!.closest('li')?.getAttribute('data-index') === '6',
      `focus on the 7th card's link (at ${focusPath()})`,
    );
    const r = active()!.getBoundingClientRect();
    expect(r.top >= 0 && r.bottom <= innerHeight, `the focused link is in view (${r.top}..${r.bottom})`).to.equal(true);
  });

  it('detail opened from a link: Escape closes it and the focus goes to that card, not to the page', async () => {
    const s = el.store.getState();
    const id = s.dataset!.partnerships[s.result!.hits[2]!]!.id;
    location.hash = `#pa-partnership=${encodeURIComponent(id)}`;
    const dialog = shadow('dialog.detail') as HTMLDialogElement;
    await until(() => dialog.open, 'the link opens the detail');
    await until(() => dialog.contains(active()), 'focus inside the dialog');
    await press('Escape');
    await until(() => !dialog.open, 'Escape closes the dialog');
    await until(
      () => active()?.getAttribute('href') === `#pa-partnership=${encodeURIComponent(id)}`,
      `focus on the card's details link (at ${focusPath()})`,
    );
    history.replaceState(null, '', location.pathname + location.search);
  });

  it("detail: Enter on a card's details link opens the dialog with focus inside, Escape closes it and focus returns", async () => {
    await startFrom(start);
    const link = await tabTo(
      (e) => e.getAttribute('part') === 'details' && hostOf(e)?.localName === 'pa-results',
      "a card's details link",
    );
    const dialog = shadow('dialog.detail') as HTMLDialogElement;
    expect(dialog.open).to.equal(false);
    await press('Enter');
    await until(() => dialog.open, 'detail dialog open');
    await until(
      () => dialog.contains(active()) || dialog.querySelector('pa-card')?.shadowRoot?.contains(active()),
      'focus inside the dialog',
    );
    const selected = el.store.getState().selected!;
    expect(selected).to.be.a('string');
    const title = squash(dialog.querySelector('pa-card')!.shadowRoot!.querySelector('[part~=title]')?.textContent);
    expect(title.length).to.be.greaterThan(0);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('pa-dir-detail-title');
    // Tab stays in the modal dialog (focus never reaches the page behind it).
    for (let i = 0; i < 6; i++) {
      await press('Tab');
      const a = active();
      const inDialog = !!a && (dialog.contains(a) || dialog.querySelector('pa-card')!.shadowRoot!.contains(a));
      // Chromium lets Tab leave a modal dialog to the browser UI (document.body in a headless page); never the page.
      expect(inDialog || a === document.body, `Tab ${i + 1} escaped the dialog to ${focusPath()}`).to.equal(true);
    }
    // The page behind the modal dialog does not scroll (PageDown from the dialog used to scroll it, and the results
    // re-rendered behind it, taking away the link that opened the dialog).
    const root = document.scrollingElement!;
    expect(root.scrollHeight, 'the page can scroll').to.be.greaterThan(innerHeight);
    const y = root.scrollTop;
    for (let i = 0; i < 3; i++) await press('PageDown');
    await new Promise((r) => setTimeout(r, 100));
    expect(root.scrollTop, 'the page behind the dialog did not scroll').to.equal(y);
    await press('Escape');
    await until(() => !dialog.open, 'Escape closes the dialog');
    await until(() => el.store.getState().selected === undefined, 'selection cleared');
    await until(() => active() === link, `focus back on the link (at ${focusPath()})`);
    expect(getComputedStyle(document.documentElement).overflowY, 'the page scrolls again').to.equal('visible');
  });
});

describe('keyboard journeys: map', () => {
  let map: PaMap;
  let start: HTMLButtonElement;
  const $ = <T extends Element = HTMLElement>(sel: string) => map.shadowRoot!.querySelector<T>(sel);
  const transform = () => $('g.world-group')?.getAttribute('transform') ?? '';

  beforeEach(async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <button id="start" type="button">Start</button>
        <pa-map .data=${DATA} style="display:block;inline-size:900px;--pa-map-height:28rem"></pa-map>
      </div>`,
    );
    start = wrap.querySelector('#start')!;
    map = wrap.querySelector('pa-map')!;
    await until(() => map.shadowRoot?.querySelector('.hit') && $('path.sphere'), 'map drawn with places', 15000);
  });

  it('pan with arrows, zoom with + and -, open an institution, close it, read the table', async () => {
    await startFrom(start);
    const viewport = await tabTo((e) => e.getAttribute('part') === 'viewport', 'map surface');
    expect(viewport.getAttribute('role')).to.equal('region');
    expect(viewport.getAttribute('aria-describedby')).to.equal('help');
    const t0 = transform();
    await press('ArrowRight');
    await until(() => transform() !== t0, 'ArrowRight pans the map');
    const t1 = transform();
    await press('+');
    await until(() => transform() !== t1, '+ zooms in');
    const zoomed = transform();
    await press('-');
    await until(() => transform() !== zoomed, '- zooms out');

    // Tab from the surface reaches the places; arrows move between them (roving tabindex).
    const first = await tabTo((e) => e.classList.contains('hit'), 'a place on the map');
    expect(first.getAttribute('tabindex')).to.equal('0');
    const order = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'];
    let moved: Element | null = null;
    for (const key of order) {
      await press(key);
      await new Promise((r) => setTimeout(r, 50));
      if (active() !== first && active()?.classList.contains('hit')) {
        moved = active();
        break;
      }
    }
    expect(moved, 'an arrow key moves to another place').to.not.equal(null);
    // Open a single institution if there is one; otherwise the cluster/country panel.
    const place = active() as HTMLElement;
    await press('Enter');
    await until(() => $('[part=panel]'), 'Enter opens the panel');
    const panel = $('[part=panel]')!;
    expect(panel.getAttribute('role')).to.equal('dialog');
    await until(() => panel.contains(active()), `focus moves into the panel (at ${focusPath()})`);
    await press('Escape');
    await until(() => !$('[part=panel]'), 'Escape closes the panel');
    await until(() => active()?.classList.contains('hit'), `focus back on a place (at ${focusPath()})`);
    expect((active() as HTMLElement).dataset['key']).to.equal(place.dataset['key']);

    // The table: Shift+Tab back to the toolbar, then arrows or Tab to "Table", Enter.
    const tableButton = await tabTo((e) => e.getAttribute('data-action') === 'table', '"Table" button', { back: true });
    await press('Enter');
    await until(() => $('[part=table]') && tableButton.getAttribute('aria-pressed') === 'true', 'table view shown');
    // Read the table: captions, header cells and a row per institution (with the keyboard, Tab goes into it).
    const captions = [...map.shadowRoot!.querySelectorAll('[part=table] caption')].map((c) => squash(c.textContent));
    expect(captions).to.deep.equal(['Partnerships by country', 'Institutions and their partnerships']);
    const rows = map.shadowRoot!.querySelectorAll('[part=table] table:last-of-type tbody tr');
    expect(rows.length).to.be.greaterThan(50);
    const inTable = await tabTo(
      (e) => !!e.closest('[part=table]') && e.localName === 'button',
      'a button in the table',
    );
    expect(squash(inTable.closest('tr')?.querySelector('td.num')?.textContent)).to.match(/^\d+$/);
    await press('Enter');
    await until(() => $('[part=panel]'), 'Enter in the table opens the panel');
    await until(() => $('[part=panel]')!.contains(active()), 'focus in the panel');
    await press('Escape');
    await until(() => !$('[part=panel]'), 'Escape closes it');
    await until(() => active()?.closest('[part=table]'), `focus back in the table (at ${focusPath()})`);
    await expect(map).to.be.accessible();
  });
});
