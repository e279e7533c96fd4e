// Checks on the built package as a consumer sees it: exports resolve, and loading the CDN bundle twice is harmless.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('every file named in the exports map exists after the build', () => {
  for (const [key, target] of Object.entries(pkg.exports)) {
    const entry = typeof target === 'string' ? target : target.import;
    if (entry.includes('*')) continue;
    assert.ok(existsSync(entry), `exports["${key}"] -> ${entry} is missing (run npm run build)`);
  }
});

test('the ESM build keeps lit external and inlines no second copy of Lit', () => {
  const card = readFileSync('dist/esm/components/card/card.js', 'utf8');
  assert.match(card, /from "lit"/);
  assert.doesNotMatch(card, /ReactiveElement\s*=\s*class/);
});

test('sideEffects names only modules that define elements', () => {
  for (const entry of pkg.sideEffects) assert.match(entry, /define\.(js|ts)$|cdn/);
});

test('every import of partner-atlas/… in the README and docs resolves through the exports map to a built file', () => {
  const texts = [
    'README.md',
    ...readdirSync('docs')
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const specifiers = new Set();
  for (const file of texts) {
    // Module specifiers as written in import statements and prose: `partner-atlas/…` (not URLs of the CDN).
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(
      /(?<![\w/.-])(partner-atlas\/[\w./*-]+\.(?:js|css|json))(?![\w.])/g,
    ))
      if (!spec.includes('*')) specifiers.add(spec);
  }
  assert.ok(specifiers.has('partner-atlas/components/card/define.js'), 'the README names a per-element import');
  for (const spec of specifiers) {
    const url = import.meta.resolve(spec); // the package resolves itself by name through its exports map
    assert.ok(existsSync(fileURLToPath(url)), `${spec} -> ${url} does not exist (run npm run build)`);
  }
});
