/**
 * The highlighting of matched words (./highlight.ts), loaded with the first query of the page: a page where nobody
 * searches never downloads it. The search box asks for it when it first gets the focus, so it is usually there
 * before the first results; a card that needs it sooner shows its texts plain and renders again when it comes.
 */
type Highlight = typeof import('./highlight.js');

let module: Highlight | undefined;
let loading: Promise<void> | undefined;
/** Elements that rendered plain while the module was on its way. */
const waiting = new Set<{ requestUpdate(): void }>();

/** The highlighting module, once loaded. */
export function highlighter(): Highlight | undefined {
  return module;
}

/** Loads the module (once); `element`, if given, renders again when it is there. */
export function loadHighlighter(element?: { requestUpdate(): void }): Promise<void> {
  if (element) waiting.add(element);
  loading ??= import('./highlight.js').then(
    (m) => {
      module = m;
      for (const el of waiting) el.requestUpdate();
      waiting.clear();
    },
    (error: unknown) => {
      // Offline or blocked: texts stay plain; the next query tries again.
      loading = undefined;
      waiting.clear();
      console.warn('[partner-atlas] the highlighting of matched words could not be loaded', error);
    },
  );
  return loading;
}
