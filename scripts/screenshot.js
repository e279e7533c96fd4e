// Takes screenshots of the demo page with the shared browser lookup: docs/demo.png (English) and
// docs/demo-ar.png, docs/demo-fa.png (right to left). Usage: node scripts/screenshot.js [--width 1280]
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { findBrowser, BROWSER_ARGS } from './find-browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const width = Number(process.argv[process.argv.indexOf('--width') + 1]) || 1280;
const server = await createServer({ root, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
const shots = [
  ['en', 'docs/demo.png'],
  ['ar', 'docs/demo-ar.png'],
  ['fa', 'docs/demo-fa.png'],
];
for (const [lang, file] of shots) {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  page.on('pageerror', (e) => console.error(`page error (${lang}): ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`console (${lang}): ${m.text()}`));
  await page.goto(`${base}?lang=${lang}`);
  await page.waitForFunction(() => customElements.get('pa-directory') !== undefined, null, { timeout: 30000 });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`wrote ${file}`);
  await page.close();
}
await browser.close();
await server.close();
