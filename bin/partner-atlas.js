#!/usr/bin/env node
// partner-atlas command line:
//   npx partner-atlas validate <file.json|file.csv> [more files]   prints every problem; exits 1 when any error
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';

const USAGE = `Usage: partner-atlas validate <data.json|data.csv> [...]

Checks partnership data files as the browser would load them and prints each problem with its record, field,
what was expected and what was found. Exits with status 1 when a file has errors (warnings alone pass).`;

const [command, ...files] = process.argv.slice(2);
if (command !== 'validate' || files.length === 0) {
  console.error(USAGE);
  process.exit(command === '--help' || command === '-h' ? 0 : 2);
}
const modulePath = new URL('../dist/node/validate.js', import.meta.url);
if (!existsSync(modulePath)) {
  console.error('partner-atlas: dist/node/validate.js is missing; run `npm run build` first.');
  process.exit(2);
}
const { validateText } = await import(modulePath.href);
let failed = false;
for (const file of files) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read (${error.code ?? error.message}).`);
    failed = true;
    continue;
  }
  const report = await validateText(text, file);
  console.log(report.text);
  if (report.errors > 0) failed = true;
}
process.exit(failed ? 1 : 0);
