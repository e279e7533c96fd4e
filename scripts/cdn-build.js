// The build options of the single-file CDN bundle, shared by `vite build --mode cdn` (vite.config.ts) and the size
// check (scripts/size.js), so that the file measured is the file published.
//
// Vite's library mode does not remove white space from `es` output (its Oxc minifier runs with `codegen: false`
// there, to keep `/* @__PURE__ */` annotations for the app bundlers that consume a library). A CDN file is loaded
// as it is, by a browser, so it is minified completely: white space and comments (annotations and licence comments
// included, as Vite's own library minification already drops the latter).
import { minifyLiterals } from './minify-literals.js';

/**
 * Vite `build` options (without `lib`) for the CDN bundle. Everything the entry imports statically goes into one
 * chunk, `chunks/core-<hash>.js`, which the entry file imports and the lazy chunks (`chunks/<name>-<hash>.js`) import
 * by relative URL. So the lazy chunks and the page share one instance of the library even when the page adds a query
 * to the entry's URL (WordPress adds `?ver=…`): were the shared code in the entry itself, a chunk importing
 * `../partner-atlas.js` would load a second copy next to `partner-atlas.js?ver=…`. (Without the group, Rolldown
 * would split the code lazy chunks share with the entry into several small chunks, all loaded up front.)
 */
export function cdnBuildOptions() {
  return {
    target: 'es2022',
    minify: true,
    rolldownOptions: {
      output: {
        minify: true,
        comments: false,
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'core', tags: ['$initial'] }] },
      },
    },
  };
}

/** Vite plugins of the CDN build: the HTML and CSS inside Lit's templates are minified too. */
export function cdnPlugins() {
  return [minifyLiterals()];
}
