// npm run size: builds the single-file bundle a CDN page loads for the directory (pa-directory with its widgets,
// pa-card, the store, the search engine, the data loader and Lit, all inlined and minified) and fails when what the
// page downloads up front is over the budget of 30 kB gzip. Chunks loaded only on demand (other languages'
// translations, the CSV parser when a CSV source is used) are reported apart and do not count: a page that never
// needs them never downloads them.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET = 30 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

const result = await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    write: false,
    target: 'es2022',
    minify: true,
    // Exactly the directory's define module: it brings the card, the widgets, the store, the engine and Lit.
    lib: { entry: join(root, 'src/components/directory/define.ts'), formats: ['es'], fileName: () => 'directory.js' },
  },
});
const chunks = [result].flat().flatMap((r) => r.output).filter((o) => o.type === 'chunk');
const byName = new Map(chunks.map((c) => [c.fileName, c]));
// What loads up front: the entry and every chunk it imports statically, transitively.
const upFront = new Set();
const visit = (name) => {
  if (upFront.has(name) || !byName.has(name)) return;
  upFront.add(name);
  for (const dep of byName.get(name).imports) visit(dep);
};
visit(chunks.find((c) => c.isEntry).fileName);
const gz = (c) => gzipSync(c.code).length;
const main = [...upFront].reduce((sum, name) => sum + gz(byName.get(name)), 0);
const lazy = chunks
  .filter((c) => !upFront.has(c.fileName))
  .map((c) => ({ name: c.fileName.replace(/-[\w-]+\.js$/, ''), gzip: gz(c) }))
  .sort((a, b) => b.gzip - a.gzip);

console.log(`directory + card + store + engine + Lit, loaded up front: ${kb(main)} gzip (budget ${kb(BUDGET)})`);
if (lazy.length) {
  const list = lazy.map((c) => `${c.name} ${kb(c.gzip)}`).join(', ');
  console.log(`loaded only on demand, not counted: ${list}`);
}
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports', 'size.json'), JSON.stringify({ gzip: main, budget: BUDGET, lazy }, null, 2));
if (main > BUDGET) {
  console.error(`❌ over budget by ${kb(main - BUDGET)}`);
  process.exitCode = 1;
} else {
  console.log(`✅ within budget (${kb(BUDGET - main)} to spare)`);
}
