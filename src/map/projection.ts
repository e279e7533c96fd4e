/**
 * The map's base projection: Equal Earth (equal-area, pleasant shapes, no tiles), fitted to a fixed base space
 * `BASE_WIDTH` units wide. Every geometry (country outlines, markers, arcs) lives in this base space; panning and
 * zooming only change a `View` (scale + offset, see ./view.ts) from base to screen.
 *
 * The outlines are projected at build time by d3-geo (scripts/build-outlines.js). Markers and arcs only need
 * points projected, which is the closed-form Equal Earth formula (Šavrič, Patterson & Jenny, 2018) below: a few
 * lines instead of d3-geo's projection pipeline (clipping and resampling, about 8 kB gzip), which points do not
 * need. test/components/map/logic.test.ts checks that both give the same points.
 */
import type { Institution } from '../data/model.js';
import type { Bounds } from './view.js';

/** Width of the base space in projected units. */
export const BASE_WIDTH = 1000;

// Equal Earth's polynomial coefficients.
const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
/**
 * Scale and vertical offset of `geoEqualEarth().fitWidth(BASE_WIDTH, sphere)` in d3-geo, which projected the
 * outlines; the horizontal offset is half the width (the map is centred on Greenwich).
 */
const SCALE = 184.73156767339816;
const OFFSET_Y = 243.35848769370224;

/** Equal Earth in base units; `lng` and `lat` in degrees. */
function equalEarth(lng: number, lat: number): [number, number] {
  const l = Math.asin(M * Math.sin((lat * Math.PI) / 180));
  const l2 = l * l;
  const l6 = l2 * l2 * l2;
  const x = (((lng * Math.PI) / 180) * Math.cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2)));
  const y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
  return [BASE_WIDTH / 2 + SCALE * x, OFFSET_Y - SCALE * y];
}

export interface BaseProjection {
  /** The whole sphere's box in base units. */
  readonly world: Bounds;
}

let base: BaseProjection | undefined;

/** The shared base projection (created on first use). */
export function baseProjection(): BaseProjection {
  if (!base) {
    // The sphere is widest along the equator and tallest along the central meridian.
    const west = equalEarth(-180, 0);
    const east = equalEarth(180, 0);
    const north = equalEarth(0, 90);
    const south = equalEarth(0, -90);
    base = { world: { x0: west[0], y0: north[1], x1: east[0], y1: south[1] } };
  }
  return base;
}

/**
 * True when an institution has coordinates that can be drawn: finite numbers within WGS84 ranges and not the
 * "null island" 0,0 that broken data produces. Institutions without them are listed and counted, never drawn.
 */
export function isLocated(inst: Pick<Institution, 'lat' | 'lng'>): boolean {
  const { lat, lng } = inst;
  if (typeof lat !== 'number' || typeof lng !== 'number') return false;
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return false;
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) return false;
  return !(lat === 0 && lng === 0);
}

/** Projects a WGS84 position into base units; `undefined` when it cannot be projected. */
export function project(lng: number, lat: number): [number, number] | undefined {
  const p = equalEarth(lng, lat);
  return Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : undefined;
}
