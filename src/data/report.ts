/**
 * Problems reach the webmaster in the browser console: one collapsed group per load, each problem once per page
 * (a provider that reconnects, or two elements loading the same file, do not repeat them).
 *
 * With the words of the problems (./problem-text.ts, re-exported), this is what a load imports when it has problems
 * to report, and only then (one chunk in the CDN build).
 */
import type { Problem } from './problems.js';

export { ProblemLog } from './problem-text.js';

const logged = new Set<string>();
/** Above this many problems the console shows the first ones and a count; the full list is on the event/property. */
const SHOWN = 100;

export function reportProblems(
  problems: readonly Problem[],
  source: string,
  console_: Pick<Console, 'groupCollapsed' | 'groupEnd' | 'warn' | 'error' | 'info'> = console,
): void {
  const fresh = problems.filter((p) => !logged.has(p.message));
  if (fresh.length === 0) return;
  for (const p of fresh) logged.add(p.message);
  const errors = fresh.filter((p) => p.severity === 'error').length;
  const warnings = fresh.length - errors;
  console_.groupCollapsed(
    `[partner-atlas] ${source}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in the data`,
  );
  for (const p of fresh.slice(0, SHOWN)) (p.severity === 'error' ? console_.error : console_.warn)(p.message);
  if (fresh.length > SHOWN)
    console_.info(`…and ${fresh.length - SHOWN} more: read element.problems or listen for the pa-problems event.`);
  console_.groupEnd();
}

/** Forgets what was logged (tests). */
export function resetProblemLog(): void {
  logged.clear();
}
