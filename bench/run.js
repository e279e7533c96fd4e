// npm run bench: runs every bench/suites/*.bench.ts in headless Chromium (served by Vite from the source) and writes
// the results to BENCHMARKS.md. `npm run bench -- engine map` runs only the suites whose names contain those words.
//
// A suite module default-exports `async function run(ctx)` that returns `{ title, markdown }`; `ctx` offers:
//   ctx.throttle(rate)  CPU slowdown through the DevTools protocol (1 = none, 4 = a mid-range phone)
//   ctx.heap()          JS heap used in bytes, measured after a forced garbage collection
//   ctx.viewport(w, h)  resizes the page's viewport (CSS px), e.g. to a phone's
//   ctx.log(msg)        progress printed by this runner
//   ctx.cpuTicks()      this machine's CPU time so far ({ total, stolen } in ticks; stolen: taken by the hypervisor
//                       for other guests), or null where /proc/stat is missing: `hostShare(before, after)` turns two
//                       readings into the share of the CPU the host took in between
// Results of suites that were not run this time are kept from the previous BENCHMARKS.md.
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus, totalmem } from 'node:os';
import { findBrowser, BROWSER_ARGS } from '../scripts/find-browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outFile = new URL('../BENCHMARKS.md', import.meta.url);
const filters = process.argv.slice(2);
const suites = readdirSync(new URL('./suites', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .filter((name) => filters.length === 0 || filters.some((w) => name.includes(w)))
  .sort();

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1' },
  resolve: { conditions: ['module', 'browser', 'production'] },
  optimizeDeps: { noDiscovery: true, include: ['papaparse'] }, // papaparse is CommonJS: pre-bundle it
});
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: [...BROWSER_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

const sections = new Map(parseExisting());
let failed = 0;
for (const name of suites) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.exposeFunction('__benchThrottle', (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate }));
  await page.exposeFunction('__benchHeap', async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  });
  await page.exposeFunction('__benchViewport', (width, height) => page.setViewportSize({ width, height }));
  await page.exposeFunction('__benchCpuTicks', cpuTicks);
  await page.exposeFunction('__benchLog', (msg) => console.log(`  [${name}] ${msg}`));
  page.on('pageerror', (e) => console.error(`  [${name}] page error: ${e.message}`));
  console.log(`bench: ${name}`);
  const started = Date.now();
  const ticksBefore = cpuTicks();
  try {
    await page.goto(`${base}bench/page.html?suite=${encodeURIComponent(name)}`);
    const result = await page.waitForFunction(() => window.__benchResult, null, { timeout: 30 * 60_000, polling: 500 });
    const value = await result.jsonValue();
    if (value.error) throw new Error(value.error);
    const ticksAfter = cpuTicks();
    const taken =
      ticksBefore && ticksAfter
        ? ` The hypervisor took ${percent(ticksBefore, ticksAfter)} of this virtual machine's CPU time meanwhile (steal time, /proc/stat).`
        : '';
    sections.set(
      name,
      `## ${value.title}\n\n_Suite \`${name}\`, run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in ${((Date.now() - started) / 1000).toFixed(0)} s.${taken}_\n\n${value.markdown.trim()}\n`,
    );
    console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    failed++;
    console.error(`  FAILED: ${e.message}`);
  }
  await page.close();
}
await browser.close();
await server.close();

const chromeVersion = browser.version();
const header = `# Benchmarks

Written by \`npm run bench\` (bench/run.js); do not edit by hand. Every figure is measured in headless Chromium
(${chromeVersion}) on this machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB,
Node ${process.version}. Suites run one after another in a fresh page; timings are wall-clock (performance.now()).

`;
const body = [...sections.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([, text]) => text)
  .join('\n');
writeFileSync(outFile, header + body);
console.log(`wrote BENCHMARKS.md (${sections.size} suites)`);
process.exit(failed ? 1 : 0);

/**
 * The CPU time of this machine so far, in clock ticks: all of it, and what the hypervisor "stole" (gave to other
 * guests while this one had work). On a shared virtual machine the stolen share is what makes wall-clock timings
 * vary from run to run; the suites report it beside their figures. Null where /proc/stat is missing (not Linux).
 */
function cpuTicks() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1, 9).map(Number); // user nice system idle iowait irq softirq steal
    if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return null;
    return { total: fields.reduce((a, b) => a + b, 0), stolen: fields[7] };
  } catch {
    return null;
  }
}

function percent(before, after) {
  const total = after.total - before.total;
  return total > 0 ? `${Math.round((100 * (after.stolen - before.stolen)) / total)} %` : '0 %';
}

function parseExisting() {
  if (!existsSync(outFile)) return [];
  const text = readFileSync(outFile, 'utf8');
  const parts = text.split(/^(?=## )/m).slice(1);
  return parts.map((p) => [p.match(/_Suite `([^`]+)`/)?.[1], p.trimEnd() + '\n']).filter(([k]) => k);
}
