// A page that loads the CDN build in headless Chromium, for the size check (scripts/size.js) and the CDN test
// (test/cli/cdn.test.mjs): a small HTTP server answers `/` with the page, `/partnerships.json` with the bundled sample
// data and `/cdn/<file>` with the build's files; it records every path requested.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { findBrowser, BROWSER_ARGS } from './find-browser.js';

const SAMPLE = fileURLToPath(new URL('../public/data/partnerships.json', import.meta.url));

/**
 * Serves `html` at `/`, opens `/${hash}` in Chromium and runs `use(tab, requested)`; closes everything after.
 * `cdnFile(name)` returns the content of `/cdn/<name>` (its query ignored), or undefined for a 404.
 * `requested` lists every path asked for (without the query), in order; `messages` the console messages and uncaught
 * errors (`pageerror: …`) of the page, from its start.
 * @param {{ html: string, cdnFile: (name: string) => string | Buffer | undefined, hash?: string }} page
 * @param {(tab: import('playwright').Page, requested: string[], messages: string[]) => Promise<void>} use
 */
export async function withCdnPage({ html, cdnFile, hash = '' }, use) {
  const data = readFileSync(SAMPLE);
  const requested = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    requested.push(path);
    const file = path.startsWith('/cdn/') ? cdnFile(path.slice(5)) : undefined;
    if (file !== undefined) res.writeHead(200, { 'content-type': 'text/javascript' }).end(file);
    else if (path === '/partnerships.json') res.writeHead(200, { 'content-type': 'application/json' }).end(data);
    else if (path === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
  try {
    const tab = await browser.newPage();
    const messages = [];
    tab.on('console', (m) => messages.push(m.text()));
    tab.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    await tab.goto(`http://127.0.0.1:${server.address().port}/${hash}`);
    await use(tab, requested, messages);
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Waits until the first `tag` element of the page (`pa-directory` or `pa-map`) shows what it was given: the
 * directory's first cards, the map's markers.
 * @param {import('playwright').Page} tab
 * @param {'pa-directory' | 'pa-map'} tag
 */
export async function waitUntilRendered(tab, tag) {
  await tab.waitForFunction(
    (tag) => {
      const el = document.querySelector(tag);
      if (tag === 'pa-map') return (el?.shadowRoot?.querySelectorAll('[data-key]').length ?? 0) > 0;
      const results = el?.shadowRoot?.querySelector('pa-results');
      return (results?.shadowRoot?.querySelectorAll('pa-card').length ?? 0) > 0;
    },
    tag,
    { timeout: 30_000 },
  );
}
