// Placeholder until the directory lands: reports the CDN bundle's gzip size. Replaced by the budget check.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const size = gzipSync(readFileSync('dist/cdn/partner-atlas.js')).length;
console.log(`dist/cdn/partner-atlas.js: ${(size / 1024).toFixed(1)} kB gzip`);
