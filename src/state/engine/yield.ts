/**
 * Yielding to the event loop between build slices, in browsers and in Node. Written by hand because it is a few
 * lines: `scheduler.yield()` where the browser has it (continuation keeps its priority), else a MessageChannel
 * message (not clamped like nested `setTimeout(0)`), else `setImmediate` (Node) or `setTimeout`.
 */

interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  const g = globalThis as { setImmediate?: (fn: () => void) => unknown; document?: unknown };
  if (typeof g.setImmediate === 'function' && g.document === undefined) {
    return new Promise((resolve) => g.setImmediate!(resolve));
  }
  if (typeof MessageChannel !== 'undefined') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The current time in milliseconds (monotonic where available). */
export const now: () => number =
  typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? () => performance.now()
    : () => Date.now();

interface IdleWindow {
  requestIdleCallback?: (fn: () => void, options?: { timeout: number }) => number;
}

/**
 * Yields until the page is idle (`requestIdleCallback`, at most ~`timeout` ms later), for work nobody is waiting for
 * yet: it runs between frames and after input, never before them. Where there is no idle callback, a plain macrotask
 * (after any pending rendering and input).
 */
export function yieldToIdle(timeout = 200): Promise<void> {
  const w = globalThis as IdleWindow;
  if (typeof w.requestIdleCallback === 'function') {
    return new Promise((resolve) => w.requestIdleCallback!(() => resolve(), { timeout }));
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
