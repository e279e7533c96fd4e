/**
 * Where the focus goes when the control that had it disappears (a chip removed, "Clear all", a suggestion of the
 * empty state taken, a detail dialog that no element opened): not to the page's start.
 *
 * A widget asks the composition it sits in with `handOffFocus(host)`: an internal, non-composed event that bubbles
 * up to `<pa-directory>`'s shadow root, which puts the focus on its results (`PaResults.focusResults()`). A widget used
 * on its own gets `false` back and keeps the focus itself.
 */
export const FOCUS_HANDOFF = 'pa-focus-handoff';

/** Asks the enclosing composition to take the focus; `true` when it did. */
export function handOffFocus(host: HTMLElement): boolean {
  return !host.dispatchEvent(new Event(FOCUS_HANDOFF, { bubbles: true, cancelable: true }));
}

/** Focuses `el` without scrolling when it is already in view, else scrolls it into view (nearest edge). */
export function focusInView(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  const r = el.getBoundingClientRect();
  if (r.top < 0 || r.bottom > innerHeight) el.scrollIntoView({ block: 'nearest' });
}
