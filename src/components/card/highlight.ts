/**
 * Highlighting of matched search terms: a pure function that splits a text into plain and matched parts, so that
 * an element can render the matched parts in `<mark>` with Lit's escaping (never innerHTML).
 *
 * Terms arrive normalised by the search engine (`SearchResult.terms`). The text is normalised with the same function,
 * one code point at a time, keeping a map from each normalised character back to its original position; so a match
 * found in the normalised text ("zurich") marks exactly the original characters ("Zürich"), even when normalising
 * changes the length (decomposed accents, "ß" → "ss").
 */

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
const memos = new WeakMap<Normaliser, Map<string, string>>();

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
  const wanted = [...new Set(terms.filter((t) => t.length > 0))];
  if (text === '' || wanted.length === 0) return text === '' ? [] : [{ text, match: false }];

  // Normalise per code point, remembering where each normalised char came from. A code point's normal form is
  // memoised per normaliser (normalisers are pure): a card re-renders the same few hundred characters many times.
  let memo = memos.get(normalise);
  if (!memo) memos.set(normalise, (memo = new Map()));
  let norm = '';
  const origin: number[] = []; // origin[i] = start offset (UTF-16) in `text` of the code point that produced norm[i]
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const ch = cp > 0xffff ? text.slice(i, i + 2) : text[i]!;
    let n = memo.get(ch);
    if (n === undefined) memo.set(ch, (n = normalise(ch)));
    for (let k = 0; k < n.length; k++) origin.push(i);
    norm += n;
    i += ch.length;
  }
  // Nothing matched: no need to map ranges back.
  if (!wanted.some((t) => norm.includes(t))) return [{ text, match: false }];
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
      const atWordStart = at === 0 || !WORD.test(norm[at - 1]!) || !WORD.test(norm[at]!);
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
  if (ranges.length === 0) return [{ text, match: false }];

  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }

  const parts: TextPart[] = [];
  let pos = 0;
  for (const [from, to] of merged) {
    if (from > pos) parts.push({ text: text.slice(pos, from), match: false });
    parts.push({ text: text.slice(from, to), match: true });
    pos = to;
  }
  if (pos < text.length) parts.push({ text: text.slice(pos), match: false });
  return parts;
}
