/**
 * Keeps the page behind a modal dialog (the detail view, the filter drawer) from scrolling: a wheel or PageDown over
 * a dialog whose own content does not scroll would otherwise scroll the page, and the results behind it with it.
 * The page's root gets `overflow: hidden` while at least one lock is held (set through the CSSOM, which a strict
 * Content-Security-Policy allows), with its scrollbar's gutter kept so that nothing shifts sideways.
 */
let locks = 0;
let saved: { overflow: string; gutter: string } | undefined;

/** Locks the page's scrolling; returns the function that releases this lock (once). */
export function lockScroll(): () => void {
  const root = document.documentElement;
  if (locks++ === 0) {
    saved = { overflow: root.style.overflow, gutter: root.style.scrollbarGutter };
    if (window.innerWidth > root.clientWidth) root.style.scrollbarGutter = 'stable';
    root.style.overflow = 'hidden';
  }
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    if (--locks === 0 && saved) {
      root.style.overflow = saved.overflow;
      root.style.scrollbarGutter = saved.gutter;
      saved = undefined;
    }
  };
}
