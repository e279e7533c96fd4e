// The map's targets (issue 6), each beside the baseline it names. The baseline is measured again here, in the same
// page, the way the issue describes it: a d3-geo SVG world (110m) with one <circle> per institution.
import type { BenchContext, BenchResult } from '../harness.js';
import { ms, percentile, table, verdict } from '../harness.js';
import { geoEqualEarth, geoPath } from 'd3-geo';
import '../../src/components/map/define.js';
import type { PaMap } from '../../src/components/map/map.js';
import { loadOutline } from '../../src/map/outline.js';
import { isLocated, project } from '../../src/map/projection.js';
import { generateDataset } from '../../src/data/generate.js';
import { validateDataset } from '../../src/data/validate.js';
import { createEngine } from '../../src/state/engine/index.js';
import type { QueryState, StoreApi, StoreState } from '../../src/state/types.js';
import type { Dataset } from '../../src/data/model.js';

const FRAME = 1000 / 60;

function makeDataset(institutions: number, partnerships: number): Dataset {
  const input = generateDataset({ partnerships, institutions, seed: 7 });
  return validateDataset(input, { source: 'bench', today: '2025-06-01' }).dataset;
}

type Store = StoreApi;

/**
 * A store over the real engine. The data layer's createStore pulls the CSV loader (papaparse, CommonJS), which the
 * benchmark's Vite server does not pre-bundle; the map only needs StoreApi, and the engine does the same search.
 */
function storeWith(ds: Dataset): Store {
  const engine = createEngine(ds);
  const listeners = new Set<(s: StoreState, p: StoreState) => void>();
  let view: QueryState = { query: '', filters: {}, sort: 'relevance', page: 0 };
  let state: StoreState = {
    status: 'ready',
    dataset: ds,
    problems: [],
    view,
    highlighted: [],
    result: engine.search(view),
  };
  const setView = (next: QueryState) => {
    const prev = state;
    view = next;
    state = { ...state, view, result: engine.search(view) };
    for (const l of listeners) l(state, prev);
  };
  return {
    getState: () => state,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    setQuery: (query) => setView({ ...view, query }),
    toggleFilter: () => undefined,
    setFilter: (facet, values) => setView({ ...view, filters: { ...view.filters, [facet]: values } }),
    setYears: () => undefined,
    setSort: () => undefined,
    setPage: () => undefined,
    select: () => undefined,
    highlight: () => undefined,
    clear: () => setView({ query: '', filters: {}, sort: 'relevance', page: 0 }),
    setView,
  };
}

/** Resolves after the frame that is being prepared has been rendered (rAF, then a task after rendering). */
function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

async function mountMap(store: Store): Promise<{ map: PaMap; elapsed: number }> {
  const host = document.createElement('div');
  host.style.cssText = 'inline-size: 1200px';
  document.body.append(host);
  await afterPaint();
  const t0 = performance.now();
  const map = document.createElement('pa-map');
  map.store = store;
  host.append(map);
  await map.updateComplete;
  const t1 = await afterPaint();
  return { map, elapsed: t1 - t0 };
}

function unmount(map: PaMap): void {
  map.parentElement!.remove();
}

/** Median first paint of a map over `runs` fresh elements (outline already loaded). */
async function firstPaint(store: Store, runs = 5): Promise<{ median: number; places: number }> {
  const times: number[] = [];
  let places = 0;
  for (let i = 0; i < runs; i++) {
    const { map, elapsed } = await mountMap(store);
    times.push(elapsed);
    places = map.shadowRoot!.querySelectorAll('.hit').length;
    unmount(map);
  }
  return { median: percentile(times, 50), places };
}

/** p95 cost of pan/zoom frames: from the start of the frame to after it rendered, input arriving before it. */
async function gestureFrames(map: PaMap, frames: number): Promise<{ pan: number; zoom: number }> {
  const viewport = map.shadowRoot!.querySelector<HTMLElement>('[part=viewport]')!;
  const r = viewport.getBoundingClientRect();
  const measure = (input: () => void) =>
    new Promise<number>((resolve) => {
      let t0 = 0;
      requestAnimationFrame(() => (t0 = performance.now()));
      input();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    });
  const pan: number[] = [];
  const base = { bubbles: true, pointerId: 1, pointerType: 'mouse', button: 0 };
  map.resetZoom();
  map.zoomBy(4);
  await afterPaint();
  let x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  viewport.dispatchEvent(new PointerEvent('pointerdown', { ...base, clientX: x, clientY: y }));
  for (let i = 0; i < frames; i++) {
    const dx = Math.sin(i / 7) * 25;
    x += dx;
    pan.push(
      await measure(() =>
        viewport.dispatchEvent(
          new PointerEvent('pointermove', { ...base, clientX: x, clientY: y + Math.cos(i / 5) * 10 }),
        ),
      ),
    );
  }
  viewport.dispatchEvent(new PointerEvent('pointerup', { ...base, clientX: x, clientY: y }));
  await new Promise((res) => setTimeout(res, 300));
  map.resetZoom();
  await afterPaint();
  const zoom: number[] = [];
  for (let i = 0; i < frames; i++) {
    // Zoom in over 30 frames and out again, about points around the centre: crosses many cluster levels.
    const deltaY = Math.floor(i / 30) % 2 === 0 ? -60 : 60;
    const event = new WheelEvent('wheel', {
      bubbles: true,
      cancelable: true,
      deltaY,
      clientX: r.left + r.width * (0.3 + (0.4 * ((i * 37) % 100)) / 100),
      clientY: r.top + r.height * 0.45,
    });
    zoom.push(await measure(() => viewport.dispatchEvent(event)));
  }
  return { pan: percentile(pan, 95), zoom: percentile(zoom, 95) };
}

/** Time to re-render the focusable layer once a gesture ends (not a frame target; reported for information). */
async function settleCost(map: PaMap): Promise<number> {
  map.zoomBy(2);
  await afterPaint();
  await new Promise((res) => setTimeout(res, 200));
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    (map as unknown as { settle(): void }).settle();
    await map.updateComplete;
    times.push((await afterPaint()) - t0);
  }
  return percentile(times, 50);
}

/** Filter changes at 10,000 partnerships: store action -> map updated and painted. */
async function filterChange(
  store: Store,
  map: PaMap,
  ds: Dataset,
): Promise<{ total: number; map: number; mapMedian: number; engine: number; frames: number }> {
  const countries = [...new Set(ds.institutions.map((i) => i.country))].filter(Boolean).slice(0, 12);
  const totals: number[] = [];
  const maps: number[] = [];
  const engines: number[] = [];
  let worstFrames = 0;
  // The first 24 changes warm up (the JIT compiles the engine's and the map's paths, as on a page after a few
  // clicks; cold, the p95 of so few samples is a compile pause); the next 60 are timed.
  for (let i = 0; i < 24 + 60; i++) {
    await afterPaint();
    const values = i % 3 === 2 ? [] : [countries[i % countries.length]!];
    let frames = 0;
    let counting = true;
    const count = () => {
      if (!counting) return;
      frames++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const t0 = performance.now();
    store.setFilter('country', values);
    const t1 = performance.now();
    await map.updateComplete;
    const t2 = performance.now();
    const t3 = await afterPaint();
    counting = false;
    if (i < 24) continue;
    engines.push(t1 - t0);
    // The map's work: its Lit update, which also redraws the canvas (rendering follows in the same frame).
    maps.push(t2 - t1);
    totals.push(t3 - t0);
    worstFrames = Math.max(worstFrames, frames);
  }
  return {
    total: percentile(totals, 95),
    map: percentile(maps, 95),
    mapMedian: percentile(maps, 50),
    engine: percentile(engines, 95),
    frames: worstFrames,
  };
}

// ---------------------------------------------------------------------------------------------- baseline

async function baseline(ds: Dataset, frames: number): Promise<{ first: number; group: number; resize: number }> {
  // The issue's method: world-atlas TopoJSON projected in the page by topojson-client and d3-geo.
  const topology = (await import('world-atlas/countries-110m.json')).default;
  const { feature } = await import('topojson-client');
  const countries = feature(
    topology as never,
    (topology as unknown as { objects: { countries: never } }).objects.countries,
  ) as unknown as { features: unknown[] };
  const path = geoPath(geoEqualEarth().fitWidth(1000, { type: 'Sphere' }).precision(0.2));
  const host = document.createElement('div');
  document.body.append(host);
  const NS = 'http://www.w3.org/2000/svg';
  await afterPaint();
  const t0 = performance.now();
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', '1200');
  svg.setAttribute('height', '600');
  const g = document.createElementNS(NS, 'g');
  svg.append(g);
  for (const f of countries.features) {
    const p = document.createElementNS(NS, 'path');
    p.setAttribute('d', path(f as never) ?? '');
    p.setAttribute('fill', '#ddd');
    p.setAttribute('stroke', '#fff');
    g.append(p);
  }
  const circles: SVGCircleElement[] = [];
  for (const inst of ds.institutions) {
    if (!isLocated(inst)) continue;
    const [x, y] = project(inst.lng!, inst.lat!)!;
    const c = document.createElementNS(NS, 'circle');
    c.setAttribute('cx', String(x));
    c.setAttribute('cy', String(y));
    c.setAttribute('r', '4');
    c.setAttribute('fill', '#0b5cad');
    g.append(c);
    circles.push(c);
  }
  host.append(svg);
  const first = (await afterPaint()) - t0;
  const frame = (fn: (i: number) => void, i: number) =>
    new Promise<number>((resolve) => {
      requestAnimationFrame(() => {
        const s = performance.now();
        fn(i);
        setTimeout(() => resolve(performance.now() - s), 0);
      });
    });
  const group: number[] = [];
  const resize: number[] = [];
  for (let i = 0; i < frames; i++) {
    const k = 1.2 + (i % 30) / 10;
    group.push(await frame(() => g.setAttribute('transform', `translate(${-i * 3},0) scale(${k})`), i));
  }
  for (let i = 0; i < frames; i++) {
    const k = 1.2 + (i % 30) / 10;
    resize.push(
      await frame(() => {
        g.setAttribute('transform', `translate(${-i * 3},0) scale(${k})`);
        for (const c of circles) c.setAttribute('r', String(4 / k));
      }, i),
    );
  }
  host.remove();
  return { first, group: percentile(group, 95), resize: percentile(resize, 95) };
}

// ---------------------------------------------------------------------------------------------- code size

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** The map's own code in the CDN bundle, attributed through its source map: map sources, d3-geo, topojson-client. */
async function codeSizes(): Promise<{ map?: number; outline?: number; outline50?: number; note?: string }> {
  // The CDN file is an autoloader that imports the map's chunk when a <pa-map> appears: the map's code is there.
  const entry = await fetch('/dist/cdn/partner-atlas.js');
  const missing = { note: 'run `npm run build` first: dist/cdn is missing' };
  if (!entry.ok) return missing;
  const core = /chunks\/map-[\w-]+\.js/.exec(await entry.text())?.[0];
  if (!core) return missing;
  const bundle = await fetch(`/dist/cdn/${core}`);
  const sourceMap = await fetch(`/dist/cdn/${core}.map`);
  if (!bundle.ok || !sourceMap.ok || !(sourceMap.headers.get('content-type') ?? '').includes('json')) return missing;
  // The benchmark's Vite server appends an inline source map to the chunk; the file on disk has none.
  const code = (await bundle.text()).replace(/\n\/\/# sourceMappingURL=data:[^\n]*\s*$/, '');
  const smap = (await sourceMap.json()) as { sources: string[]; mappings: string };
  const isMap = smap.sources.map((s) =>
    /src\/map\/|src\/components\/map\/|src\/events\/institution-open|node_modules\/(d3-geo|d3-array|topojson-client)\//.test(
      s,
    ),
  );
  const lines = code.split('\n');
  const pieces: string[] = [];
  let src = 0;
  smap.mappings.split(';').forEach((line, li) => {
    const text = lines[li] ?? '';
    let col = 0;
    const segs = line ? line.split(',').map(decodeVlq) : [];
    let cols: Array<[number, number]> = [];
    for (const seg of segs) {
      col += seg[0]!;
      if (seg.length > 1) src += seg[1]!;
      cols.push([col, seg.length > 1 ? src : -1]);
      if (seg.length > 3) {
        // line/column deltas are not needed for attribution
      }
    }
    cols = cols.sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < cols.length; i++) {
      const [start, s] = cols[i]!;
      const end = i + 1 < cols.length ? cols[i + 1]![0] : text.length;
      if (s >= 0 && isMap[s]) pieces.push(text.slice(start, end));
    }
  });
  const map = await gzipSize(pieces.join(''));
  const chunk = async (re: RegExp) => {
    const name = re.exec(code)?.[0];
    if (!name) return undefined;
    const res = await fetch(`/dist/cdn/chunks/${name.replace(/^.*\//, '')}`);
    // The benchmark's Vite server appends the chunk's source map inline; the file on disk has no such line.
    return res.ok ? gzipSize((await res.text()).replace(/\n\/\/# sourceMappingURL=data:[^\n]*\s*$/, '')) : undefined;
  };
  const outline = await chunk(/outline-110m-[\w-]+\.js/);
  const outline50 = await chunk(/outline-50m-[\w-]+\.js/);
  return { map, ...(outline ? { outline } : {}), ...(outline50 ? { outline50 } : {}) };
}

const kb = (n: number | undefined) => (n === undefined ? 'n/a' : `${(n / 1024).toFixed(1)} kB`);

// ---------------------------------------------------------------------------------------------- run

export default async function run(ctx: BenchContext): Promise<BenchResult> {
  ctx.log('loading outline');
  const tOutline = performance.now();
  await loadOutline('110m');
  const outlineMs = performance.now() - tOutline;
  const ds2k = makeDataset(2000, 10000);
  const ds5k = makeDataset(5000, 15000);
  const ds10k = makeDataset(500, 10000);
  const located = (ds: Dataset) => ds.institutions.filter(isLocated).length;
  ctx.log(`datasets: ${located(ds2k)} / ${located(ds5k)} located institutions`);

  // Warm up once (JIT, styles, fonts), then measure fresh elements.
  const store2k = storeWith(ds2k);
  const store5k = storeWith(ds5k);
  unmount((await mountMap(store2k)).map);
  const fp2k = await firstPaint(store2k);
  const fp5k = await firstPaint(store5k);
  ctx.log(`first paint ${ms(fp2k.median)} / ${ms(fp5k.median)}`);

  const FRAMES = 90;
  const { map } = await mountMap(store5k);
  await gestureFrames(map, 20); // warm-up: caches of the cluster levels the gestures cross
  const x1 = await gestureFrames(map, FRAMES);
  ctx.log(`frames x1 pan ${ms(x1.pan)} zoom ${ms(x1.zoom)}`);
  await ctx.throttle(4);
  const x4 = await gestureFrames(map, FRAMES);
  await ctx.throttle(1);
  ctx.log(`frames x4 pan ${ms(x4.pan)} zoom ${ms(x4.zoom)}`);
  const settle = await settleCost(map);
  unmount(map);

  const store10k = storeWith(ds10k);
  const mounted10k = await mountMap(store10k);
  const filter = await filterChange(store10k, mounted10k.map, ds10k);
  unmount(mounted10k.map);
  ctx.log(`filter ${ms(filter.total)}`);

  const base2k = await baseline(ds2k, 60);
  const base5k = await baseline(ds5k, 60);
  ctx.log(`baseline ${ms(base2k.first)} / group ${ms(base5k.group)} / resize ${ms(base5k.resize)}`);
  const size = await codeSizes();

  const rows: Array<Array<string | number>> = [
    [
      'First paint, 2,000 institutions (outline loaded)',
      ms(fp2k.median),
      '≤ 60 ms',
      `${ms(base2k.first)} (issue: ~90 ms)`,
      verdict(fp2k.median, 60),
    ],
    [
      'First paint, 5,000 institutions (outline loaded)',
      ms(fp5k.median),
      '≤ 100 ms',
      ms(base5k.first),
      verdict(fp5k.median, 100),
    ],
    [
      'Pan frame p95, 5,000 institutions, CPU ×1',
      ms(x1.pan),
      '≤ 16 ms',
      `${ms(base5k.group)} group transform (issue: 7 ms)`,
      verdict(x1.pan, 16),
    ],
    [
      'Zoom frame p95, 5,000 institutions, CPU ×1',
      ms(x1.zoom),
      '≤ 16 ms',
      `${ms(base5k.resize)} resizing markers (issue: 28 ms)`,
      verdict(x1.zoom, 16),
    ],
    ['Pan frame p95, 5,000 institutions, CPU ×4', ms(x4.pan), '≤ 33 ms', '–', verdict(x4.pan, 33)],
    ['Zoom frame p95, 5,000 institutions, CPU ×4', ms(x4.zoom), '≤ 33 ms', '–', verdict(x4.zoom, 33)],
    [
      'Filter change → map updated in the next frame, 10,000 partnerships (p95 of the map’s work; frames to paint)',
      `${ms(filter.map)}, median ${ms(filter.mapMedian)} (+ engine ${ms(filter.engine)}); ${filter.frames} frame(s)`,
      `≤ one frame (${ms(FRAME)}), 1 frame`,
      '–',
      filter.frames <= 1 ? verdict(filter.map + filter.engine, FRAME) : '❌ missed',
    ],
    [
      'Map code in the CDN bundle, without outline (gzip)',
      kb(size.map),
      '≤ 20 kB',
      '–',
      size.map === undefined ? '❌ not measured' : verdict(size.map, 20 * 1024),
    ],
    [
      '110m outline chunk, loaded lazily (gzip)',
      kb(size.outline),
      '≈ 40 kB',
      '39 kB raw world-atlas JSON',
      size.outline === undefined ? '❌ not measured' : verdict(size.outline, 45 * 1024),
    ],
  ];
  const markdown = `The map with Canvas markers over an SVG outline drawn once: pan and zoom move one transform on the outline
and one on the focusable layer, and redraw the canvas; clusters are cached per half-octave of zoom. Baselines are
measured again here with the issue's method (a d3-geo SVG world + one \`<circle>\` per institution); the issue's own
figures are in brackets. Generated datasets (seed 7): ${located(ds2k).toLocaleString('en')} and
${located(ds5k).toLocaleString('en')} located institutions; 10,000 partnerships for the filter test.

${table(['target', 'measured', 'target value', 'baseline', 'verdict'], rows)}

- First paint = median of 5 fresh \`<pa-map>\` elements from creation to the painted frame (two Lit updates, the
  outline's 177 paths, clustering, the canvas and ${fp2k.places} / ${fp5k.places} focusable places).
- Frames: 90 pointer-drag frames and 90 wheel frames (zooming in and out across cluster levels), each timed from the
  start of its animation frame to after it rendered (rAF + task).
- Filter change: \`store.setFilter('country', …)\` 84 times, the first 24 untimed; the map's work is its update (model, clusters, arcs,
  places, canvas), the engine's search is shown apart; "frames" counts the animation frames until the change was
  painted (worst of the 60 timed). From the action to the painted frame, vsync wait included: p95 ${ms(filter.total)}.
- Timings on this shared 2-core machine swing with the load of other work running at the same time (other
  developers' tests and builds); compare with the baseline measured in the same run.
- After a gesture stops, the focusable layer re-renders once (${ms(settle)} median), outside any gesture frame. The
  clusters and arcs of every zoom level are prepared in idle time after each result change (nearest levels first),
  so gesture frames only draw; arcs are cut into steps as fine as their level's scale needs (0.5° to 8°).
- Loading and preparing the 110m outline took ${ms(outlineMs)} here (served locally). The outlines are projected at
  build time (\`npm run outlines\`, scripts/build-outlines.js: d3-geo and topojson-client run in Node) into relative
  SVG path data, so neither library is in the bundle and the browser only parses paths.${size.outline50 ? ` The optional 50m outline (\`detail="auto"\`) is ${kb(size.outline50)} gzip, loaded only when zoomed in far.` : ''}
- Code size: generated bytes of the CDN bundle whose source map points to src/map/, src/components/map/, d3-geo,
  d3-array or topojson-client, gzipped together (Lit, the store and i18n are shared with the other elements); the
  outline chunks are measured as built (without the inline source map the benchmark's server adds).${size.note ? ` ${size.note}.` : ''}
`;
  return { title: 'Map (pa-map)', markdown };
}
