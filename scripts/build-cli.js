#!/usr/bin/env node
// Bundles the command-line validator (src/cli/validate-file.ts + the validator + papaparse) into one Node module,
// dist/node/validate.js, which bin/partner-atlas.js runs. Part of `npm run build`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/validate-file.ts'],
  outfile: 'dist/node/validate.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
