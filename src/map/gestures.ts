/**
 * Pointer gestures (mouse drag, one-finger pan, two-finger pinch) reduced to pan and zoom steps. Pure state: the
 * element feeds it pointer positions relative to the viewport and applies the steps it returns.
 */

export interface GestureStep {
  /** Pan in screen pixels. */
  readonly dx: number;
  readonly dy: number;
  /** Zoom factor about (cx, cy); 1 when only panning. */
  readonly factor: number;
  readonly cx: number;
  readonly cy: number;
}

/** Movement under which a press still counts as a click, in pixels. */
export const CLICK_SLOP = 5;

export class PointerGesture {
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private travelled = 0;

  /** Number of pointers down. */
  get size(): number {
    return this.pointers.size;
  }

  /** True once the pointers moved further than a click allows since the first went down. */
  get dragged(): boolean {
    return this.travelled > CLICK_SLOP;
  }

  down(id: number, x: number, y: number): void {
    if (this.pointers.size === 0) this.travelled = 0;
    this.pointers.set(id, { x, y });
  }

  up(id: number): void {
    this.pointers.delete(id);
  }

  /** Moves one pointer; returns the pan/zoom step it makes, or undefined when the pointer is not down. */
  move(id: number, x: number, y: number): GestureStep | undefined {
    const prev = this.pointers.get(id);
    if (!prev) return undefined;
    const before = this.centre();
    const spreadBefore = this.spread();
    this.pointers.set(id, { x, y });
    const after = this.centre();
    const spreadAfter = this.spread();
    this.travelled += Math.hypot(x - prev.x, y - prev.y);
    const factor = spreadBefore > 0 && spreadAfter > 0 ? spreadAfter / spreadBefore : 1;
    return { dx: after.x - before.x, dy: after.y - before.y, factor, cx: after.x, cy: after.y };
  }

  private centre(): { x: number; y: number } {
    let x = 0;
    let y = 0;
    for (const p of this.pointers.values()) {
      x += p.x;
      y += p.y;
    }
    const n = this.pointers.size || 1;
    return { x: x / n, y: y / n };
  }

  /** Distance between the first two pointers (0 with fewer than two). */
  private spread(): number {
    if (this.pointers.size < 2) return 0;
    const [a, b] = this.pointers.values();
    return Math.hypot(a!.x - b!.x, a!.y - b!.y);
  }
}

/** Zoom factor of one wheel event (deltaMode 0 = pixels, 1 = lines, 2 = pages). */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey = false): number {
  const pixels = deltaY * (deltaMode === 1 ? 16 : deltaMode === 2 ? 400 : 1);
  // Pinch on a trackpad arrives as ctrl+wheel with small deltas: make it as responsive as a wheel notch.
  return Math.pow(2, (-pixels * (ctrlKey ? 10 : 1)) / 500);
}
