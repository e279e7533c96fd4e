/**
 * Pan and zoom math. A `View` maps base units (./projection.ts) to CSS pixels of the viewport:
 * `screen = base * k + (x, y)`. Pure functions, no DOM: the element applies the result as one transform.
 *
 * Written here rather than taken from d3-zoom because d3-zoom brings d3-selection, d3-transition, d3-drag,
 * d3-interpolate and d3-timer (far beyond the map's 20 kB budget) and works on selections, not on plain state.
 */

export interface View {
  /** Scale: CSS pixels per base unit. */
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** An axis-aligned box in base units. */
export interface Bounds {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface Limits {
  readonly minK: number;
  readonly maxK: number;
}

/** How far one can zoom in beyond the whole-world view. */
export const MAX_ZOOM = 64;

/** The view that shows `bounds` whole and centred in `size`, leaving `padding` pixels; `maxK` caps the scale. */
export function fitView(bounds: Bounds, size: Size, padding = 16, maxK = Infinity): View {
  const w = Math.max(1, size.width - 2 * padding);
  const h = Math.max(1, size.height - 2 * padding);
  const bw = Math.max(bounds.x1 - bounds.x0, 1e-6);
  const bh = Math.max(bounds.y1 - bounds.y0, 1e-6);
  const k = Math.min(w / bw, h / bh, maxK);
  const cx = (bounds.x0 + bounds.x1) / 2;
  const cy = (bounds.y0 + bounds.y1) / 2;
  return { k, x: size.width / 2 - cx * k, y: size.height / 2 - cy * k };
}

/** Zoom limits for a viewport: from a bit smaller than the whole world to MAX_ZOOM times it. */
export function limitsFor(world: Bounds, size: Size): Limits {
  const fit = fitView(world, size, 0).k;
  return { minK: fit * 0.75, maxK: fit * MAX_ZOOM };
}

/** Zooms by `factor` keeping the screen point (px, py) fixed, within `limits`. */
export function zoomAt(view: View, factor: number, px: number, py: number, limits: Limits): View {
  const k = Math.min(limits.maxK, Math.max(limits.minK, view.k * factor));
  const f = k / view.k;
  return { k, x: px - (px - view.x) * f, y: py - (py - view.y) * f };
}

/** Moves the map by (dx, dy) screen pixels. */
export function panBy(view: View, dx: number, dy: number): View {
  return { k: view.k, x: view.x + dx, y: view.y + dy };
}

/**
 * Keeps part of the world on screen: the world's box may not leave the viewport by more than
 * `size - margin` pixels in any direction, so one can never get lost in empty space.
 */
export function clampView(view: View, world: Bounds, size: Size, margin = 48): View {
  const minX = margin - world.x1 * view.k;
  const maxX = size.width - margin - world.x0 * view.k;
  const minY = margin - world.y1 * view.k;
  const maxY = size.height - margin - world.y0 * view.k;
  const x = Math.min(maxX, Math.max(minX, view.x));
  const y = Math.min(maxY, Math.max(minY, view.y));
  return x === view.x && y === view.y ? view : { k: view.k, x, y };
}

/** Base-unit position of a screen point. */
export function toBase(view: View, sx: number, sy: number): [number, number] {
  return [(sx - view.x) / view.k, (sy - view.y) / view.k];
}

/** Screen position of a base-unit point. */
export function toScreen(view: View, bx: number, by: number): [number, number] {
  return [bx * view.k + view.x, by * view.k + view.y];
}

/** The part of base space visible in the viewport, grown by `margin` pixels on every side. */
export function visibleBounds(view: View, size: Size, margin = 0): Bounds {
  const [x0, y0] = toBase(view, -margin, -margin);
  const [x1, y1] = toBase(view, size.width + margin, size.height + margin);
  return { x0, y0, x1, y1 };
}

/**
 * Interpolates between two views for an animated move (`t` in 0..1): the scale moves geometrically and the
 * viewport centre moves in base space, so the motion looks steady at every zoom.
 */
export function interpolateView(a: View, b: View, size: Size, t: number): View {
  const k = a.k * Math.pow(b.k / a.k, t);
  const [ax, ay] = toBase(a, size.width / 2, size.height / 2);
  const [bx, by] = toBase(b, size.width / 2, size.height / 2);
  const cx = ax + (bx - ax) * t;
  const cy = ay + (by - ay) * t;
  return { k, x: size.width / 2 - cx * k, y: size.height / 2 - cy * k };
}

/** Grows a box to include a point. */
export function extend(b: Bounds | undefined, x: number, y: number): Bounds {
  if (!b) return { x0: x, y0: y, x1: x, y1: y };
  return { x0: Math.min(b.x0, x), y0: Math.min(b.y0, y), x1: Math.max(b.x1, x), y1: Math.max(b.y1, y) };
}

/** True when two views are the same to within a fraction of a pixel. */
export function sameView(a: View, b: View): boolean {
  return Math.abs(a.k - b.k) < 1e-9 * Math.max(1, a.k) && Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;
}
