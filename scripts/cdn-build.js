// The build options of the CDN files, shared by `vite build --mode cdn` (vite.config.ts) and the size check
// (scripts/size.js), so that the files measured are the files published.
//
// Vite's library mode does not remove white space from `es` output (its Oxc minifier runs with `codegen: false`
// there, to keep `/* @__PURE__ */` annotations for the app bundlers that consume a library). A CDN file is loaded
// as it is, by a browser, so it is minified completely: white space and comments (annotations and licence comments
// included, as Vite's own library minification already drops the latter).
import { minifyLiterals } from './minify-literals.js';

/** An element's define module (`src/components/<folder>/define.ts`); group 1 is its folder. */
const DEFINE_MODULE = /components[\\/]([\w-]+)[\\/]define\.ts$/;

/** The CDN entries: the autoloader the README's snippet loads, and the public API. */
export const CDN_ENTRIES = { 'partner-atlas': 'src/cdn.ts', 'partner-atlas-api': 'src/index.ts' };

/**
 * How the elements' code is cut into chunks. The autoloader (src/cdn.ts) imports each element's define module
 * dynamically; left alone, Rolldown splits their code by which elements share each module, a dozen small chunks for a
 * directory, and each boundary costs bytes (exported names cannot be minified, each file is compressed alone): about
 * 7 kB gzip more than one file. So the code is cut in three, once the module graph is known:
 *
 *   - `core`: what both the directory and the map need (Lit, the store, the data loader, translations, styles),
 *     counting what the map imports on demand for its own `src` (the data controller);
 *   - `directory`: the rest of the directory with its parts and the card (a pa-card alone loads it too);
 *   - `map`: the rest of the map;
 *   - `states`: the directory's empty and error states, loaded when first needed.
 *
 * A page with a directory downloads the autoloader, `core` and `directory`; a page with a map `core` and `map`. What
 * an element loads only on demand (the detail view, CSV, other languages, the world outline, …) is in no element's
 * static closure, so it keeps a chunk of its own. Every chunk is under `chunks/` and imports the others by relative
 * URL, never the entry: were shared code in the entry, a chunk importing `../partner-atlas.js` would load a second
 * copy next to `partner-atlas.js?ver=…` (WordPress adds a query to script URLs).
 */
function elementChunks() {
  /** @type {Map<string, string>} module id → group name */
  const groupOf = new Map();
  const plugin = {
    name: 'partner-atlas:element-chunks',
    buildEnd() {
      groupOf.clear();
      const autoloader = [...this.getModuleIds()].find((id) => /[\\/]src[\\/]cdn\.ts$/.test(id));
      if (autoloader === undefined) return; // not the CDN build (the size check of one element)
      /** The modules `id` imports statically, transitively, itself included. */
      const closure = (id, seen = new Set()) => {
        if (seen.has(id)) return seen;
        seen.add(id);
        for (const dep of this.getModuleInfo(id)?.importedIds ?? []) closure(dep, seen);
        return seen;
      };
      const elements = new Map();
      for (const id of this.getModuleInfo(autoloader).dynamicallyImportedIds) {
        const name = DEFINE_MODULE.exec(id)?.[1];
        if (name) elements.set(name, closure(id));
      }
      const directory = elements.get('directory') ?? new Set();
      const map = elements.get('map') ?? new Set();
      // What the map imports on demand and the directory has up front (the data controller and the store, for a map
      // with its own `src`) is shared code too; the map's own on-demand code (the world outlines) is not.
      for (const id of [...map]) {
        for (const lazy of this.getModuleInfo(id)?.dynamicallyImportedIds ?? []) {
          if (directory.has(lazy)) closure(lazy, map);
        }
      }
      for (const id of map) groupOf.set(id, directory.has(id) ? 'core' : 'map');
      for (const id of directory) if (!groupOf.has(id)) groupOf.set(id, 'directory');
      // The empty and error states, which the directory imports on demand: their chunk holds their code. (Left to
      // itself, Rolldown would put that code in the API entry, which imports it too, and the chunk would import the
      // entry.)
      const states = [...this.getModuleIds()].find((id) => /components[\\/]directory[\\/]states\.ts$/.test(id));
      if (states) for (const id of closure(states)) if (!groupOf.has(id)) groupOf.set(id, 'states');
    },
  };
  const group = (name) => ({ name, test: (id) => groupOf.get(id) === name });
  return { plugin, groups: [group('core'), group('directory'), group('map'), group('states')] };
}

const chunking = elementChunks();

/** Vite `build` options (without `lib`) for the CDN files. */
export function cdnBuildOptions() {
  return {
    target: 'es2022',
    minify: true,
    rolldownOptions: {
      output: {
        minify: true,
        comments: false,
        // An element's own define chunk (pa-card, pa-data) is named after its folder, not `define`.
        chunkFileNames: (chunk) =>
          `chunks/${DEFINE_MODULE.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
        codeSplitting: { groups: chunking.groups },
      },
    },
  };
}

/** Vite plugins of the CDN build: the HTML and CSS inside Lit's templates are minified too; the element chunks. */
export function cdnPlugins() {
  return [minifyLiterals(), chunking.plugin];
}
