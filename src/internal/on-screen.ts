import { soon } from './soon.js';

/**
 * Tells `tell` whether `element` is in the viewport (partly is enough; an element scrolled out of view inside a
 * scrolling box, or not rendered, is not), first soon after the call, then at each change. Returns the way to stop.
 */
export function watchOnScreen(element: Element, tell: (onScreen: boolean) => void): () => void {
  const observer = new IntersectionObserver((entries) => tell(entries.at(-1)!.isIntersecting));
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * Runs `fn` in a task after the next frame is painted (or after 50 ms when no frame comes): a task queued now could
 * run before that frame, and a frame callback would run in it.
 */
export function afterPaint(fn: () => void): void {
  soon(() => setTimeout(fn));
}

/**
 * Work for an element that nobody needs while it is out of view (StoreController's `offscreen: 'after-paint'`, the
 * map): `request()` runs `run` at once when `element` is on screen; off screen, once in a task after the next painted
 * frame (several requests in one frame make one run), or when it comes into view with a run still waiting.
 */
export class OffscreenGate {
  /** The element is known to be off screen. */
  offscreen = false;
  private late = false;
  private readonly stop: () => void;

  constructor(
    element: Element,
    private readonly run: () => void,
  ) {
    this.stop = watchOnScreen(element, (onScreen) => {
      this.offscreen = !onScreen;
      if (onScreen) this.catchUp();
    });
  }

  request(): void {
    if (!this.offscreen) return this.run();
    if (!this.late) afterPaint(this.catchUp);
    this.late = true;
  }

  /** Stops watching the element (a run still waiting is dropped). */
  disconnect(): void {
    this.stop();
    this.late = false;
  }

  private catchUp = (): void => {
    if (!this.late) return;
    this.late = false;
    this.run();
  };
}
