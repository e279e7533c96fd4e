// npm run size: builds the bundle a CDN page loads for the directory (pa-directory with its widgets, pa-card, the
// store, the search engine, the data loader and Lit: src/components/directory/define.ts), minified exactly as the
// CDN file in dist/cdn is (scripts/cdn-build.js), and reports in gzip:
//
//   (1) up front: the entry and every chunk it imports statically, which every page downloads;
//   (2) a typical page: what a page showing a directory of a JSON file in English really downloads, measured by
//       loading the bundle in headless Chromium with the sample data (public/data/partnerships.json). It must equal
//       (1): a lazy chunk that such a page loads belongs up front, and is counted there;
//   (3) each lazy chunk (loaded by dynamic import(), by relative URL) with its size and when a page downloads it.
//
// Fails (exit 1) when (1) is over the ceiling (see CEILING), when the typical page loads a lazy chunk, or when a lazy
// chunk is not listed in WHEN below (every lazy chunk must say when it loads).
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cdnBuildOptions, cdnPlugins } from './cdn-build.js';
import { withCdnPage } from './cdn-page.js';

/** The budget for (1). */
const BUDGET = 30 * 1024;
// The budget is not met yet (see the report of the size work): until it is, CI enforces a ceiling just above
// today's size so the bundle cannot grow unnoticed. Lower CEILING as the bundle shrinks; once (1) is within BUDGET,
// set CEILING = BUDGET.
// Raised from 46.0 to 46.5 kB on purpose (session 4): the review by keyboard, screen reader, phone and RTL added focus
// hand-over, a scroll lock for modal dialogs, live feedback in facet searches, ISCED narrow field names in English and
// the checking of objects given to a standalone pa-card (+1.3 kB); the highlighting moved to a chunk loaded with the
// first query (-0.6 kB).
const CEILING = 46.5 * 1024;

/** When each lazy chunk loads, by chunk name (the file name without its hash). */
const LANGUAGES = { ar: 'Arabic', es: 'Spanish', fa: 'Persian', fr: 'French', id: 'Indonesian', ms: 'Malay' };
Object.assign(LANGUAGES, { tr: 'Turkish', ur: 'Urdu', zh: 'Chinese' });
const WHEN = {
  detail: 'a partnership is first opened (Details, a #pa-partnership= link, ?pa-open= with url-state)',
  'csv-export': 'a visitor first downloads the results as CSV',
  'url-sync': 'the directory has the url-state attribute',
  csv: 'the data is CSV (source-type="csv", a .csv URL, a text/csv answer)',
  'papaparse.min': 'the data is CSV (the CSV parser)',
  'rolldown-runtime': 'the data is CSV (CommonJS interop of the CSV parser)',
  remote: 'source-type="remote" (a search server answers the queries)',
  'remote-query':
    'source-type="remote" answers its first query (the server pages shown, each checked by the full validator with its messages)',
  report: 'the data has problems or could not be loaded (the console report and the problem messages)',
  'problem-text': 'the data has problems or could not be loaded (the problem messages, with the chunk above)',
  engine: 'the dataset has 2,000 partnerships or more (the indexed search engine)',
  highlight: 'the search box first gets the focus, or a query is shown (the highlighting of matched words)',
  ...Object.fromEntries(Object.entries(LANGUAGES).map(([tag, name]) => [tag, `a page or element is in ${name}`])),
};

const root = fileURLToPath(new URL('..', import.meta.url));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const gz = (code) => gzipSync(code).length;
const nameOf = (file) => file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '');

const result = await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  plugins: cdnPlugins(),
  build: {
    ...cdnBuildOptions(),
    write: false,
    // Exactly the directory's define module: it brings the card, the widgets, the store, the engine and Lit.
    lib: { entry: join(root, 'src/components/directory/define.ts'), formats: ['es'], fileName: () => 'directory.js' },
  },
});
const chunks = [result]
  .flat()
  .flatMap((r) => r.output)
  .filter((o) => o.type === 'chunk');
const byName = new Map(chunks.map((c) => [c.fileName, c]));
const entry = chunks.find((c) => c.isEntry).fileName;

// (1) The entry and every chunk it imports statically, transitively.
const upFront = new Set();
const visit = (file) => {
  if (upFront.has(file) || !byName.has(file)) return;
  upFront.add(file);
  for (const dep of byName.get(file).imports) visit(dep);
};
visit(entry);
const sum = (files) => [...files].reduce((total, file) => total + gz(byName.get(file).code), 0);
const main = sum(upFront);

// (2) What a JSON, English directory page downloads, in a real browser.
const loaded = await typicalPage();
const typical = sum(loaded);
const extra = [...loaded].filter((file) => !upFront.has(file));

// (3) Every other chunk.
const lazy = chunks
  .filter((c) => !upFront.has(c.fileName))
  .map((c) => ({ file: c.fileName, name: nameOf(c.fileName), gzip: gz(c.code), when: WHEN[nameOf(c.fileName)] }))
  .sort((a, b) => b.gzip - a.gzip);
const undocumented = lazy.filter((c) => !c.when);

const list = (files) => [...files].map((f) => `${f} ${kb(gz(byName.get(f).code))}`).join(', ');
console.log('pa-directory from the CDN (src/components/directory/define.ts, minified as dist/cdn is), gzip:');
console.log(`(1) up front (entry + static imports): ${kb(main)}  [${list(upFront)}]`);
console.log(
  `(2) a typical page (English, JSON src, the 150 sample partnerships): ${kb(typical)}` +
    (extra.length ? `  ❌ it also loads ${list(extra)}` : '  = (1), nothing loaded on demand'),
);
console.log('(3) loaded on demand, not counted above:');
const width = Math.max(...lazy.map((c) => c.name.length));
for (const c of lazy)
  console.log(`    ${c.name.padEnd(width)} ${kb(c.gzip).padStart(7)}  when ${c.when ?? '??? (undocumented)'}`);

mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(
  join(root, 'reports', 'size.json'),
  JSON.stringify(
    { upFront: main, typicalPage: typical, budget: BUDGET, ceiling: CEILING, files: [...upFront], lazy },
    null,
    2,
  ),
);

let failed = false;
if (main > CEILING) {
  console.error(`❌ (1) is over the CI ceiling of ${kb(CEILING)} by ${kb(main - CEILING)}`);
  failed = true;
}
if (extra.length) {
  console.error('❌ a typical page loads lazy chunks: what every page needs must be up front (and counted)');
  failed = true;
}
if (undocumented.length) {
  console.error(
    `❌ say when these chunks load (WHEN in scripts/size.js): ${undocumented.map((c) => c.name).join(', ')}`,
  );
  failed = true;
}
if (main > BUDGET)
  console.log(`❌ budget of ${kb(BUDGET)} not met: over by ${kb(main - BUDGET)} (CI ceiling ${kb(CEILING)})`);
else console.log(`✅ within the budget of ${kb(BUDGET)} (${kb(BUDGET - main)} to spare)`);
if (failed) process.exitCode = 1;

/**
 * Serves the build and the sample data, opens a page with `<pa-directory src="partnerships.json">` in English in
 * headless Chromium, waits until the results show, and returns the build's files the page requested.
 */
async function typicalPage() {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Partnerships</title>
    <script type="module" src="/cdn/${entry}"></script>
    <pa-directory src="/partnerships.json"></pa-directory></html>`;
  const requested = new Set();
  await withCdnPage({ html, cdnFile: (file) => byName.get(file)?.code }, async (tab, paths, messages) => {
    await tab.waitForFunction(
      () => {
        const results = document.querySelector('pa-directory')?.shadowRoot?.querySelector('pa-results');
        return (results?.shadowRoot?.querySelectorAll('pa-card').length ?? 0) > 0;
      },
      undefined,
      { timeout: 30_000 },
    );
    await tab.waitForLoadState('networkidle');
    const errors = messages.filter((m) => m.startsWith('pageerror: '));
    if (errors.length) throw new Error(`the typical page failed: ${errors.join('; ')}`);
    for (const path of paths) if (path.startsWith('/cdn/') && byName.has(path.slice(5))) requested.add(path.slice(5));
  });
  return requested;
}
