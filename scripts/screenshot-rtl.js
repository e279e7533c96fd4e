// Screenshots proving the right-to-left layout in Arabic and Persian (issue 7): the demo page (index.html, sample
// data) in each language, one picture per element and state, written to docs/screenshots/:
//   <lang>-directory.png   search, filters beside the results, chips, count, cards (one filter ticked)
//   <lang>-detail.png      the detail dialog of one partnership
//   <lang>-mobile.png      the directory at 390 px: filters behind a button, cards stacked
//   <lang>-map.png         the map: toolbar, markers, legend, status; an institution's panel open
//   <lang>-table.png       the map's table view
// Light scheme, device scale 1, so each PNG stays small. Also writes en-directory.png and en-map.png to compare.
// Usage: node scripts/screenshot-rtl.js [ar fa en]
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findBrowser, BROWSER_ARGS } from './find-browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = 'docs/screenshots';
const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['ar', 'fa', 'en'];
mkdirSync(out, { recursive: true });

const server = await createServer({ root, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });

/** Runs in the page: the element found through a chain of shadow roots. */
const deepJs = (chain) => `(() => {
  let n = document;
  for (const s of ${JSON.stringify(chain)}) { n = (n.shadowRoot ?? n).querySelector(s); if (!n) return null; }
  return n;
})()`;

async function open(lang, width, height) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: 'light', reducedMotion: 'reduce' });
  page.on('pageerror', (e) => console.error(`page error (${lang}): ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`console (${lang}): ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && console.error(`HTTP ${r.status()} ${r.url()}`));
  await page.goto(`${base}?lang=${lang}`);
  // Until src/define.ts registers the directory family, load its define module (same origin: CSP allows it).
  // (Vite may reload the page once after optimising dependencies: retry after a navigation.)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await page.waitForLoadState('networkidle');
      if (!(await page.evaluate(() => !!customElements.get('pa-directory'))))
        await page.addScriptTag({ url: '/src/components/directory/define.ts', type: 'module' });
      break;
    } catch (e) {
      if (attempt === 2) throw e;
    }
  }
  await page.evaluate(() => {
    const theme = document.querySelector('#demo-theme');
    theme.value = 'light';
    theme.dispatchEvent(new Event('change'));
  });
  await page.waitForFunction(
    (chain) => {
      let n = document;
      for (const s of chain) {
        n = (n.shadowRoot ?? n).querySelector(s);
        if (!n) return false;
      }
      return true;
    },
    ['pa-directory', 'pa-results', 'pa-card'],
    { timeout: 30000 },
  );
  await page.waitForFunction(() => !!document.querySelector('pa-map')?.shadowRoot?.querySelector('.hit'), null, {
    timeout: 30000,
  });
  await page.waitForTimeout(600);
  return page;
}

async function shot(page, selector, file) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  // At most 1300 px tall: the top of a long list shows the layout, and the PNG stays under 300 kB.
  const box = await el.boundingBox();
  const top = await page.evaluate(() => window.scrollY);
  await page.screenshot({
    path: `${out}/${file}`,
    fullPage: true,
    clip: { x: box.x, y: box.y + top, width: box.width, height: Math.min(box.height, 1300) },
  });
  console.log(`wrote ${out}/${file} (${Math.round(statSync(`${out}/${file}`).size / 1024)} kB)`);
}

for (const lang of langs) {
  // Wide page: directory with one filter ticked (chips), map with an institution panel, the table.
  const page = await open(lang, 1100, 900);
  await page.evaluate(() => {
    const dir = document.querySelector('pa-directory');
    const v = dir.store.getState().result.facets.country[0].value;
    dir.store.setFilter('country', [v]);
  });
  await page.waitForTimeout(400);
  await shot(page, '.demo-directory', `${lang}-directory.png`);
  if (lang !== 'en') {
    await page.evaluate(() => {
      const dir = document.querySelector('pa-directory');
      dir.store.select(dir.store.getState().dataset.partnerships[0].id);
    });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/${lang}-detail.png` });
    console.log(`wrote ${out}/${lang}-detail.png`);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
  }
  await page.evaluate(() => document.querySelector('pa-directory').store.clear());
  await page.evaluate(() => {
    const map = document.querySelector('pa-map');
    const dir = document.querySelector('pa-directory');
    const inst =
      dir.store.getState().dataset.institutions.find((i) => i.lat !== undefined && !i.home) ??
      dir.store.getState().dataset.institutions[1];
    map.openInstitution(inst.id);
  });
  await page.waitForTimeout(500);
  await shot(page, '.demo-map', `${lang}-map.png`);
  if (lang !== 'en') {
    await page.evaluate(() => {
      const map = document.querySelector('pa-map');
      map.table = true;
    });
    await page.waitForTimeout(400);
    await shot(page, '.demo-map', `${lang}-table.png`);
  }
  await page.close();

  if (lang !== 'en') {
    // Narrow page: the phone layout.
    const phone = await open(lang, 390, 844);
    await phone.evaluate(deepJs(['pa-directory']) + '.scrollIntoView()');
    await phone.waitForTimeout(300);
    await phone.screenshot({ path: `${out}/${lang}-mobile.png` });
    console.log(`wrote ${out}/${lang}-mobile.png`);
    await phone.close();
  }
}
await browser.close();
await server.close();
