// The CDN entry, dist/cdn/partner-atlas.js: an autoloader. It is a few hundred bytes that register nothing by
// themselves; each element's code (and Lit, the store, the engine it needs) is downloaded from chunks/ the first time
// its tag appears on the page, in the HTML or added later by a script. So a page with a directory downloads the
// directory and never the map, and a page with only a map never downloads the directory. (Shoelace's autoloader
// works the same way.) The public API (createStore, registerTranslation, the element classes, …) is the file
// dist/cdn/partner-atlas-api.js, built in the same build: both share the chunks, so a page using both runs one copy
// of the library.
//
// This module must import nothing statically: a lazy chunk importing code from the entry would load a second copy
// when a page adds a query to the entry's URL (WordPress adds `?ver=…`).

/**
 * Each tag's define module. A directory's parts share the directory's module: one download for the whole set; the
 * empty and error states, which the directory itself loads only when needed, have a module of their own.
 */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'pa-data': () => import('./components/data/define.js'),
  'pa-card': () => import('./components/card/define.js'),
  'pa-map': () => import('./components/map/define.js'),
  'pa-directory': () => import('./components/directory/define.js'),
  'pa-empty-state': () => import('./components/directory/states.js'),
  'pa-error-state': () => import('./components/directory/states.js'),
};
for (const part of ['search-box', 'facet', 'year-range', 'active-filters', 'result-count', 'sort', 'results']) {
  LOADERS[`pa-${part}`] = LOADERS['pa-directory'];
}

const loading = new Map<() => Promise<unknown>, Promise<unknown>>();

function load(tag: string): void {
  const loader = LOADERS[tag];
  if (loading.has(loader)) return;
  const done = loader().catch((error: unknown) => {
    loading.delete(loader); // the next <pa-…> added tries again
    console.error(`[partner-atlas] <${tag}> could not be loaded from ${import.meta.url}:`, error);
  });
  loading.set(loader, done);
}

/**
 * Loads the elements used in `root` (a document, an element or a shadow root) and not defined yet. The page's document
 * is watched already; call this for shadow roots of your own that contain partner-atlas elements.
 */
export function discover(root: ParentNode): void {
  const visit = (el: Element) => {
    if (Object.hasOwn(LOADERS, el.localName) && !customElements.get(el.localName)) load(el.localName);
  };
  if (root instanceof Element) visit(root);
  for (const el of root.querySelectorAll(':not(:defined)')) visit(el);
}

discover(document);
/** Whether every tag is defined (by this autoloader or by another import of the library). */
const allDefined = () => Object.keys(LOADERS).every((tag) => customElements.get(tag));
// The page is watched until every element is defined: then nothing is left to load.
const observer = new MutationObserver((records) => {
  if (allDefined()) return observer.disconnect();
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
});
observer.observe(document.documentElement, { childList: true, subtree: true });
