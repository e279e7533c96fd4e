/**
 * Runs `fn` at the next frame, or after 50 ms when no frame comes (a page in a background tab gets no frames but must
 * still lay out correctly when shown).
 */
export function soon(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    fn();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, 50);
}
