/**
 * Where things go on screen so that they stay readable: tooltips inside the map, the home star clear of a group's
 * count. Pure functions in CSS pixels of the map's viewport (origin at its top-left corner; the map is never
 * mirrored, so these are physical directions), no DOM.
 */
import type { Size } from './view.js';

/** A box on screen, relative to the map's viewport. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Space kept between a tooltip and the map's edges. */
export const TIP_MARGIN = 4;
/** Space between a tooltip and its place. */
export const TIP_GAP = 4;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

/**
 * The top-left corner of a tooltip of size `tip` for the place `anchor`, inside a map of size `area`: centred above
 * the place; below it when there is no room above; beside it when there is room neither above nor below. Shifted
 * sideways (and up or down) as far as needed to stay `margin` pixels inside the map. A tooltip wider or taller than
 * the map (its width is capped to the map's, so only on a tiny map) starts at the margin.
 */
export function placeTip(anchor: Box, tip: Size, area: Size, margin = TIP_MARGIN, gap = TIP_GAP): Point {
  const cx = anchor.left + anchor.width / 2;
  const cy = anchor.top + anchor.height / 2;
  const maxX = area.width - margin - tip.width;
  const maxY = area.height - margin - tip.height;
  const above = anchor.top - gap - tip.height;
  const below = anchor.top + anchor.height + gap;
  if (above >= margin) return { x: clamp(cx - tip.width / 2, margin, maxX), y: above };
  if (below <= maxY) return { x: clamp(cx - tip.width / 2, margin, maxX), y: below };
  // Room neither above nor below (a short map, a tall tooltip): beside the place, on the side with room.
  const y = clamp(cy - tip.height / 2, margin, maxY);
  const after = anchor.left + anchor.width + gap;
  const before = anchor.left - gap - tip.width;
  if (after <= maxX) return { x: after, y };
  if (before >= margin) return { x: before, y };
  return { x: clamp(cx - tip.width / 2, margin, maxX), y };
}

/** Radius of the home institution's star as drawn (its points reach 1.35 times as far). */
export const HOME_RADIUS = 9;
/** Size of the home institution's focusable target. */
export const HOME_TARGET = 26;

/** A group of institutions as drawn: centre, radius, and the count written at its centre. */
export interface Group extends Point {
  readonly r: number;
  readonly count: number;
}

/** Half the width and height of a group's count as drawn (bold 11px digits, about 6.2px wide), with a pixel spare. */
function countHalf(count: number): [number, number] {
  return [String(count).length * 3.3 + 1, 5];
}

/** Whether a home target centred on `c` leaves every group's count uncovered. */
function clearOfCounts(c: Point, groups: readonly Group[]): boolean {
  const t = HOME_TARGET / 2;
  return groups.every((g) => {
    const [hw, hh] = countHalf(g.count);
    return Math.abs(c.x - g.x) >= t + hw || Math.abs(c.y - g.y) >= t + hh;
  });
}

/** Whether the star drawn on `c` stays off every group's circle but `own`'s. */
function clearOfOthers(c: Point, groups: readonly Group[], own: Group): boolean {
  return groups.every((g) => g === own || Math.hypot(c.x - g.x, c.y - g.y) >= g.r + HOME_RADIUS);
}

/**
 * Where to draw the home institution's star (and put its target): at home, unless its target would touch a group of
 * institutions, whose count it could cover. It then goes beside that group, on its rim, at the spot nearest home
 * that covers no group's count and no other group (the arcs start at home, so the star stays where they meet);
 * between spots as near, the first of: toward the block start and the inline end (top right; top left on
 * right-to-left pages), the other top corner, the sides, the bottom corners. The star never covers a count, and both
 * the star and the group keep most of their targets.
 */
export function homeSpot(home: Point, groups: Iterable<Group>, rtl = false): Point {
  const nearby: Group[] = [];
  let own: Group | undefined;
  let nearest = Infinity;
  for (const g of groups) {
    const d = Math.hypot(home.x - g.x, home.y - g.y);
    // Only groups near home can meet the star where it may go (within a group's radius and 35px of its group).
    if (d > g.r + 120) continue;
    nearby.push(g);
    if (d < g.r + HOME_TARGET / 2 && d - g.r < nearest) {
      own = g;
      nearest = d - g.r;
    }
  }
  if (!own) return home;
  const g = own;
  const end = rtl ? -1 : 1;
  const rim = g.r * Math.SQRT1_2;
  // Far enough above or below the centre that the whole target clears the count; far enough aside, likewise.
  const lift = Math.max(rim, HOME_TARGET / 2 + countHalf(g.count)[1] + 2);
  const aside = Math.max(g.r + 2, HOME_TARGET / 2 + countHalf(g.count)[0] + 2);
  const candidates: Point[] = [
    [end * rim, -lift],
    [-end * rim, -lift],
    [end * aside, 0],
    [-end * aside, 0],
    [end * rim, lift],
    [-end * rim, lift],
  ].map(([dx, dy]) => ({ x: g.x + dx!, y: g.y + dy! }));
  const nearestTo = (spots: Point[]) => {
    let best: Point | undefined;
    let bestD = Infinity;
    for (const c of spots) {
      const d = Math.hypot(c.x - home.x, c.y - home.y);
      if (d < bestD - 0.5) [best, bestD] = [c, d]; // within half a pixel: the earlier spot (the order above)
    }
    return best;
  };
  return (
    nearestTo(candidates.filter((c) => clearOfCounts(c, nearby) && clearOfOthers(c, nearby, g))) ??
    nearestTo(candidates.filter((c) => clearOfCounts(c, nearby))) ??
    candidates[0]!
  );
}
