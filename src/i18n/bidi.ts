import { html, nothing, type TemplateResult } from 'lit';
import type { LocalText } from './types.js';

/**
 * Renders a data text isolated from its surroundings: `<span lang=… dir="auto">text</span>`.
 *
 * Why: a Latin institution name inside an Arabic sentence (or an Arabic name on an English page) otherwise takes
 * the direction of the page, and neutral characters around it (brackets, commas, numbers) end up on the wrong
 * side. `dir="auto"` isolates the run and sets its direction from its first strong character; `lang` lets screen
 * readers switch voice and the browser pick fonts, hyphenation and quotes. Text is rendered as text, never HTML.
 *
 * When the text already sits in its own element (a heading, a link), put the two attributes on that element:
 * `html\`<h3 lang=${t.lang} dir="auto">${t.text}</h3>\``.
 */
export function localText(value: LocalText, part?: string): TemplateResult {
  return html`<span lang=${value.lang} dir="auto" part=${part ?? nothing}>${value.text}</span>`;
}
