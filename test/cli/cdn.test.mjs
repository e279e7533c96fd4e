// The CDN files as a page loads them (needs `npm run build`): dist/cdn/partner-atlas.js (the autoloader),
// dist/cdn/partner-atlas-api.js (the API) and their chunks import each other by relative URL only; a page downloads
// the code of the elements it has and no other; a page that adds a query to the script's URL (WordPress adds
// `?ver=…`) still runs one copy of the library when the lazy chunks arrive, and so does a page using the API file too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { waitUntilRendered, withCdnPage } from '../../scripts/cdn-page.js';

const DIR = 'dist/cdn';
const files = [
  'partner-atlas.js',
  'partner-atlas-api.js',
  ...readdirSync(join(DIR, 'chunks')).map((f) => `chunks/${f}`),
].filter((f) => f.endsWith('.js'));
/** The static imports of a built file: `import … from "x"`, `import "x"`, `export … from "x"`. */
const staticImports = (code) =>
  [...code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
/** Every module specifier of a built file: its static imports and its `import("x")`. */
const specifiers = (code) => [
  ...staticImports(code),
  ...[...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]),
];

test('the CDN files import each other by relative URL, and every imported file exists', () => {
  let imports = 0;
  for (const file of files) {
    for (const spec of specifiers(readFileSync(join(DIR, file), 'utf8'))) {
      imports++;
      assert.match(spec, /^\.\.?\//, `${file} imports "${spec}", which is not a relative URL`);
      const target = normalize(join(DIR, dirname(file), spec));
      assert.ok(existsSync(target), `${file} imports missing "${spec}"`);
      // An entry is loaded with the page's own URL (maybe `?ver=…`): a chunk importing it would load a second copy.
      assert.ok(target.startsWith(join(DIR, 'chunks')), `${file} imports the entry "${spec}"`);
    }
  }
  assert.ok(imports > 10, `only ${imports} imports found: is the pattern still right?`);
});

test('the autoloader imports nothing up front, and no element chunk imports an on-demand feature', () => {
  const entry = readFileSync(join(DIR, 'partner-atlas.js'), 'utf8');
  assert.deepEqual(staticImports(entry), [], 'the autoloader imports every element on demand');
  assert.ok(entry.length < 2048, `the autoloader is ${entry.length} bytes`);
  const upFront = new Set();
  const visit = (file) => {
    if (upFront.has(file)) return;
    upFront.add(file);
    for (const spec of staticImports(readFileSync(join(DIR, file), 'utf8')))
      visit(normalize(join(dirname(file), spec)));
  };
  for (const element of ['directory', 'map', 'core']) {
    const chunk = files.find((f) => f.startsWith(`chunks/${element}-`));
    assert.ok(chunk, `no ${element} chunk`);
    visit(chunk);
  }
  for (const name of ['detail', 'csv-export', 'papaparse.min', 'engine', 'report', 'ar', 'outline-110m']) {
    const chunk = files.find((f) => f.startsWith(`chunks/${name}-`));
    assert.ok(chunk, `no ${name} chunk`);
    assert.ok(!upFront.has(chunk), `${chunk} is loaded with the elements`);
  }
});

/** Serves dist/cdn at /cdn/ for withCdnPage. */
const cdnFile = (name) => {
  const file = normalize(join(DIR, name));
  return file.startsWith(DIR) && existsSync(file) ? readFileSync(file) : undefined;
};

test('a page with only a map downloads the map and the shared core, not the directory', async () => {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>CDN</title>
    <script type="module" src="/cdn/partner-atlas.js"></script>
    <pa-map src="/partnerships.json"></pa-map></html>`;
  await withCdnPage({ html, cdnFile }, async (tab, requested, messages) => {
    await waitUntilRendered(tab, 'pa-map');
    assert.ok(
      requested.some((p) => /^\/cdn\/chunks\/map-/.test(p)),
      'the map chunk was loaded',
    );
    assert.ok(
      requested.some((p) => /^\/cdn\/chunks\/core-/.test(p)),
      'the core chunk was loaded',
    );
    assert.ok(!requested.some((p) => /^\/cdn\/chunks\/directory-/.test(p)), 'the directory chunk was not loaded');
    assert.equal(await tab.evaluate(() => customElements.get('pa-directory')), undefined);
    assert.deepEqual(
      messages.filter((m) => /Error/.test(m)),
      [],
      'no error',
    );
  });
});

test('a page loading the CDN file with ?ver= opens a partnership by direct link, with one copy of the library', async () => {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>CDN</title>
    <script type="module" src="/cdn/partner-atlas.js?ver=6.4"></script>
    <pa-directory src="/partnerships.json"></pa-directory></html>`;
  await withCdnPage({ html, cdnFile, hash: '#pa-partnership=sample-001' }, async (tab, requested, messages) => {
    await tab.waitForFunction(
      () => document.querySelector('pa-directory')?.shadowRoot?.querySelector('dialog.detail[open] pa-card'),
      undefined,
      { timeout: 20_000 },
    );
    assert.ok(
      requested.some((p) => /^\/cdn\/chunks\/detail-/.test(p)),
      'the detail chunk was loaded',
    );
    const core = requested.filter((p) => /^\/cdn\/chunks\/core-/.test(p));
    assert.equal(core.length, 1, `the core chunk was requested ${core.length} times`);
    assert.equal(requested.filter((p) => p === '/cdn/partner-atlas.js').length, 1, 'one request of the entry');
    assert.deepEqual(
      messages.filter((m) => /another copy|Error/.test(m)),
      [],
      'no second copy of the library, no error',
    );
  });
});

test('a page using the API file and the autoloader runs one copy: a translation registered through the API shows', async () => {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>CDN</title>
    <script type="module">
      import { registerTranslation } from '/cdn/partner-atlas-api.js?ver=2';
      registerTranslation('en', { directory: { search: 'Find a partner university' } });
    </script>
    <script type="module" src="/cdn/partner-atlas.js?ver=2"></script>
    <pa-directory src="/partnerships.json"></pa-directory></html>`;
  await withCdnPage({ html, cdnFile }, async (tab, requested, messages) => {
    await tab.waitForFunction(
      () => {
        const box = document.querySelector('pa-directory')?.shadowRoot?.querySelector('pa-search-box');
        return box?.shadowRoot?.querySelector('label')?.textContent?.trim() === 'Find a partner university';
      },
      undefined,
      { timeout: 20_000 },
    );
    const core = requested.filter((p) => /^\/cdn\/chunks\/core-/.test(p));
    assert.equal(core.length, 1, `the core chunk was requested ${core.length} times`);
    assert.deepEqual(
      messages.filter((m) => /another copy|Error/.test(m)),
      [],
      'no second copy of the library, no error',
    );
  });
});
