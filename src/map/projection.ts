/**
 * The map's base projection: Equal Earth (equal-area, pleasant shapes, no tiles), fitted once to a fixed base
 * space `BASE_WIDTH` units wide. Every geometry (country outlines, markers, arcs) is projected into this base space
 * exactly once; panning and zooming only change a `View` (scale + offset, see ./view.ts) from base to screen.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Institution } from '../data/model.js';
import type { Bounds } from './view.js';

/** Width of the base space in projected units. */
export const BASE_WIDTH = 1000;

export interface BaseProjection {
  readonly projection: GeoProjection;
  /** The whole sphere's box in base units. */
  readonly world: Bounds;
}

let base: BaseProjection | undefined;

/** The shared base projection (created on first use). */
export function baseProjection(): BaseProjection {
  if (!base) {
    const sphere = { type: 'Sphere' } as const;
    // precision: adaptive resampling threshold in base units; fine enough for arcs when zoomed 16x.
    const projection = geoEqualEarth().fitWidth(BASE_WIDTH, sphere).precision(0.2);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(sphere);
    base = { projection, world: { x0, y0, x1, y1 } };
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
  const p = baseProjection().projection([lng, lat]);
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0], p[1]] : undefined;
}
