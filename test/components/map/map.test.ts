import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/map/define.js';
import type { PaMap } from '../../../src/components/map/map.js';
import { project } from '../../../src/map/projection.js';
import { FACETS } from '../../../src/state/types.js';
import { dataset, inst, partnership, smallDataset, testStore } from './fixtures.js';

type Store = ReturnType<typeof testStore>;

async function mapWith(store: Store, extra = ''): Promise<PaMap> {
  const el = await fixture<PaMap>(
    html`<pa-map .store=${store} style="--pa-map-height: 400px; inline-size: 800px" lang=${extra || 'en'}></pa-map>`,
  );
  current = el;
  await waitUntil(() => el.shadowRoot!.querySelectorAll('path.land').length > 0, 'outline drawn', { timeout: 10000 });
  await settle(el);
  return el;
}

/** Waits for the layer to follow the view (it re-renders a moment after each gesture). */
async function settle(el: PaMap): Promise<void> {
  await new Promise((r) => setTimeout(r, 200));
  await el.updateComplete;
}

let current: PaMap;
const $ = (sel: string) => current.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (sel: string) => [...current.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const places = (_el: PaMap) => $$('.hit');
const labels = (el: PaMap) => places(el).map((b) => b.textContent!.trim());

/** Alpha of the canvas pixel at a base-unit point under the current view. */
function alphaAt(el: PaMap, bx: number, by: number): number {
  const canvas = $('canvas') as HTMLCanvasElement;
  const v = el.currentView;
  const dpr = canvas.width / canvas.getBoundingClientRect().width;
  const x = Math.round((bx * v.k + v.x) * dpr);
  const y = Math.round((by * v.k + v.y) * dpr);
  return canvas.getContext('2d')!.getImageData(x, y, 1, 1).data[3]!;
}

describe('pa-map', () => {
  it('draws the world, the institutions of the results and is accessible', async () => {
    const el = await mapWith(testStore(smallDataset()));
    // Markers view: all land in one path (drawn once); the country view has one path per country (tested below).
    expect($$('path.land')).to.have.length(1);
    expect($('path.land')!.getAttribute('d')!.length).to.be.greaterThan(20000);
    const names = labels(el);
    expect(names.some((n) => n.startsWith('Home institution: King Abdulaziz University'))).to.equal(true);
    expect(names.some((n) => n.startsWith('University of Toronto'))).to.equal(true);
    expect(names.some((n) => n.includes('University, 1 partnership'))).to.equal(true);
    // Cambridge and Oxford are close: grouped at world zoom, named by their country (two cities).
    expect(names.some((n) => n.startsWith('2 institutions (United Kingdom), 2 partnerships'))).to.equal(true);
    // A marker is really drawn at Toronto, nothing in the mid-Pacific.
    const [tx, ty] = project(-79.3832, 43.6532)!;
    expect(alphaAt(el, tx, ty)).to.be.greaterThan(200);
    const [px, py] = project(-150, -20)!;
    expect(alphaAt(el, px, py)).to.equal(0);
    // Shape, not only colour: the legend explains the kinds drawn.
    expect($('[part=legend]')!.textContent).to.contain('Research institute');
    await expect(el).to.be.accessible();
  });

  it('never draws an institution without coordinates (or at 0,0); lists and counts it', async () => {
    const el = await mapWith(testStore(smallDataset()));
    const names = labels(el).join('|');
    expect(names).not.to.contain('Institute Without Location');
    expect(names).not.to.contain('Null Island');
    const [x0, y0] = project(0, 0)!;
    expect(alphaAt(el, x0, y0)).to.equal(0);
    expect($('[part=status]')!.textContent).to.contain('2 institutions have no location');
    el.table = true;
    await el.updateComplete;
    const rows = $$('[part=table] tbody tr').map((r) => r.textContent!.replace(/\s+/g, ' '));
    expect(rows.find((r) => r.includes('Institute Without Location'))).to.contain('No location');
    expect(rows.find((r) => r.includes('Null Island Institute'))).to.contain('No location');
  });

  it('opens a shared spot as a list, then an institution, and "show only these" filters the store', async () => {
    const ds = smallDataset();
    const store = testStore(ds);
    const el = await mapWith(store);
    const spot = places(el).find((b) => b.textContent!.includes('at one spot'))!;
    expect(spot.textContent).to.contain('2 institutions at one spot');
    spot.click();
    await el.updateComplete;
    const panel = $('[part=panel]')!;
    expect(el.shadowRoot!.activeElement).to.equal(panel.querySelector('h3'));
    const members = [...panel.querySelectorAll<HTMLButtonElement>('ul.members button')];
    expect(members.map((b) => b.textContent!.trim().replace(/\s+/g, ' '))).to.have.members([
      'University of Belgrade (1)',
      'Institute of Physics Belgrade (1)',
    ]);
    // A shared spot cannot be split by zooming: no "zoom to these".
    expect(panel.querySelector('[data-action=zoom-to]')).to.equal(null);
    await expect(el).to.be.accessible();
    const opened = oneEvent(el, 'pa-institution-open');
    members.find((b) => b.textContent!.includes('Physics'))!.click();
    expect((await opened).detail.id).to.equal('bg2');
    await el.updateComplete;
    expect($('[part=panel] h3')!.textContent).to.equal('Institute of Physics Belgrade');
    expect($('[part=panel]')!.textContent).to.contain('Partnership p5');
    ($('[data-action=show-only]') as HTMLButtonElement).click();
    const call = store.calls.find((c) => c[0] === 'setFilter' || c[0] === 'setQuery')!;
    // With an `institution` facet in the engine, the map filters by the institution's id; until then, by its name.
    const hits = [...store.getState().result!.hits].map((i) => ds.partnerships[i]!);
    if ((FACETS as readonly string[]).includes('institution')) {
      expect(call).to.deep.equal(['setFilter', 'institution', ['bg2']]);
      // Exactly the institution's partnerships.
      expect(hits.map((p) => p.id)).to.have.members(['p5']);
    } else {
      expect(call).to.deep.equal(['setQuery', '"Institute of Physics Belgrade"']);
      expect(hits.map((p) => p.id)).to.include('p5');
    }
    // Back to the list.
    ($('[data-action=back]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($('[part=panel] h3')!.textContent).to.contain('at one spot');
  });

  it('follows the store: a filter change updates the places', async () => {
    const store = testStore(smallDataset());
    const el = await mapWith(store);
    expect(labels(el).some((n) => n.startsWith('University of Toronto'))).to.equal(true);
    store.setFilter('country', ['RS']);
    await settle(el);
    const names = labels(el);
    expect(names.some((n) => n.startsWith('University of Toronto'))).to.equal(false);
    expect(names.some((n) => n.includes('at one spot'))).to.equal(true);
    expect($('[part=status]')!.textContent).to.contain('2 institutions in 1 country');
  });

  it('highlights the institutions of the partnership selected in the directory', async () => {
    const store = testStore(smallDataset());
    const el = await mapWith(store);
    const [tx, ty] = project(-79.3832, 43.6532)!;
    const v = el.currentView;
    const ringX = tx + 10 / v.k; // just outside the marker, on the ring
    const before = alphaAt(el, ringX, ty);
    store.select('p3');
    await el.updateComplete;
    expect(alphaAt(el, ringX, ty)).to.be.greaterThan(before);
    expect($('[part=legend]')!.textContent).to.contain('Selected in the directory');
  });

  it('pans, zooms, fits and resets with the buttons', async () => {
    const el = await mapWith(testStore(smallDataset()));
    const start = el.currentView;
    matchMediaReduced();
    ($('[data-action=zoom-in]') as HTMLButtonElement).click();
    await waitUntil(() => el.currentView.k > start.k * 1.99, 'zoomed in', { timeout: 2000 });
    ($('[data-action=zoom-out]') as HTMLButtonElement).click();
    await waitUntil(() => Math.abs(el.currentView.k - start.k) < 1e-6, 'zoomed out', { timeout: 2000 });
    ($('[data-action=fit]') as HTMLButtonElement).click();
    await waitUntil(() => el.currentView.k > start.k * 1.2, 'fitted', { timeout: 2000 });
    ($('[data-action=reset]') as HTMLButtonElement).click();
    await waitUntil(() => Math.abs(el.currentView.k - start.k) < 1e-6, 'reset', { timeout: 2000 });
  });

  it('pans with the four pan buttons, by click and by keyboard (moving without dragging)', async () => {
    const el = await mapWith(testStore(smallDataset()));
    const pad = $('.pad')!;
    expect(pad.getAttribute('role')).to.equal('group');
    expect(pad.getAttribute('aria-label')).to.equal('Move the map');
    const buttons = [...pad.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.have.members([
      'Move up (north)',
      'Move down (south)',
      'Move left (west)',
      'Move right (east)',
    ]);
    for (const b of buttons) {
      const r = b.getBoundingClientRect();
      expect(r.width, 'target width').to.be.at.least(24);
      expect(r.height, 'target height').to.be.at.least(24);
    }
    // Compass layout: up above down, left of right.
    const at = (dir: string) => $(`[data-action=pan-${dir}]`)!.getBoundingClientRect();
    expect(at('up').bottom).to.be.at.most(at('down').top);
    expect(at('left').right).to.be.at.most(at('right').left);
    // "Left" shows more of the west: the map moves right by one step (as ArrowLeft does).
    const v0 = el.currentView;
    ($('[data-action=pan-left]') as HTMLButtonElement).click();
    await waitUntil(() => el.currentView.x === v0.x + 80, 'pan left');
    ($('[data-action=pan-up]') as HTMLButtonElement).click();
    await waitUntil(() => el.currentView.y === v0.y + 80, 'pan up');
    // By keyboard: Enter and Space on the focused buttons.
    $('[data-action=pan-right]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.currentView.x === v0.x, 'pan right');
    $('[data-action=pan-down]')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.currentView.y === v0.y, 'pan down');
    expect(el.currentView.k).to.equal(v0.k);
    await expect(el).to.be.accessible();
  });

  it('keyboard on the map surface: arrows pan, +/- zoom, Home resets, 0 fits', async () => {
    const el = await mapWith(testStore(smallDataset()));
    const viewport = $('[part=viewport]')!;
    viewport.focus();
    const v0 = el.currentView;
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.currentView.x === v0.x - 80);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.currentView.y === v0.y - 80);
    await sendKeys({ press: '+' });
    await waitUntil(() => el.currentView.k > v0.k * 1.99, 'zoom in', { timeout: 2000 });
    await sendKeys({ press: '-' });
    await waitUntil(() => Math.abs(el.currentView.k - v0.k) < 1e-6, 'zoom out', { timeout: 2000 });
    await sendKeys({ press: 'Home' });
    await waitUntil(() => el.currentView.x === v0.x && el.currentView.y === v0.y, 'reset', { timeout: 2000 });
    await sendKeys({ press: '0' });
    await waitUntil(() => el.currentView.k > v0.k * 1.2, 'fit', { timeout: 2000 });
  });

  it('keyboard among the places: one Tab stop, arrows move, Enter opens, Escape closes and returns', async () => {
    const el = await mapWith(testStore(smallDataset()));
    const tabbable = places(el).filter((b) => b.tabIndex === 0);
    expect(tabbable).to.have.length(1);
    $('[part=viewport]')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as HTMLElement;
    expect(first.classList.contains('hit')).to.equal(true);
    // Toronto is the westernmost place: from anywhere, ArrowLeft eventually reaches it, then no further.
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
    }
    const west = el.shadowRoot!.activeElement as HTMLElement;
    expect(west.textContent).to.contain('University of Toronto');
    expect(west.tabIndex).to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.not.equal(west);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const last = el.shadowRoot!.activeElement as HTMLElement;
    expect(last.classList.contains('hit')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($('[part=panel] h3'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect($('[part=panel]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-key')).to.equal(last.getAttribute('data-key'));
    await sendKeys({ press: 'Escape' });
    expect(el.shadowRoot!.activeElement).to.equal($('[part=viewport]'));
  });

  it('pans by dragging and zooms with the wheel about the pointer', async () => {
    const el = await mapWith(testStore(smallDataset()));
    const viewport = $('[part=viewport]')!;
    const r = viewport.getBoundingClientRect();
    const v0 = el.currentView;
    const opts = { bubbles: true, composed: true, pointerId: 7, pointerType: 'mouse', button: 0 };
    viewport.dispatchEvent(new PointerEvent('pointerdown', { ...opts, clientX: r.left + 100, clientY: r.top + 100 }));
    viewport.dispatchEvent(new PointerEvent('pointermove', { ...opts, clientX: r.left + 130, clientY: r.top + 110 }));
    viewport.dispatchEvent(new PointerEvent('pointerup', { ...opts, clientX: r.left + 130, clientY: r.top + 110 }));
    expect(el.currentView.x).to.be.closeTo(v0.x + 30, 0.001);
    expect(el.currentView.y).to.be.closeTo(v0.y + 10, 0.001);
    const v1 = el.currentView;
    // Whole client pixels: mouse events carry integer coordinates.
    const px = Math.round(r.left + 200);
    const py = Math.round(r.top + 150);
    const ax = px - r.left;
    const ay = py - r.top;
    const baseBefore = [(ax - v1.x) / v1.k, (ay - v1.y) / v1.k];
    viewport.dispatchEvent(
      new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -200, clientX: px, clientY: py }),
    );
    const v2 = el.currentView;
    expect(v2.k).to.be.greaterThan(v1.k);
    expect((ax - v2.x) / v2.k).to.be.closeTo(baseBefore[0]!, 1e-6);
    expect((ay - v2.y) / v2.k).to.be.closeTo(baseBefore[1]!, 1e-6);
  });

  it('pinches with two pointers', async () => {
    const el = await mapWith(testStore(smallDataset()));
    const viewport = $('[part=viewport]')!;
    const r = viewport.getBoundingClientRect();
    const k0 = el.currentView.k;
    const ev = (type: string, id: number, x: number) =>
      viewport.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          pointerId: id,
          pointerType: 'touch',
          clientX: r.left + x,
          clientY: r.top + 200,
        }),
      );
    ev('pointerdown', 1, 300);
    ev('pointerdown', 2, 400);
    ev('pointermove', 2, 500);
    ev('pointerup', 1, 300);
    ev('pointerup', 2, 500);
    expect(el.currentView.k).to.be.closeTo(k0 * 2, 1e-6);
  });

  it('country view: shades countries, shows counts as text, and filters by country', async () => {
    const store = testStore(smallDataset());
    const el = await mapWith(store);
    ($('[data-action=countries]') as HTMLButtonElement).click();
    await settle(el);
    expect(el.mode).to.equal('countries');
    const gb = $('path[data-country=GB]')!;
    const fr = $('path[data-country=FR]')!;
    const br = $('path[data-country=BR]')!;
    expect($$('path.land').length).to.be.greaterThan(170);
    expect(gb.getAttribute('class')).to.match(/c[1-5]/);
    expect(br.getAttribute('class')).to.contain('c0');
    // France's only institution has no partnership drawn? It is in the results, so FR counts too.
    expect(fr.getAttribute('class')).to.match(/c[1-5]/);
    expect(getComputedStyle(gb).fill).to.not.equal(getComputedStyle(br).fill);
    const legend = $('[part=legend]')!.textContent!;
    expect(legend).to.contain('Partnerships per country');
    const gbButton = places(el).find((b) => b.textContent!.includes('United Kingdom'))!;
    expect(gbButton.textContent).to.contain('United Kingdom: 2 partnerships, 2 institutions');
    expect(gbButton.querySelector('.badge')!.textContent).to.equal('2');
    await expect(el).to.be.accessible();
    gbButton.click();
    await el.updateComplete;
    ($('[data-action=show-only-country]') as HTMLButtonElement).click();
    expect(store.calls).to.deep.include(['setFilter', 'country', ['GB']]);
  });

  it('table view: countries and institutions with counts, as an equal alternative', async () => {
    const el = await mapWith(testStore(smallDataset()));
    ($('[data-action=table]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($('[part=stage]')!.hidden).to.equal(true);
    const tables = $$('[part=table] table');
    expect(tables).to.have.length(2);
    const countryRows = [...tables[0]!.querySelectorAll('tbody tr')].map((r) =>
      r.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(countryRows[0]).to.equal('United Kingdom 2 2');
    const instRows = [...tables[1]!.querySelectorAll('tbody tr')];
    expect(instRows.length).to.equal(8);
    expect(instRows[0]!.textContent).to.contain('(Home)');
    await expect(el).to.be.accessible();
    const cam = tables[1]!.querySelector<HTMLButtonElement>('button[data-id=cam]')!;
    cam.click();
    await el.updateComplete;
    expect($('[part=panel] h3')!.textContent).to.equal('University of Cambridge');
    expect(el.shadowRoot!.activeElement).to.equal($('[part=panel] h3'));
    await expect(el).to.be.accessible();
    ($('[data-action=table]') as HTMLButtonElement).click();
    await settle(el);
    expect($('[part=stage]')!.hidden).to.equal(false);
    expect(places(el).length).to.be.greaterThan(2);
  });

  it('table view: closing the panel returns focus to the row that opened it (Escape, Close, via a member)', async () => {
    const el = await mapWith(testStore(smallDataset()));
    ($('[data-action=table]') as HTMLButtonElement).click();
    await el.updateComplete;
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    const closed = async () => {
      await el.updateComplete;
      await el.updateComplete;
      expect($('[part=panel]')).to.equal(null);
    };
    // A row other than the first: the first row's button is where focus used to land, whichever row opened the panel.
    const [firstCountry, secondCountry] = $$('[part=table] table:first-of-type tbody button');
    const country = secondCountry!.dataset['country']!;
    expect(firstCountry!.dataset['country']).to.not.equal(country);
    secondCountry!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active()).to.equal($('[part=panel] h3'));
    await sendKeys({ press: 'Escape' });
    await closed();
    expect(active()?.dataset['country']).to.equal(country);
    // An institution: Shift+Tab from the heading to "Close", Enter.
    $('[part=table] button[data-id=tor]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active()?.classList.contains('close')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await closed();
    expect(active()?.dataset['id']).to.equal('tor');
    expect(active()?.closest('[part=table]')).to.not.equal(null);
    // A country, then one of its institutions from the panel's list, then Escape: back to the country's row.
    secondCountry!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    ($('[part=panel] ul.members button') as HTMLButtonElement).click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await closed();
    expect(active()?.dataset['country']).to.equal(country);
  });

  for (const lang of ['en', 'ar']) {
    it(`table view: the panel's close button sits in the panel, at its inline end (${lang})`, async () => {
      const el = await mapWith(testStore(smallDataset()), lang);
      ($('[data-action=table]') as HTMLButtonElement).click();
      await el.updateComplete;
      $('[part=table] button[data-id=cam]')!.click();
      await el.updateComplete;
      const panel = $('[part=panel]')!.getBoundingClientRect();
      const close = $('[part=panel] button.close')!.getBoundingClientRect();
      expect(panel.height).to.be.greaterThan(0);
      expect(close.top, 'top').to.be.at.least(panel.top);
      expect(close.bottom, 'bottom').to.be.at.most(panel.bottom);
      expect(close.left, 'left').to.be.at.least(panel.left);
      expect(close.right, 'right').to.be.at.most(panel.right);
      const middle = panel.left + panel.width / 2;
      if (lang === 'ar') expect(close.right).to.be.lessThan(middle);
      else expect(close.left).to.be.greaterThan(middle);
      // Near the panel's top, above its heading's end, not at the page's corner.
      expect(close.top - panel.top).to.be.lessThan(40);
    });
  }

  it('announces changes made in the map, not those made elsewhere on the page (the directory says those)', async () => {
    const store = testStore(smallDataset());
    const elsewhere = document.createElement('input');
    elsewhere.setAttribute('aria-label', 'Search elsewhere');
    document.body.append(elsewhere);
    after(() => elsewhere.remove());
    const el = await mapWith(store);
    const heard = () =>
      $$('[role=status], [aria-live]')
        .map((e) => e.textContent!.trim())
        .join('|');
    const shown = () => $('[part=status]')!.textContent!.trim();
    // A search typed elsewhere: the line shows the new counts, nothing is said.
    elsewhere.focus();
    store.setFilter('country', ['RS']);
    await el.updateComplete;
    expect(shown()).to.equal('2 institutions in 1 country.');
    await new Promise((r) => setTimeout(r, 800));
    expect(heard()).to.not.contain('institution');
    store.setFilter('country', []);
    await new Promise((r) => setTimeout(r, 800));
    expect(heard()).to.not.contain('institution');
    // The visitor uses the map: "Show only partnerships in the United Kingdom" from a country's panel.
    ($('[data-action=countries]') as HTMLButtonElement).click();
    await settle(el);
    places(el)
      .find((b) => b.textContent!.includes('United Kingdom'))!
      .click();
    await el.updateComplete;
    ($('[data-action=show-only-country]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(shown()).to.equal('2 institutions in 1 country.');
    await waitUntil(() => heard().includes('2 institutions in 1 country.'), 'announced', { timeout: 2000 });
    expect($('[part=status]')!.getAttribute('role')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('mirrors its controls and speaks the visitor language on right-to-left pages', async () => {
    // Built by hand: fixture() waits for an animation frame on plain elements, which hidden test pages never get.
    const wrapper = document.createElement('div');
    wrapper.dir = 'rtl';
    wrapper.lang = 'ar';
    document.body.append(wrapper);
    after(() => wrapper.remove());
    const store = testStore(smallDataset());
    const el = document.createElement('pa-map');
    el.store = store;
    el.style.setProperty('--pa-map-height', '300px');
    wrapper.append(el);
    current = el;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('path.land').length > 0, 'outline', { timeout: 10000 });
    await settle(el);
    expect(el.shadowRoot!.querySelector('.map')!.getAttribute('dir')).to.equal('rtl');
    const home = places(el).find((b) => b.dataset['key'] === 'home')!;
    expect(home.textContent).to.contain('جامعة الملك عبد العزيز');
    // "City, Country" with the Arabic comma.
    expect(labels(el).some((n) => n.includes('Toronto، كندا'))).to.equal(true);
    // The toolbar's first button sits on the right in RTL.
    const toolbar = $('[part=toolbar]')!.getBoundingClientRect();
    const zoomIn = $('[data-action=zoom-in]')!.getBoundingClientRect();
    expect(toolbar.right - zoomIn.right).to.be.lessThan(zoomIn.left - toolbar.left);
    // The map is not mirrored: the pan buttons stay over the South Pacific (bottom left, not over Australia) and
    // keep their compass directions, so "left" (named in Arabic) is still on the left of "right" and shows more of
    // the west.
    const stage = $('[part=stage]')!.getBoundingClientRect();
    const pad = $('.pad')!.getBoundingClientRect();
    expect(pad.left - stage.left).to.be.lessThan(stage.right - pad.right);
    const left = $('[data-action=pan-left]')!;
    expect(left.getBoundingClientRect().right).to.be.at.most(
      $('[data-action=pan-right]')!.getBoundingClientRect().left,
    );
    expect(left.getAttribute('aria-label')).to.equal('تحريك لليسار (غربًا)');
    const v0 = el.currentView;
    left.click();
    await waitUntil(() => el.currentView.x === v0.x + 80, 'pan west');
    await expect(el).to.be.accessible();
  });

  it('shows a calm loading state and an empty state', async () => {
    const loading = await fixture<PaMap>(html`<pa-map .store=${testStore(undefined, 'loading')}></pa-map>`);
    expect(loading.shadowRoot!.textContent).to.contain('Loading');
    const store = testStore(smallDataset());
    const el = await mapWith(store);
    store.setQuery('zzzz-nothing-matches');
    // Below the loading map, this one may be off screen: it takes the change after the frame.
    await waitUntil(() => $('.overlay')?.textContent?.includes('No institutions to show'), 'empty state shown');
    expect(places(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('off screen, takes a change of the store after the frame that shows it elsewhere; in view, in that frame', async () => {
    const store = testStore(smallDataset());
    const el = await mapWith(store);
    // Until the map knows where it is (its IntersectionObserver's callbacks can lag frames on a busy machine).
    const offscreen = (value: boolean) =>
      waitUntil(
        () => (el as unknown as { gate: { offscreen: boolean } }).gate.offscreen === value,
        `offscreen ${value}`,
      );
    const empty = () => !!$('.overlay')?.textContent?.includes('No institutions to show');
    // Below a directory's worth of page: off screen.
    el.style.marginBlockStart = '300vh';
    await offscreen(true);
    store.setQuery('zzzz-nothing-matches');
    await el.updateComplete;
    expect(empty(), 'not in the frame of the change').to.equal(false);
    await waitUntil(empty, 'the map catches up after the frame', { timeout: 2000, interval: 5 });
    // In view, with the change.
    el.style.marginBlockStart = '0';
    window.scrollTo(0, 0);
    await offscreen(false);
    store.setQuery('');
    await el.updateComplete;
    expect(empty()).to.equal(false);
    expect(places(el).length).to.be.greaterThan(0);
  });
});

function matchMediaReduced(): void {
  // Animations run over 300 ms unless reduced motion is asked for; the waits above allow either.
}

describe('pa-map colours', () => {
  it("draws again in the page's new colours when its theme changes (color-scheme on an ancestor)", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: light">
        <pa-map .store=${testStore(smallDataset())} style="--pa-map-height: 400px; inline-size: 800px"></pa-map>
      </div>`,
    );
    const el = wrapper.querySelector('pa-map') as PaMap;
    current = el;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('path.land').length > 0, 'outline drawn', { timeout: 10000 });
    await settle(el);
    const home = places(el).find((b) => b.dataset['key'] === 'home')!;
    const canvas = $('canvas') as HTMLCanvasElement;
    /** The canvas pixel at the centre of the home star. */
    const star = () => {
      const c = canvas.getBoundingClientRect();
      const h = home.getBoundingClientRect();
      const dpr = canvas.width / c.width;
      const x = Math.round((h.left + h.width / 2 - c.left) * dpr);
      const y = Math.round((h.top + h.height / 2 - c.top) * dpr);
      return [...canvas.getContext('2d')!.getImageData(x, y, 1, 1).data].join(',');
    };
    const light = star();
    wrapper.style.colorScheme = 'dark';
    await waitUntil(() => star() !== light, 'the star drawn in the dark theme colour', { timeout: 3000 });
    // The dark home colour (light-dark(#a4262c, #ff9e9e)): a light red.
    const [r, g] = star().split(',').map(Number);
    expect(r).to.be.greaterThan(200);
    expect(g).to.be.greaterThan(120);
  });

  it("writes the counts of groups drawn on the canvas in the page's digits (Persian)", async () => {
    const drawn: string[] = [];
    const { fillText } = CanvasRenderingContext2D.prototype;
    CanvasRenderingContext2D.prototype.fillText = function (
      this: CanvasRenderingContext2D,
      text: string,
      x: number,
      y: number,
    ) {
      drawn.push(text);
      return fillText.call(this, text, x, y);
    };
    try {
      const el = await fixture<PaMap>(
        html`<pa-map
          .store=${testStore(smallDataset())}
          lang="fa"
          style="--pa-map-height: 200px; inline-size: 300px"
        ></pa-map>`,
      );
      current = el;
      await waitUntil(() => drawn.length > 0, 'a group drawn with its count', { timeout: 10000 });
      expect(drawn.join(' ')).to.match(/[۰-۹]/);
      expect(drawn.join(' ')).to.not.match(/[0-9]/);
    } finally {
      CanvasRenderingContext2D.prototype.fillText = fillText;
    }
  });

  it('marks the zoom button of a reached limit as unavailable, keeping its focus', async () => {
    const el = await mapWith(testStore(smallDataset()));
    const zoomIn = $('[data-action=zoom-in]')!;
    const zoomOut = $('[data-action=zoom-out]')!;
    expect(zoomIn.getAttribute('aria-disabled')).to.equal(null);
    zoomIn.focus();
    el.zoomBy(10_000); // beyond the closest zoom
    await waitUntil(() => $('[data-action=zoom-in]')!.getAttribute('aria-disabled') === 'true', 'zoom in unavailable', {
      timeout: 5000,
    });
    expect(zoomOut.getAttribute('aria-disabled')).to.equal(null);
    expect(current.shadowRoot!.activeElement).to.equal(zoomIn);
    el.zoomBy(1 / 100_000); // beyond the whole world
    await waitUntil(() => zoomOut.getAttribute('aria-disabled') === 'true', 'zoom out unavailable', { timeout: 5000 });
    expect(zoomIn.getAttribute('aria-disabled')).to.equal(null);
  });

  it('keeps the keyboard focus on the map when zooming in splits the focused group: on the nearest place', async () => {
    const el = await mapWith(testStore(smallDataset()));
    const group = places(el).find((b) => b.classList.contains('cluster'));
    expect(group, 'a group at the whole-world view').to.not.equal(undefined);
    const key = group!.dataset['key'];
    const at = group!.getBoundingClientRect();
    group!.focus();
    const active = () => current.shadowRoot!.activeElement as HTMLElement | null;
    for (let i = 0; i < 8 && active()?.dataset['key'] === key; i++) {
      await sendKeys({ press: '+' });
      await new Promise((r) => setTimeout(r, 700)); // the zoom's animation, then the layer at the new view
      await el.updateComplete;
    }
    expect(active()?.dataset['key'], 'the group split').to.not.equal(key);
    // The focus is on a place of the map (not lost to the page), near where the group was: zoomed about it.
    expect(active()?.classList.contains('hit')).to.equal(true);
    const now = active()!.getBoundingClientRect();
    const map = $('canvas')!.getBoundingClientRect();
    expect(now.left).to.be.within(map.left, map.right);
    expect(now.top).to.be.within(map.top, map.bottom);
    expect(Math.hypot(now.x - at.x, now.y - at.y)).to.be.lessThan(map.width / 2);
  });

  it('is as high as the world at its width unless --pa-map-height says otherwise (no band of empty sea on a phone)', async () => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const height = async (style: string) => {
      const el = await fixture<PaMap>(html`<pa-map .store=${testStore(smallDataset())} style=${style}></pa-map>`);
      await el.updateComplete;
      return el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect().height;
    };
    expect(await height('inline-size: 400px')).to.be.closeTo(250, 1); // 8:5
    expect(await height('inline-size: 1200px')).to.be.closeTo(28 * rem, 1); // at most 28rem
    expect(await height('inline-size: 300px')).to.be.closeTo(15 * rem, 1); // at least 15rem
    expect(await height('inline-size: 400px; --pa-map-height: 320px')).to.be.closeTo(320, 1);
  });

  it('country view: a country the world outline has no shape for (Andorra, Malta) still has its badge, where its institutions are', async () => {
    const base = smallDataset();
    const extra = [
      inst('ad', 'University of Andorra', 'AD', 42.5063, 1.5218),
      inst('mt', 'University of Malta', 'MT', 35.9022, 14.4835),
    ];
    const ds = dataset(
      [...base.institutions, ...extra],
      [...base.partnerships, partnership('p8', ['kau', 'ad']), partnership('p9', ['kau', 'mt'])],
      'kau',
    );
    const el = await mapWith(testStore(ds));
    ($('[data-action=countries]') as HTMLButtonElement).click();
    await settle(el);
    expect($('path[data-country=AD]'), 'no shape for Andorra at this scale').to.equal(null);
    for (const [code, name] of [
      ['AD', 'Andorra'],
      ['MT', 'Malta'],
    ]) {
      const badge = places(el).find((b) => b.dataset['key'] === `country:${code}`);
      expect(badge, `${name} reachable`).to.not.equal(undefined);
      expect(badge!.textContent).to.contain(`${name}: 1 partnership`);
    }
    // Andorra's badge stands at its institution: between France and Spain, west of Malta.
    const ad = places(el)
      .find((b) => b.dataset['key'] === 'country:AD')!
      .getBoundingClientRect();
    const mt = places(el)
      .find((b) => b.dataset['key'] === 'country:MT')!
      .getBoundingClientRect();
    expect(ad.x).to.be.lessThan(mt.x);
    expect(ad.y).to.be.lessThan(mt.y);
  });

  it('names a group by what its members share: one city, one country, or the regions it spans', async () => {
    const base = smallDataset();
    const withCity = (i: ReturnType<typeof inst>, city: string) => ({ ...i, city });
    const extra = [
      withCity(inst('cai', 'Cairo University', 'EG', 30.0262, 31.2106), 'Cairo'),
      withCity(inst('cai2', 'Ain Shams University', 'EG', 30.0771, 31.2859), 'Cairo'),
      withCity(inst('ore', 'Orenburg State University', 'RU', 51.7727, 55.0988), 'Orenburg'),
      withCity(inst('akt', 'Aktobe Regional University', 'KZ', 50.2839, 57.1669), 'Aktobe'),
    ];
    const ds = dataset(
      [...base.institutions, ...extra],
      [...base.partnerships, ...extra.map((i, n) => partnership(`x${n}`, ['kau', i.id]))],
      'kau',
    );
    const el = await mapWith(testStore(ds));
    const names = labels(el);
    expect(names.some((n) => n.startsWith('2 institutions near Cairo, Egypt'))).to.equal(true);
    expect(names.some((n) => n.startsWith('2 institutions (United Kingdom)'))).to.equal(true);
    expect(names.some((n) => /^2 institutions \((Europe and Asia|Asia and Europe)\)/.test(n))).to.equal(true);
  });

  it('country view: a click on a shaded country opens it, as its badge does; a click on an empty one does nothing', async () => {
    const el = await mapWith(testStore(smallDataset()));
    ($('[data-action=countries]') as HTMLButtonElement).click();
    await settle(el);
    const clickCountry = async (code: string) => {
      const path = $(`path[data-country=${code}]`)!;
      path.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      return path;
    };
    expect((await clickCountry('BR')).getAttribute('data-country')).to.equal('BR');
    expect($('[part=panel]'), 'no partnership in Brazil: nothing opens').to.equal(null);
    expect((await clickCountry('CA')).getAttribute('data-country')).to.equal('CA');
    expect($('[part=panel] h3')!.textContent).to.contain('Canada');
    expect(current.shadowRoot!.activeElement).to.equal($('[part=panel] h3'));
  });

  it('says how many places are on the map once a keyboard zoom or move has settled', async () => {
    await mapWith(testStore(smallDataset()));
    const region = $('[role=status][aria-live=polite]')!;
    $('.viewport')!.focus();
    const viewport = current.shadowRoot!.activeElement as HTMLElement;
    expect(viewport, 'the map surface has the focus').to.not.equal(null);
    await sendKeys({ press: '+' });
    await waitUntil(() => /places? on the map/.test(region.textContent!), 'the places announced', { timeout: 3000 });
    const n = $$('.hit').length;
    expect(region.textContent!.trim()).to.equal(`${n} ${n === 1 ? 'place' : 'places'} on the map`);
    // A move that keeps the count is said again (the text changes, invisibly).
    const before = region.textContent;
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => region.textContent !== before, 'said again', { timeout: 3000 });
    expect(region.textContent!.trim()).to.match(/places? on the map$/);
  });

  it('country view: of two badges that would overlap, the country with more partnerships keeps its number', async () => {
    const base = smallDataset();
    const extra = [
      inst('qa1', 'Qatar University', 'QA', 25.3755, 51.4898),
      inst('qa2', 'Hamad Bin Khalifa University', 'QA', 25.3164, 51.4406),
      inst('bh', 'University of Bahrain', 'BH', 26.0535, 50.5109),
    ];
    const ds = dataset(
      [...base.institutions, ...extra],
      [...base.partnerships, ...extra.map((i, n) => partnership(`g${n}`, ['kau', i.id]))],
      'kau',
    );
    const el = await mapWith(testStore(ds));
    ($('[data-action=countries]') as HTMLButtonElement).click();
    await settle(el);
    const qa = $('[data-key="country:QA"]')!;
    const bh = $('[data-key="country:BH"]')!;
    expect(qa.classList.contains('minor')).to.equal(false);
    expect(qa.querySelector('.badge')!.getBoundingClientRect().width).to.be.at.least(20);
    // Bahrain, next to Qatar at this zoom: a dot under Qatar's badge, still a place with its count in its name.
    expect(bh.classList.contains('minor')).to.equal(true);
    expect(bh.querySelector('.badge')!.getBoundingClientRect().width).to.be.lessThan(12);
    expect(bh.textContent).to.contain('Bahrain: 1 partnership');
    expect(Number(getComputedStyle(qa).zIndex)).to.be.greaterThan(Number(getComputedStyle(bh).zIndex));
    await expect(el).to.be.accessible();
  });
});
