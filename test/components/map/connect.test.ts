// How pa-map finds its data: alone with `src`, nested in <pa-data>, or naming a <pa-data> elsewhere with `for`;
// and the 3,000 real ROR institutions.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/map/define.js';
import '../../../src/components/data/define.js';
import type { PaMap } from '../../../src/components/map/map.js';
import { ClusterIndex } from '../../../src/map/cluster.js';
import { baseProjection, project } from '../../../src/map/projection.js';

const ROR = '/__shared/ror/ror-institutions.json';

async function ready(el: PaMap, min = 1): Promise<void> {
  await waitUntil(
    () =>
      el.shadowRoot!.querySelectorAll('path.land').length > 0 && el.shadowRoot!.querySelectorAll('.hit').length >= min,
    'map drawn with places',
    { timeout: 15000 },
  );
  await new Promise((r) => setTimeout(r, 200));
  await el.updateComplete;
}

const DATA = {
  meta: { home: 'https://ror.org/02ma4wv74' },
  institutions: [
    {
      id: 'https://ror.org/02ma4wv74',
      name: { en: 'King Abdulaziz University' },
      country: 'SA',
      lat: 21.49,
      lng: 39.19,
    },
    { id: 'cam', name: 'University of Cambridge', country: 'GB', lat: 52.2, lng: 0.12 },
    { id: 'tor', name: 'University of Toronto', country: 'CA', lat: 43.65, lng: -79.38 },
  ],
  partnerships: [
    { id: 'a', title: 'Energy research', partners: ['https://ror.org/02ma4wv74', 'cam'], type: 'joint-research' },
    { id: 'b', title: 'Student exchange', partners: ['https://ror.org/02ma4wv74', 'tor'], type: 'student-exchange' },
  ],
};

describe('pa-map: connecting to data', () => {
  it('works alone with `data` (its own store) and filters its own store', async () => {
    const el = await fixture<PaMap>(html`<pa-map .data=${DATA} style="--pa-map-height: 300px"></pa-map>`);
    await ready(el, 3);
    const names = [...el.shadowRoot!.querySelectorAll('.hit')].map((b) => b.textContent!.trim());
    expect(names.some((n) => n.startsWith('University of Toronto'))).to.equal(true);
    expect(el.connectedStore).to.not.equal(undefined);
    el.connectedStore!.setFilter('country', ['CA']);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    const after = [...el.shadowRoot!.querySelectorAll('.hit')].map((b) => b.textContent!.trim());
    expect(after.some((n) => n.startsWith('University of Cambridge'))).to.equal(false);
    expect(after.some((n) => n.startsWith('University of Toronto'))).to.equal(true);
    // Alone on the page, its own data: its changes are the map's, and said.
    await waitUntil(
      () =>
        el.shadowRoot!.querySelector('[role=status][aria-live]')!.textContent!.includes('1 institution in 1 country'),
      'announced',
      { timeout: 2000 },
    );
    await expect(el).to.be.accessible();
  });

  it('warns once when `for` names no element, not when the element is added just after the map', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const wrap = document.createElement('div');
    after(() => {
      console.warn = warn;
      wrap.remove();
    });
    const lost = document.createElement('pa-map');
    lost.setAttribute('for', 'map-test-nowhere');
    const late = document.createElement('pa-map');
    late.setAttribute('for', 'map-test-late');
    wrap.append(lost, late);
    document.body.append(wrap);
    // Added after the maps connected (as a script or a framework might): no warning for that one.
    const data = document.createElement('pa-data') as HTMLElement & { data: unknown };
    data.id = 'map-test-late';
    data.data = DATA;
    wrap.append(data);
    await new Promise((r) => setTimeout(r, 100));
    // Moved (disconnected and connected again): still one warning.
    wrap.prepend(lost);
    await new Promise((r) => setTimeout(r, 100));
    console.warn = warn;
    const ours = warnings.filter((w) => w.includes('pa-map'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('for="map-test-nowhere"').and.contain('id="map-test-nowhere"');
    expect(ours[0]).to.contain('<pa-directory>');
  });

  it('follows a <pa-data> around it, and one elsewhere named with `for`', async function () {
    this.timeout(40000);
    // Built by hand: fixture() waits for an animation frame on plain elements, which hidden test pages never get.
    const wrap = document.createElement('div');
    const data = document.createElement('pa-data') as HTMLElement & { data: unknown };
    data.id = 'map-test-data';
    data.data = DATA;
    const insideMap = document.createElement('pa-map');
    insideMap.className = 'inside';
    insideMap.style.setProperty('--pa-map-height', '250px');
    data.append(insideMap);
    const outsideMap = document.createElement('pa-map');
    outsideMap.className = 'outside';
    outsideMap.setAttribute('for', 'map-test-data');
    outsideMap.style.setProperty('--pa-map-height', '250px');
    wrap.append(data, outsideMap);
    document.body.append(wrap);
    after(() => wrap.remove());
    const inside = wrap.querySelector<PaMap>('pa-map.inside')!;
    const outside = wrap.querySelector<PaMap>('pa-map.outside')!;
    await ready(inside, 3).catch(() => expect.fail('the map inside <pa-data> drew nothing'));
    await ready(outside, 3).catch(() => expect.fail('the map with `for` drew nothing'));
    const store = (data as unknown as { store: { setFilter(f: string, v: string[]): void } }).store;
    expect(inside.connectedStore).to.equal(store);
    expect(outside.connectedStore).to.equal(store);
    store.setFilter('country', ['GB']);
    await new Promise((r) => setTimeout(r, 250));
    for (const el of [inside, outside]) {
      const names = [...el.shadowRoot!.querySelectorAll('.hit')].map((b) => b.textContent!.trim());
      expect(names.some((n) => n.startsWith('University of Toronto'))).to.equal(false);
      expect(names.some((n) => n.startsWith('University of Cambridge'))).to.equal(true);
    }
  });

  it('renders the 3,000 real ROR institutions: none at 0,0, every one drawn, shared spots openable', async function () {
    this.timeout(60000);
    const el = await fixture<PaMap>(
      html`<pa-map src=${ROR} style="--pa-map-height: 500px; inline-size: 1000px"></pa-map>`,
    );
    await ready(el, 10);
    const state = el.connectedStore!.getState();
    expect(state.dataset!.institutions.length).to.equal(3000);
    const status = el.shadowRoot!.querySelector('[part=status]')!.textContent!;
    expect(status).to.contain('3,000 institutions');
    expect(status).not.to.contain('no location');
    // Every institution has real coordinates; nothing sits at 0,0 (the projected centre of the map).
    const [cx, cy] = project(0, 0)!;
    const index = new ClusterIndex(
      state
        .dataset!.institutions.map((i) => ({ ...project(i.lng!, i.lat!)!, weight: 1 }))
        .map((p) => ({ x: p[0], y: p[1], weight: 1 })),
      0,
    );
    const spots = index.at(1);
    expect(spots.every((s) => Math.hypot(s.x - cx, s.y - cy) > 0.5)).to.equal(true);
    expect(Math.max(...spots.map((s) => s.members.length))).to.equal(20);
    // Zoom into the biggest shared spot (20 institutions at one point) and open it as a list.
    const world = baseProjection().world;
    expect(world.x1).to.be.greaterThan(0);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.width).to.be.greaterThan(0);
    for (let i = 0; i < 8; i++) el.zoomBy(2);
    await new Promise((r) => setTimeout(r, 250));
    el.resetZoom();
    await new Promise((r) => setTimeout(r, 600));
    const biggest = [...spots].sort((a, b) => b.members.length - a.members.length)[0]!;
    const v = el.currentView;
    el.zoomBy(64, { x: biggest.x * v.k + v.x, y: biggest.y * v.k + v.y });
    await new Promise((r) => setTimeout(r, 250));
    await el.updateComplete;
    // At the closest zoom, the 20 institutions on one point stay together (with any within a few kilometres).
    const spot = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.hit')].find(
      (b) => Number(/^(\d+) institutions (at one spot|near)/.exec(b.textContent!.trim())?.[1] ?? 0) >= 20,
    )!;
    expect(spot, 'a group of at least 20 institutions is on screen').to.not.equal(undefined);
    spot.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=panel] ul.members button').length).to.be.at.least(20);
    await expect(el).to.be.accessible();
  });
});
