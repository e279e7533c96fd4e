// Loads one suite named by ?suite= and publishes its result on window.__benchResult for bench/run.js.
import type { BenchContext, BenchResult, CpuTicks } from './harness.js';

declare global {
  interface Window {
    __benchResult?: BenchResult | { error: string };
    __benchThrottle?: (rate: number) => Promise<void>;
    __benchHeap?: () => Promise<number>;
    __benchLog?: (msg: string) => Promise<void>;
    __benchViewport?: (width: number, height: number) => Promise<void>;
    __benchCpuTicks?: () => Promise<CpuTicks | null>;
  }
}

const name = new URLSearchParams(location.search).get('suite') ?? '';
const ctx: BenchContext = {
  throttle: async (rate) => window.__benchThrottle?.(rate),
  heap: async () => (window.__benchHeap ? window.__benchHeap() : 0),
  log: (msg) => void window.__benchLog?.(msg),
  cpuTicks: async () => (window.__benchCpuTicks ? window.__benchCpuTicks() : null),
  viewport: async (width, height) => {
    await window.__benchViewport?.(width, height);
    // Let the page see the new size (resize observers, container queries) before measuring.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  },
};
try {
  const mod = (await import(/* @vite-ignore */ `./suites/${name}.bench.ts`)) as {
    default: (ctx: BenchContext) => Promise<BenchResult>;
  };
  window.__benchResult = await mod.default(ctx);
} catch (e) {
  window.__benchResult = { error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) };
}
