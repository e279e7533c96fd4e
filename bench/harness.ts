// Helpers shared by benchmark suites.

export interface BenchContext {
  /** CPU slowdown factor through the DevTools protocol (1 = none). */
  throttle(rate: number): Promise<void>;
  /** JS heap used, in bytes, after forced garbage collection. */
  heap(): Promise<number>;
  /** Resizes the page's viewport (CSS px). */
  viewport(width: number, height: number): Promise<void>;
  log(msg: string): void;
  /**
   * This machine's CPU time so far, in clock ticks: all of it and the part the hypervisor gave to other guests
   * (steal time). Null where the runner cannot read it. Two readings give `hostShare`.
   */
  cpuTicks(): Promise<CpuTicks | null>;
}

/** A reading of the machine's CPU time (bench/run.js reads /proc/stat). */
export interface CpuTicks {
  total: number;
  stolen: number;
}

/**
 * The share (0-1) of the CPU time between two readings that the hypervisor took for other guests; undefined when
 * either reading is missing. A round of timings taken while the host took a large share measures the host too.
 */
export function hostShare(before: CpuTicks | null, after: CpuTicks | null): number | undefined {
  if (!before || !after) return undefined;
  const total = after.total - before.total;
  return total > 0 ? (after.stolen - before.stolen) / total : 0;
}

export interface BenchResult {
  title: string;
  markdown: string;
}

/** The p-th percentile (0-100) of a list of samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Times `fn` once, in milliseconds. */
export async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Resolves after the next two animation frames: the frame that painted what changed before the call. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Renders a Markdown table. */
export function table(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const line = (cells: ReadonlyArray<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Formats milliseconds. */
export const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0)) + ' ms';
/** Formats a pass/fail mark against a target (smaller is better). */
export const verdict = (value: number, target: number) => (value <= target ? '✅ met' : '❌ missed');
