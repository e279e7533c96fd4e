import { expect } from '@open-wc/testing';
import { buildMapModel, classBreaks, classify } from '../../../src/map/aggregate.js';
import { ClusterIndex, clusterPoints } from '../../../src/map/cluster.js';
import { baseProjection, isLocated, project, BASE_WIDTH } from '../../../src/map/projection.js';
import {
  clampView,
  fitView,
  interpolateView,
  limitsFor,
  panBy,
  toBase,
  toScreen,
  visibleBounds,
  zoomAt,
} from '../../../src/map/view.js';
import { nearestInDirection, surfaceAction, zoomKey } from '../../../src/map/keyboard.js';
import { PointerGesture, wheelFactor } from '../../../src/map/gestures.js';
import { arcsPath } from '../../../src/map/arcs.js';
import { KIND_SHAPES, shapeSvg, markerRadius } from '../../../src/map/shapes.js';
import { loadOutline } from '../../../src/map/outline.js';
import { HOME_TARGET, homeSpot, placeTip, TIP_MARGIN } from '../../../src/map/placement.js';
import { smallDataset } from './fixtures.js';
// d3-geo projected the outlines at build time (scripts/build-outlines.js): markers and arcs must agree with it.
import { geoEqualEarth, geoInterpolate, geoPath } from 'd3-geo';

describe('map logic: projection', () => {
  it('fits Equal Earth into the base width and keeps north up', () => {
    const { world } = baseProjection();
    expect(world.x1 - world.x0).to.be.closeTo(BASE_WIDTH, 0.5);
    // Equal Earth's aspect ratio is about 2.05:1.
    expect((world.x1 - world.x0) / (world.y1 - world.y0)).to.be.closeTo(2.05, 0.05);
    const oslo = project(10.75, 59.91)!;
    const capeTown = project(18.42, -33.92)!;
    expect(oslo[1]).to.be.lessThan(capeTown[1]);
    const [cx, cy] = project(0, 0)!;
    expect(cx).to.be.closeTo((world.x0 + world.x1) / 2, 0.5);
    expect(cy).to.be.closeTo((world.y0 + world.y1) / 2, 0.5);
  });

  it('projects points exactly as d3-geo projected the outlines', () => {
    const d3 = geoEqualEarth().fitWidth(BASE_WIDTH, { type: 'Sphere' });
    for (const [lng, lat] of [
      [0, 0],
      [-179.9, 0],
      [180, -90],
      [39.18, 21.49],
      [-79.38, 43.65],
      [174.76, -36.85],
      [-68.3, -54.8],
      [162, -77.5],
      [25, 71],
    ] as const) {
      const [x, y] = project(lng, lat)!;
      const [ex, ey] = d3([lng, lat])!;
      expect(x, `x of ${lng},${lat}`).to.be.closeTo(ex, 1e-6);
      expect(y, `y of ${lng},${lat}`).to.be.closeTo(ey, 1e-6);
    }
    const [[x0, y0], [x1, y1]] = geoPath(d3).bounds({ type: 'Sphere' });
    const { world } = baseProjection();
    expect(world.x0).to.be.closeTo(x0, 0.01);
    expect(world.x1).to.be.closeTo(x1, 0.01);
    expect(world.y0).to.be.closeTo(y0, 0.01);
    expect(world.y1).to.be.closeTo(y1, 0.01);
  });

  it('refuses missing, out-of-range and 0,0 coordinates', () => {
    expect(isLocated({ lat: 21.5, lng: 39.2 })).to.equal(true);
    expect(isLocated({ lat: -77.5, lng: 162 })).to.equal(true);
    expect(isLocated({})).to.equal(false);
    expect(isLocated({ lat: 0, lng: 0 })).to.equal(false);
    expect(isLocated({ lat: 91, lng: 0 })).to.equal(false);
    expect(isLocated({ lat: 10, lng: -181 })).to.equal(false);
    expect(isLocated({ lat: NaN, lng: 3 })).to.equal(false);
  });
});

describe('map logic: view math', () => {
  const size = { width: 800, height: 400 };
  const limits = { minK: 0.1, maxK: 100 };

  it('fits a box centred with padding', () => {
    const v = fitView({ x0: 100, y0: 100, x1: 300, y1: 200 }, size, 0);
    expect(v.k).to.equal(4);
    expect(toScreen(v, 200, 150)).to.deep.equal([400, 200]);
    const padded = fitView({ x0: 100, y0: 100, x1: 300, y1: 200 }, size, 20);
    expect(padded.k).to.equal(3.6);
    // A single point (zero-size box) is capped by maxK, not infinite.
    expect(fitView({ x0: 5, y0: 5, x1: 5, y1: 5 }, size, 0, 8).k).to.equal(8);
  });

  it('zooms about a fixed screen point and respects limits', () => {
    const v = { k: 2, x: 10, y: 20 };
    const z = zoomAt(v, 2, 300, 100, limits);
    expect(z.k).to.equal(4);
    expect(toBase(z, 300, 100)).to.deep.equal(toBase(v, 300, 100));
    expect(zoomAt(v, 1000, 0, 0, limits).k).to.equal(100);
    expect(zoomAt(v, 0.0001, 0, 0, limits).k).to.equal(0.1);
  });

  it('pans, clamps to keep the world in sight, and reports the visible box', () => {
    const world = baseProjection().world;
    const v = fitView(world, size, 0);
    expect(panBy(v, 30, -10)).to.deep.equal({ k: v.k, x: v.x + 30, y: v.y - 10 });
    const lost = clampView(panBy(v, 5000, 5000), world, size, 48);
    // The world's left/top edge may come no further than margin pixels from the far side.
    expect(toScreen(lost, world.x0, world.y0)[0]).to.be.closeTo(size.width - 48, 0.001);
    expect(toScreen(lost, world.x0, world.y0)[1]).to.be.closeTo(size.height - 48, 0.001);
    const b = visibleBounds({ k: 2, x: 10, y: 20 }, size);
    expect(b).to.deep.equal({ x0: -5, y0: -10, x1: 395, y1: 190 });
    const l = limitsFor(world, size);
    expect(l.maxK / l.minK).to.be.closeTo(64 / 0.75, 1e-6);
  });

  it('interpolates geometrically in scale and linearly in the centre', () => {
    const a = { k: 1, x: 0, y: 0 };
    const b = { k: 4, x: -400, y: -200 };
    const mid = interpolateView(a, b, size, 0.5);
    expect(mid.k).to.be.closeTo(2, 1e-9);
    expect(interpolateView(a, b, size, 0)).to.deep.equal(a);
    const end = interpolateView(a, b, size, 1);
    expect(end.k).to.be.closeTo(4, 1e-9);
    expect(end.x).to.be.closeTo(-400, 1e-9);
  });
});

describe('map logic: clustering', () => {
  it('groups points within the radius around the heaviest, keeps far points apart', () => {
    const pts = [
      { x: 0, y: 0, weight: 1 },
      { x: 3, y: 0, weight: 5 },
      { x: 100, y: 100, weight: 2 },
      { x: 6, y: 0, weight: 1 },
    ];
    const clusters = clusterPoints(pts, 4);
    expect(clusters).to.have.length(2);
    const big = clusters[0]!;
    expect(big.members).to.deep.equal([1, 0, 3]);
    expect([big.x, big.y]).to.deep.equal([3, 0]);
    expect(big.weight).to.equal(7);
    expect(big.shared).to.equal(false);
    expect(clusters[1]!.members).to.deep.equal([2]);
  });

  it('marks a shared spot and never splits it, even with radius 0', () => {
    const pts = Array.from({ length: 20 }, () => ({ x: 10, y: 10, weight: 1 }));
    pts.push({ x: 10.001, y: 10, weight: 1 });
    const clusters = clusterPoints(pts, 0);
    expect(clusters).to.have.length(2);
    expect(clusters[0]!.members).to.have.length(20);
    expect(clusters[0]!.shared).to.equal(true);
  });

  it('clusters less as the scale grows, and caches each level', () => {
    const pts = Array.from({ length: 200 }, (_, i) => ({ x: (i % 20) * 2, y: Math.floor(i / 20) * 2, weight: 1 }));
    const index = new ClusterIndex(pts, 30);
    const far = index.at(1);
    const near = index.at(64);
    expect(far.length).to.be.lessThan(near.length);
    expect(near.length).to.equal(200);
    expect(index.at(1.1)).to.equal(far);
    const total = far.reduce((n, c) => n + c.members.length, 0);
    expect(total).to.equal(200);
    // No two cluster leads closer than the radius on screen at that level.
    for (const a of far)
      for (const b of far) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.greaterThan(30 / 1);
  });
});

describe('map logic: map model', () => {
  it('counts partnerships per institution and country, separates home and unlocated', () => {
    const ds = smallDataset();
    const model = buildMapModel(ds, [0, 1, 2, 3, 4, 5, 6]);
    expect(model.home?.institution.id).to.equal('kau');
    expect(model.home?.count).to.equal(7);
    expect(model.institutions.map((i) => i.institution.id)[0]).to.equal('cam');
    expect(model.institutions.find((i) => i.institution.id === 'cam')!.count).to.equal(2);
    expect(model.unlocated.map((i) => i.institution.id).sort()).to.deep.equal(['island', 'nowhere']);
    expect(model.located).to.have.length(5);
    for (const m of model.located) expect(Number.isFinite(m.x) && Number.isFinite(m.y)).to.equal(true);
    const gb = model.countries.find((c) => c.country === 'GB')!;
    // p1 and p2 both involve GB; p2 involves two GB institutions but counts once.
    expect(gb).to.deep.equal({ country: 'GB', institutions: 2, partnerships: 2 });
    expect(model.countries.find((c) => c.country === 'SA')).to.equal(undefined);
    expect(model.partnerships).to.equal(7);
  });

  it('follows the hits: a filtered result drops institutions', () => {
    const model = buildMapModel(smallDataset(), Int32Array.from([2]));
    expect(model.institutions.map((i) => i.institution.id)).to.deep.equal(['tor']);
    expect(model.countries).to.deep.equal([{ country: 'CA', institutions: 1, partnerships: 1 }]);
  });

  it('makes class breaks that use every shade for skewed counts', () => {
    const breaks = classBreaks([1, 1, 2, 3, 5, 8, 13, 200]);
    expect(breaks).to.deep.equal([2, 3, 8, 13, 200].slice(0, breaks.length));
    expect(breaks.length).to.be.at.most(5);
    expect(classify(0, breaks)).to.equal(0);
    expect(classify(1, breaks)).to.equal(1);
    expect(classify(200, breaks)).to.equal(breaks.length);
    expect(classBreaks([4, 4, 9])).to.deep.equal([4, 9]);
    expect(classBreaks([])).to.deep.equal([]);
  });
});

describe('map logic: keyboard model', () => {
  it('maps surface keys to pan, zoom, reset and fit', () => {
    expect(surfaceAction('ArrowLeft')).to.deep.equal({ type: 'pan', dx: 80, dy: 0 });
    expect(surfaceAction('ArrowDown', true)).to.deep.equal({ type: 'pan', dx: 0, dy: -320 });
    expect(surfaceAction('+')).to.deep.equal({ type: 'zoom', factor: 2 });
    expect(surfaceAction('-')).to.deep.equal({ type: 'zoom', factor: 0.5 });
    expect(surfaceAction('Home')).to.deep.equal({ type: 'reset' });
    expect(surfaceAction('0')).to.deep.equal({ type: 'fit' });
    expect(surfaceAction('a')).to.equal(undefined);
    expect(zoomKey('ArrowUp')).to.equal(undefined);
  });

  it('moves to the nearest point in a direction', () => {
    const pts = [
      { x: 100, y: 100 },
      { x: 200, y: 100 },
      { x: 140, y: 180 },
      { x: 100, y: 20 },
      { x: 160, y: 110 },
    ];
    expect(nearestInDirection(pts, 0, 'right')).to.equal(4);
    expect(nearestInDirection(pts, 4, 'right')).to.equal(1);
    expect(nearestInDirection(pts, 0, 'down')).to.equal(2);
    expect(nearestInDirection(pts, 0, 'up')).to.equal(3);
    expect(nearestInDirection(pts, 0, 'left')).to.equal(-1);
    expect(nearestInDirection(pts, 9, 'left')).to.equal(-1);
  });
});

describe('map logic: gestures', () => {
  it('turns one pointer into pans and two into a pinch about their centre', () => {
    const g = new PointerGesture();
    g.down(1, 100, 100);
    expect(g.move(1, 110, 95)).to.deep.equal({ dx: 10, dy: -5, factor: 1, cx: 110, cy: 95 });
    expect(g.dragged).to.equal(true);
    g.down(2, 210, 95);
    const step = g.move(2, 310, 95)!;
    expect(step.factor).to.be.closeTo(2, 1e-9);
    expect(step.cx).to.equal(210);
    expect(g.move(9, 0, 0)).to.equal(undefined);
    g.up(1);
    g.up(2);
    expect(g.size).to.equal(0);
    g.down(3, 0, 0);
    g.move(3, 2, 2);
    expect(g.dragged).to.equal(false);
  });

  it('zooms in on wheel up and out on wheel down', () => {
    expect(wheelFactor(-100, 0)).to.be.greaterThan(1);
    expect(wheelFactor(100, 0)).to.be.lessThan(1);
    expect(wheelFactor(3, 1)).to.be.closeTo(wheelFactor(48, 0), 1e-12);
  });
});

describe('map logic: arcs, shapes and outline', () => {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;

  it('draws arcs along great circles, cut at the antimeridian', () => {
    ctx.lineWidth = 2;
    const short = arcsPath([-10, 0], [[10, 0]]);
    const [mx, my] = project(0, 0)!;
    expect(ctx.isPointInStroke(short, mx, my)).to.equal(true);
    // Jeddah to Toronto: the great circle passes far north of the straight line between them.
    const north = arcsPath([39.18, 21.49], [[-79.38, 43.65]]);
    const [gx, gy] = project(-20, 57)!;
    const [sx, sy] = project(-20, 32.5)!;
    let hitNorth = false;
    for (let dy = -12; dy <= 12 && !hitNorth; dy += 0.5) hitNorth = ctx.isPointInStroke(north, gx, gy + dy);
    expect(hitNorth).to.equal(true);
    expect(ctx.isPointInStroke(north, sx, sy)).to.equal(false);
    const across = arcsPath([170, 0], [[-170, 0]]);
    expect(ctx.isPointInStroke(across, mx, my)).to.equal(false);
    // Jeddah to Auckland and Jeddah to Honolulu: every point of d3-geo's great circle lies on the drawn arc, and
    // an arc that crosses the antimeridian reaches both edges of the map instead of crossing the whole world.
    ctx.lineWidth = 1;
    const jeddah = [39.18, 21.49] as const;
    for (const target of [
      [174.76, -36.85],
      [-157.86, 21.31],
      [-79.38, 43.65],
    ] as const) {
      const arc = arcsPath(jeddah, [target]);
      const along = geoInterpolate([...jeddah], [...target]);
      for (let t = 0.05; t < 1; t += 0.05) {
        const [lng, lat] = along(t);
        if (Math.abs(Math.abs(lng) - 180) < 1) continue; // at the cut itself
        const [x, y] = project(lng, lat)!;
        expect(ctx.isPointInStroke(arc, x, y), `${target} at ${t.toFixed(2)}`).to.equal(true);
      }
    }
    const honolulu = arcsPath(jeddah, [[-157.86, 21.31]]);
    const toHonolulu = geoInterpolate([...jeddah], [-157.86, 21.31]);
    let cutLat = NaN;
    for (let t = 0.001; t <= 1 && Number.isNaN(cutLat); t += 0.001) {
      if (toHonolulu(t)[0] < 0 && toHonolulu(t - 0.001)[0] > 0) cutLat = toHonolulu(t)[1];
    }
    expect(cutLat).to.be.within(20, 89);
    ctx.lineWidth = 3; // the arc runs almost along the curved edge there
    const near = (lng: number) => {
      const [x, y] = project(lng, cutLat)!;
      for (let dy = -2; dy <= 2; dy += 0.25) if (ctx.isPointInStroke(honolulu, x, y + dy)) return true;
      return false;
    };
    expect(near(179.7), 'reaches the east edge').to.equal(true);
    expect(near(-179.7), 'comes back at the west edge').to.equal(true);
    expect(near(0), 'never crosses the middle').to.equal(false);
  });

  it('gives every kind its own shape', () => {
    const shapes = Object.values(KIND_SHAPES);
    expect(new Set(shapes).size).to.equal(shapes.length);
    expect(shapeSvg('square', 0, 0, 10)).to.match(/^M-8\.9,-8\.9L/);
    expect(markerRadius(1)).to.be.lessThan(markerRadius(9));
    expect(markerRadius(100000)).to.equal(13);
  });

  it('loads the 110m outline lazily and joins world-atlas ids to alpha-2 codes', async () => {
    const outline = await loadOutline('110m');
    expect(outline.countries.length).to.be.greaterThan(170);
    const codes = new Set(outline.countries.map((c) => c.country));
    for (const code of ['FR', 'SA', 'GB', 'US', 'CN', 'XK', 'AU']) expect(codes.has(code), code).to.equal(true);
    const fr = outline.countries.find((c) => c.country === 'FR')!;
    // France's label sits in mainland France, not between it and French Guiana.
    const [px, py] = project(2.5, 46.5)!;
    expect(Math.hypot(fr.cx - px, fr.cy - py)).to.be.lessThan(15);
    expect(outline.sphere).to.match(/^M/);
    expect(await loadOutline('110m')).to.equal(outline);
  });
});

describe('map logic: institutions without partnerships', () => {
  it('shows every institution of a dataset that has no partnerships (a plain list of institutions)', () => {
    const ds = smallDataset();
    const model = buildMapModel({ ...ds, partnerships: [] }, []);
    expect(model.institutions.length + (model.home ? 1 : 0)).to.equal(ds.institutions.length);
    expect(model.located.every((i) => i.count === 0)).to.equal(true);
  });
});

describe('map logic: placement', () => {
  const area = { width: 320, height: 400 };
  const tip = { width: 256, height: 36 };
  const inside = (p: { x: number; y: number }) =>
    p.x >= TIP_MARGIN &&
    p.x + tip.width <= area.width - TIP_MARGIN &&
    p.y >= TIP_MARGIN &&
    p.y + tip.height <= area.height - TIP_MARGIN;
  const at = (x: number, y: number, size = 24) => ({
    left: x - size / 2,
    top: y - size / 2,
    width: size,
    height: size,
  });

  it('keeps a tooltip inside the map: centred above, shifted at the sides, below at the top, beside if need be', () => {
    // Room everywhere: centred above the place.
    expect(placeTip(at(160, 200), tip, area)).to.deep.equal({ x: 32, y: 200 - 12 - 4 - 36 });
    // Near the left or right edge: shifted inside, still above.
    expect(placeTip(at(10, 200), tip, area)).to.deep.equal({ x: TIP_MARGIN, y: 148 });
    expect(placeTip(at(315, 200), tip, area).x).to.equal(320 - TIP_MARGIN - 256);
    // Near the top: below the place.
    expect(placeTip(at(160, 20), tip, area).y).to.equal(20 + 12 + 4);
    // Every spot of the map, a corner included: always inside.
    for (let x = -10; x <= 330; x += 20)
      for (let y = -10; y <= 410; y += 20) expect(inside(placeTip(at(x, y), tip, area))).to.equal(true);
    // A map too short for above or below: beside the place, on the side with room.
    const flat = { width: 600, height: 50 };
    const beside = placeTip(at(100, 25), tip, flat);
    expect(beside.x).to.equal(100 + 12 + 4);
    expect(placeTip(at(500, 25), tip, flat).x).to.equal(500 - 12 - 4 - 256);
  });

  it('moves the home star beside a group it would cover, clear of every count, on the side nearest home', () => {
    const group = { x: 100, y: 100, r: 20, count: 33 };
    // Far from every group: at home.
    expect(homeSpot({ x: 200, y: 100 }, [group])).to.deep.equal({ x: 200, y: 100 });
    const clear = (p: { x: number; y: number }, g: typeof group) =>
      Math.abs(p.x - g.x) >= HOME_TARGET / 2 + 7 || Math.abs(p.y - g.y) >= HOME_TARGET / 2 + 5;
    // Home below and before the group's centre (Jeddah under a group of the Gulf): the star goes to that side, not
    // over the other side of the group, where the arcs (which start at home) do not meet.
    const low = { x: 88, y: 110 };
    const beside = homeSpot(low, [group]);
    expect(clear(beside, group)).to.equal(true);
    expect(beside.x).to.be.lessThan(100);
    expect(beside.y).to.be.greaterThan(100);
    expect(Math.hypot(beside.x - low.x, beside.y - low.y)).to.be.lessThan(20);
    // On the group's centre: at the nearest spot toward the inline end (right, or left on right-to-left pages), its
    // count uncovered.
    const ltr = homeSpot({ x: 100, y: 100 }, [group]);
    expect(ltr.x).to.be.greaterThan(100);
    expect(clear(ltr, group)).to.equal(true);
    const rtl = homeSpot({ x: 100, y: 100 }, [group], true);
    expect(rtl.x).to.be.lessThan(100);
    expect(rtl.y).to.equal(ltr.y);
    // A neighbour group there: elsewhere around the group, still covering no count.
    const neighbour = { x: 145, y: 100, r: 18, count: 12 };
    const moved = homeSpot({ x: 100, y: 100 }, [group, neighbour]);
    expect(moved).to.not.deep.equal(ltr);
    expect(clear(moved, group) && clear(moved, neighbour)).to.equal(true);
    expect(Math.hypot(moved.x - neighbour.x, moved.y - neighbour.y)).to.be.at.least(neighbour.r + 9);
  });
});
