// The command-line validator, run as a webmaster would: `partner-atlas validate <file>` (needs `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const run = (...args) => spawnSync(process.execPath, ['bin/partner-atlas.js', ...args], { encoding: 'utf8' });
const expected = JSON.parse(readFileSync('test/fixtures/broken/expected.json', 'utf8'));

test('the sample data validates cleanly and exits 0', () => {
  const r = run('validate', 'public/data/partnerships.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /150 partnerships loaded; 0 errors, 0 warnings\./);
});

test('usage errors exit 2 with help', () => {
  const r = run('frobnicate');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Usage: partner-atlas validate/);
});

test('a missing file is reported and fails', () => {
  const r = run('validate', 'no/such/file.json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot be read \(ENOENT\)/);
});

for (const [file, { codes, partnerships }] of Object.entries(expected)) {
  test(`broken corpus: ${file} reports ${codes.join(', ')}`, () => {
    const r = run('validate', `test/fixtures/broken/${file}`);
    const hasErrors = /\] /.test(r.stdout) && /^error/m.test(r.stdout);
    assert.equal(r.status, hasErrors ? 1 : 0, r.stdout + r.stderr);
    for (const code of codes)
      assert.match(
        r.stdout,
        new RegExp(`\\[${code}\\] test/fixtures/broken/${file.replace('.', '\\.')}`),
        `${code} missing in\n${r.stdout}`,
      );
    if (partnerships > 0) assert.match(r.stdout, new RegExp(`and ${partnerships} partnerships? loaded`));
    else assert.match(r.stdout, /(nothing could be loaded|and 0 partnerships loaded)/);
  });
}

test('html-in-names only warns (exit 0): markup is data, shown as text', () => {
  const r = run('validate', 'test/fixtures/broken/html-in-names.json');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /warning \[markup-in-text\]/);
});
