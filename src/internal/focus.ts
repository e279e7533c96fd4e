/**
 * Where the focus goes when the control that had it disappears (a chip removed, "Clear all", a suggestion of the
 * empty state taken, a detail dialog that no element opened): not to the page's start.
 *
 * A widget asks the composition it sits in with `handOffFocus(host)`: an internal, non-composed event that bubbles
 * up to `<pa-directory>`'s shadow root, which puts the focus on its results (`PaResults.focusResults()`). A widget used
 * on its own keeps the focus itself.
 */
export const FOCUS_HANDOFF = 'pa-focus-handoff';

/** Asks the enclosing composition to take the focus; without one, `host` keeps it (made focusable by script). */
export function handOffFocus(host: HTMLElement): void {
  if (!host.dispatchEvent(new Event(FOCUS_HANDOFF, { bubbles: true, cancelable: true }))) return;
  if (!host.hasAttribute('tabindex')) host.tabIndex = -1;
  host.focus();
}

/** Focuses `el` without scrolling when it is already in view, else scrolls it into view (nearest edge). */
export function focusInView(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  const r = el.getBoundingClientRect();
  if (r.top < 0 || r.bottom > innerHeight) el.scrollIntoView({ block: 'nearest' });
}
