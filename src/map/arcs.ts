/**
 * Arcs from the home institution to its partners, along great circles, cut at the antimeridian: an arc from Jeddah
 * to Auckland leaves one edge of the map and comes back at the other instead of crossing the whole world.
 *
 * Written here (spherical interpolation between two unit vectors, about 40 lines) rather than drawn by d3-geo,
 * whose projection pipeline is not in the bundle any more (the outlines are projected at build time, see
 * ./projection.ts); test/components/map/logic.test.ts checks the arcs against d3-geo's great circles.
 */
import { project } from './projection.js';

export type LngLat = readonly [lng: number, lat: number];

const DEG = 180 / Math.PI;
/**
 * A chord of angle θ (radians) strays from its great circle by about `SAG * θ²` base units (the sphere's radius
 * in base units over 8); steps are chosen to keep that under half a pixel at the scale the arcs are drawn at.
 */
const SAG = 184.7 / 8;

/** The step angle for arcs drawn at `k` pixels per base unit: between 0.5° (deep zoom) and 8° (whole world). */
export function arcStep(k: number): number {
  return Math.min(8 / DEG, Math.max(0.5 / DEG, Math.sqrt(0.5 / (SAG * k))));
}

type Vec = readonly [number, number, number];

function toVector([lng, lat]: LngLat): Vec {
  const l = lng / DEG;
  const p = lat / DEG;
  return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
}

/**
 * One Path2D in base units holding every arc from `from` to each of `targets`, fine enough for drawing at `k`
 * pixels per base unit (by default the deepest zoom).
 */
export function arcsPath(from: LngLat, targets: readonly LngLat[], k = 80): Path2D {
  const path = new Path2D();
  const a = toVector(from);
  const step = arcStep(k);
  for (const target of targets) addArc(path, a, toVector(target), step);
  return path;
}

function addArc(path: Path2D, a: Vec, b: Vec, step: number): void {
  const angle = Math.acos(Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])));
  const sin = Math.sin(angle);
  // The same point (nothing to draw) or antipodes (no single great circle): no arc.
  if (angle < 1e-9 || sin < 1e-9) return;
  const steps = Math.ceil(angle / step);
  let lng0 = 0;
  let lat0 = 0;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const wa = Math.sin((1 - t) * angle) / sin;
    const wb = Math.sin(t * angle) / sin;
    const x = wa * a[0] + wb * b[0];
    const y = wa * a[1] + wb * b[1];
    const z = wa * a[2] + wb * b[2];
    const lng = Math.atan2(y, x) * DEG;
    const lat = Math.asin(Math.max(-1, Math.min(1, z))) * DEG;
    if (i === 0) moveTo(path, lng, lat);
    else {
      if (Math.abs(lng - lng0) > 180) {
        // Crossing the antimeridian: end at the edge, continue from the other edge at the same latitude.
        const edge = lng0 > 0 ? 180 : -180;
        const unwrapped = lng + (edge > 0 ? 360 : -360);
        const cut = lat0 + ((lat - lat0) * (edge - lng0)) / (unwrapped - lng0);
        lineTo(path, edge, cut);
        moveTo(path, -edge, cut);
      }
      lineTo(path, lng, lat);
    }
    lng0 = lng;
    lat0 = lat;
  }
}

function moveTo(path: Path2D, lng: number, lat: number): void {
  const p = project(lng, lat);
  if (p) path.moveTo(p[0], p[1]);
}

function lineTo(path: Path2D, lng: number, lat: number): void {
  const p = project(lng, lat);
  if (p) path.lineTo(p[0], p[1]);
}
