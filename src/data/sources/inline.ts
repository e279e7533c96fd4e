/** JSON written in the page: `<script type="application/json">` inside the element (for CMSs without uploads). */
import { parseJson } from './url.js';
import { sourcePayload, type DataSource } from './types.js';

/** Reads the text of a script element (or a string) when loaded, so later edits of the script are seen. */
export function inlineSource(script: Element | string, name = 'inline'): DataSource {
  return {
    name,
    load: async () => sourcePayload(parseJson(typeof script === 'string' ? script : (script.textContent ?? ''))),
  };
}

/** The first `<script type="application/json">` child of an element, if any. */
export function findInlineScript(host: Element): HTMLScriptElement | undefined {
  for (const child of host.children) {
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') return child;
  }
  return undefined;
}
