import { soon } from './soon.js';

/**
 * Tells `tell` whether `element` is in the viewport (partly is enough; an element scrolled out of view inside a
 * scrolling box, or not rendered, is not), first soon after the call, then at each change. Returns the way to stop.
 * Elements that nobody sees use it to do their work after the frame (see `afterPaint`), not in it.
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
