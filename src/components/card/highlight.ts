/**
 * Highlighting of matched search terms: pure functions that find the matched words of a text (as ranges, or as plain
 * and matched parts an element can render in `<mark>` with Lit's escaping, never innerHTML), and the marking of a
 * card's rendered text nodes in the page's custom highlight (`showMatches`).
 *
 * Terms arrive normalised by the search engine (`SearchResult.terms`). The text is normalised with the same function,
 * one code point at a time, keeping a map from each normalised character back to its original position; so a match
 * found in the normalised text ("zurich") marks exactly the original characters ("Zürich"), even when normalising
 * changes the length (decomposed accents, "ß" → "ss").
 *
 * The terms include the typo variants the engine matched (a query "reserch" brings "research"), so words found
 * through a typo are marked like any other. An apostrophe inside a word is skipped as the engine's tokens skip it:
 * "kings" and a typo variant "dorleans" mark "King's" and "d’Orléans", and "orleans" still starts a word there.
 */

import type { ChildPart } from 'lit';

/** One piece of a text: `match` is true for a part that matched a search term. */
export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

/** A text normaliser: lower-cases and folds accents, as the search engine does. */
export type Normaliser = (text: string) => string;

/**
 * The default normaliser: NFD, combining marks removed, lower-cased. Used only when the engine's normaliser is not
 * passed; it matches what a simple engine does.
 */
export const defaultNormalise: Normaliser = (text) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');

const WORD = /[\p{L}\p{N}]/u;

/** A text normalised one code point at a time; `origin[i]` is where (UTF-16) the code point giving `norm[i]` starts. */
interface Form {
  readonly norm: string;
  /** Offsets in `norm` where a word part starts after an apostrophe that was skipped ("d'|orleans"). */
  readonly joints?: ReadonlySet<number>;
  origin?: readonly number[];
}

/** Apostrophes that join the parts of a word (`King's`, `d’Orléans`), as the engine's tokeniser reads them. */
const APOSTROPHE = /['\u2019\u02bc]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Normal forms by normaliser (normalisers are pure), of code points and of whole texts: cards re-render the same
 * texts for each keystroke. The text cache is dropped when it holds 2,000 texts.
 */
const charForms = new WeakMap<Normaliser, Map<string, string>>();
const textForms = new WeakMap<Normaliser, Map<string, Form>>();

function normalisedForm(text: string, normalise: Normaliser): Form {
  let forms = textForms.get(normalise);
  if (!forms) textForms.set(normalise, (forms = new Map()));
  let form = forms.get(text);
  if (!form) {
    if (forms.size >= 2000) forms.clear();
    let norm = '';
    let joints: Set<number> | undefined;
    walk(
      text,
      normalise,
      (n) => (norm += n),
      () => (joints ??= new Set()).add(norm.length),
    );
    forms.set(text, (form = joints ? { norm, joints } : { norm }));
  }
  return form;
}

/**
 * Calls `emit` with the normal form of each code point of `text` and its start, skipping apostrophes between two
 * word characters (reported to `joint` instead). The one walk behind the normal form and its origin map.
 */
function walk(
  text: string,
  normalise: Normaliser,
  emit: (normalised: string, start: number) => void,
  joint: () => void = () => undefined,
): void {
  const chars = charMemo(normalise);
  let previous = '';
  for (let i = 0; i < text.length;) {
    const ch = codePointAt(text, i);
    const next = i + ch.length < text.length ? codePointAt(text, i + ch.length) : '';
    if (APOSTROPHE.test(ch) && WORD.test(previous) && WORD_CHAR.test(next)) {
      joint();
    } else {
      const n = charForm(chars, normalise, ch);
      emit(n, i);
      if (n !== '') previous = n[n.length - 1]!;
    }
    i += ch.length;
  }
}

function originsOf(text: string, normalise: Normaliser): number[] {
  const origin: number[] = [];
  walk(text, normalise, (n, start) => {
    for (let k = 0; k < n.length; k++) origin.push(start);
  });
  return origin;
}

function charMemo(normalise: Normaliser): Map<string, string> {
  let chars = charForms.get(normalise);
  if (!chars) charForms.set(normalise, (chars = new Map()));
  return chars;
}

function charForm(chars: Map<string, string>, normalise: Normaliser, ch: string): string {
  let n = chars.get(ch);
  if (n === undefined) chars.set(ch, (n = normalise(ch)));
  return n;
}

/** The code point (one or two UTF-16 units) starting at `i`. */
function codePointAt(text: string, i: number): string {
  return text.codePointAt(i)! > 0xffff ? text.slice(i, i + 2) : text[i]!;
}

/**
 * Where `terms` match `text` at the start of a word: sorted `[from, to)` UTF-16 ranges of the original text, with
 * overlapping and adjacent matches merged. Empty when nothing matches.
 *
 * @param text the original text
 * @param terms normalised search terms (empty terms are ignored)
 * @param normalise the engine's normaliser (applied to each code point of `text`)
 */
export function matchRanges(
  text: string,
  terms: readonly string[],
  normalise: Normaliser = defaultNormalise,
): Array<[number, number]> {
  const wanted = [...new Set(terms.filter((t) => t.length > 0))];
  if (text === '' || wanted.length === 0) return [];

  const form = normalisedForm(text, normalise);
  const norm = form.norm;
  // Nothing matched: no need to map ranges back.
  if (!wanted.some((t) => norm.includes(t))) return [];
  const origin = (form.origin ??= originsOf(text, normalise));
  const nextStart = (offset: number): number => {
    // the offset just after the code point starting at `offset`
    const cp = text.codePointAt(offset)!;
    return offset + (cp > 0xffff ? 2 : 1);
  };

  // Collect [from, to) ranges in the original text.
  const ranges: Array<[number, number]> = [];
  for (const term of wanted) {
    let at = norm.indexOf(term);
    while (at !== -1) {
      const atWordStart = at === 0 || !WORD.test(norm[at - 1]!) || !WORD.test(norm[at]!) || !!form.joints?.has(at);
      if (atWordStart) {
        const from = origin[at]!;
        const lastOrigin = origin[at + term.length - 1]!;
        let to = nextStart(lastOrigin);
        // Swallow combining marks that belong to the last matched character.
        while (to < text.length && /\p{M}/u.test(String.fromCodePoint(text.codePointAt(to)!))) to = nextStart(to);
        ranges.push([from, to]);
      }
      at = norm.indexOf(term, at + 1);
    }
  }

  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * Splits `text` into parts; parts whose normalised form matches one of `terms` at the start of a word are marked.
 * Overlapping and adjacent matches merge. Returns a single unmatched part when nothing matches.
 *
 * @param text the original text, shown as is
 * @param terms normalised search terms (empty terms are ignored)
 * @param normalise the engine's normaliser (applied to each code point of `text`)
 */
export function highlightParts(
  text: string,
  terms: readonly string[],
  normalise: Normaliser = defaultNormalise,
): TextPart[] {
  if (text === '') return [];
  const parts: TextPart[] = [];
  let pos = 0;
  for (const [from, to] of matchRanges(text, terms, normalise)) {
    if (from > pos) parts.push({ text: text.slice(pos, from), match: false });
    parts.push({ text: text.slice(from, to), match: true });
    pos = to;
  }
  if (pos < text.length) parts.push({ text: text.slice(pos), match: false });
  return parts;
}

/** The name of the page's custom highlight (CSS Custom Highlight API) that marks matched words in cards. */
export const MATCH_HIGHLIGHT = 'pa-match';

/** The ranges each element added to the page's highlight, so that it can take them back. */
const added = new WeakMap<object, AbstractRange[]>();

/**
 * Marks the matched words of the text nodes Lit rendered in `parts` in the page's `pa-match` highlight, in place of
 * what `owner` marked before. The browser paints them (`::highlight(pa-match)`) with no element added to the text, so
 * a keystroke that only changes which words match costs a repaint, not a layout. Without the Custom Highlight API,
 * texts stay plain.
 */
export function showMatches(
  owner: object,
  parts: readonly ChildPart[],
  terms: readonly string[],
  normalise: Normaliser = defaultNormalise,
): void {
  clearMatches(owner);
  const registry = globalThis.CSS?.highlights;
  if (!registry || parts.length === 0) return;
  let highlight = registry.get(MATCH_HIGHLIGHT);
  if (!highlight) registry.set(MATCH_HIGHLIGHT, (highlight = new Highlight()));
  const ranges: AbstractRange[] = [];
  for (const part of parts) {
    for (let node = part.startNode?.nextSibling; node && node !== part.endNode; node = node.nextSibling) {
      if (!(node instanceof Text)) continue;
      for (const [from, to] of matchRanges(node.data, terms, normalise)) {
        const range = new StaticRange({ startContainer: node, startOffset: from, endContainer: node, endOffset: to });
        highlight.add(range);
        ranges.push(range);
      }
    }
  }
  if (ranges.length) added.set(owner, ranges);
}

/** Takes back what `owner` marked (it left the page, or shows no query any more). */
export function clearMatches(owner: object): void {
  const ranges = added.get(owner);
  if (!ranges) return;
  const highlight = globalThis.CSS?.highlights?.get(MATCH_HIGHLIGHT);
  for (const range of ranges) highlight?.delete(range);
  added.delete(owner);
}
