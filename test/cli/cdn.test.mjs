// The CDN file as a page loads it (needs `npm run build`): dist/cdn/partner-atlas.js and its chunks import each
// other by relative URL only, and a page that adds a query to the script's URL (WordPress adds `?ver=…`) still runs
// one copy of the library when the lazy chunks arrive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { withCdnPage } from '../../scripts/cdn-page.js';

const DIR = 'dist/cdn';
const files = ['partner-atlas.js', ...readdirSync(join(DIR, 'chunks')).map((f) => `chunks/${f}`)].filter((f) =>
  f.endsWith('.js'),
);
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
      assert.ok(existsSync(normalize(join(DIR, dirname(file), spec))), `${file} imports missing "${spec}"`);
    }
  }
  assert.ok(imports > 10, `only ${imports} imports found: is the pattern still right?`);
});

test('the on-demand features are chunks of their own, outside what the entry imports', () => {
  const entry = readFileSync(join(DIR, 'partner-atlas.js'), 'utf8');
  const upFront = new Set();
  const visit = (file) => {
    if (upFront.has(file)) return;
    upFront.add(file);
    for (const spec of staticImports(readFileSync(join(DIR, file), 'utf8')))
      visit(normalize(join(dirname(file), spec)));
  };
  visit('partner-atlas.js');
  assert.ok(entry.length < 4096, 'the entry file only imports the core chunk and re-exports');
  assert.ok(upFront.size >= 2, 'the entry imports the core chunk');
  for (const name of ['detail', 'csv-export', 'papaparse.min', 'engine', 'report', 'ar', 'outline-110m']) {
    const chunk = files.find((f) => f.startsWith(`chunks/${name}-`));
    assert.ok(chunk, `no ${name} chunk`);
    assert.ok(!upFront.has(chunk), `${chunk} is loaded up front`);
  }
});

test('a page loading the CDN file with ?ver= opens a partnership by direct link, with one copy of the library', async () => {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>CDN</title>
    <script type="module" src="/cdn/partner-atlas.js?ver=6.4"></script>
    <pa-directory src="/partnerships.json"></pa-directory></html>`;
  const cdnFile = (name) => {
    const file = normalize(join(DIR, name));
    return file.startsWith(DIR) && existsSync(file) ? readFileSync(file) : undefined;
  };
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
