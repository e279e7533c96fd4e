/**
 * The map's keyboard model, apart from the DOM.
 *
 * - On the map surface: arrow keys pan (Shift: further), `+`/`=` zoom in, `-`/`_` zoom out, `Home` resets,
 *   `0` fits the current results.
 * - Among the markers (one Tab stop, roving tabindex): arrow keys move to the nearest marker in that direction on
 *   screen, `Home`/`End` to the first/last marker, `+`/`-` still zoom, `Enter`/`Space` open, `Escape` returns to
 *   the map surface. Directions are visual (the map is not mirrored on right-to-left pages).
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

export type SurfaceAction =
  | { readonly type: 'pan'; readonly dx: number; readonly dy: number }
  | { readonly type: 'zoom'; readonly factor: number }
  | { readonly type: 'reset' }
  | { readonly type: 'fit' };

/** Pixels one arrow press pans (Shift multiplies by 4). */
export const PAN_STEP = 80;
/** Zoom factor of one key press or button click. */
export const ZOOM_STEP = 2;

const DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The arrow direction of a key, if it is an arrow key. */
export function directionOf(key: string): Direction | undefined {
  return DIRECTIONS[key];
}

/**
 * The pan that shows more of the map in direction `dir` (the map itself moves the other way). Shared by the arrow
 * keys and the pan buttons; directions are geographic on screen, never mirrored: "left" always looks west.
 */
export function panAction(dir: Direction, shift = false): SurfaceAction & { type: 'pan' } {
  const step = PAN_STEP * (shift ? 4 : 1);
  const dx = dir === 'left' ? step : dir === 'right' ? -step : 0;
  const dy = dir === 'up' ? step : dir === 'down' ? -step : 0;
  return { type: 'pan', dx, dy };
}

/** What a key does on the map surface; `undefined` when the map does not handle it. */
export function surfaceAction(key: string, shift = false): SurfaceAction | undefined {
  const dir = directionOf(key);
  if (dir) return panAction(dir, shift);
  return zoomKey(key) ?? (key === 'Home' ? { type: 'reset' } : key === '0' ? { type: 'fit' } : undefined);
}

/** Zoom keys, shared by the surface and the markers. */
export function zoomKey(key: string): SurfaceAction | undefined {
  if (key === '+' || key === '=' || key === 'Add') return { type: 'zoom', factor: ZOOM_STEP };
  if (key === '-' || key === '_' || key === 'Subtract') return { type: 'zoom', factor: 1 / ZOOM_STEP };
  return undefined;
}

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * The index of the nearest point from `points[from]` in direction `dir`, or -1 when there is none. Points count
 * when they lie within 60° of the direction; among them the smallest distance along the direction plus twice the
 * sideways offset wins, so a marker straight ahead beats a closer one far to the side.
 */
export function nearestInDirection(points: readonly ScreenPoint[], from: number, dir: Direction): number {
  const origin = points[from];
  if (!origin) return -1;
  let best = -1;
  let bestScore = Infinity;
  for (let i = 0; i < points.length; i++) {
    if (i === from) continue;
    const p = points[i]!;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const side = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
    if (along <= 0 && !(along === 0 && side === 0)) continue;
    if (side > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * side;
    if (score < bestScore || (score === bestScore && i < best)) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
