/// <reference types="node" />
import { defineConfig } from 'vite';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// @ts-expect-error plain JS build helper
import { CDN_ENTRIES, cdnBuildOptions, cdnPlugins } from './scripts/cdn-build.js';

// Two library builds from one config:
//  - default mode: ESM for bundlers, one module per source file, every dependency external (lit stays external).
//  - `--mode cdn`: the files for a CDN <script type="module">, Lit and everything else inlined and fully minified
//    (scripts/cdn-build.js, shared with `npm run size`): partner-atlas.js, the autoloader (each element's code is
//    loaded when its tag appears), and partner-atlas-api.js, the public API; both import the chunks under chunks/
//    (the elements, other languages, the world outline, the detail dialog, CSV, URL state, …) by relative URL.
const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
};
const deps = Object.keys(pkg.dependencies ?? {});
/** Only the package's own dependencies stay external; build helpers (e.g. Oxc's decorator helper) are inlined. */
const isExternal = (id: string) => deps.some((d) => id === d || id.startsWith(`${d}/`));

function esmEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: resolve(root, 'src/index.ts'),
    define: resolve(root, 'src/define.ts'),
  };
  const componentsDir = resolve(root, 'src/components');
  if (existsSync(componentsDir)) {
    for (const name of readdirSync(componentsDir)) {
      for (const file of ['index', 'define']) {
        const path = resolve(componentsDir, name, `${file}.ts`);
        if (existsSync(path)) entries[`components/${name}/${file}`] = path;
      }
    }
  }
  return entries;
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { server: { port: 5173, host: '127.0.0.1' }, build: { target: 'es2022' } };
  }
  if (mode === 'cdn') {
    return {
      publicDir: false,
      plugins: cdnPlugins(),
      build: {
        ...cdnBuildOptions(),
        outDir: 'dist/cdn',
        emptyOutDir: true,
        sourcemap: true,
        lib: {
          entry: Object.fromEntries(
            Object.entries(CDN_ENTRIES as Record<string, string>).map(([name, file]) => [name, resolve(root, file)]),
          ),
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
      },
    };
  }
  return {
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: 'dist/esm',
      emptyOutDir: true,
      sourcemap: true,
      minify: false, // ESM for bundlers: the app's bundler minifies
      lib: { entry: esmEntries(), formats: ['es'] },
      rolldownOptions: {
        external: isExternal,
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
