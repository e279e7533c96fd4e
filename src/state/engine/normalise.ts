/**
 * Text normalisation and tokenisation for search. Pure functions, no DOM (runs in Node too).
 *
 * Written by hand: no well-kept library folds Arabic/Persian letters, Turkish i, Latin diacritics and full-width
 * forms together in one small, dependency-free function, and the index and the query must share exactly one rule set.
 *
 * Rules of `normalise(text)`, applied to the indexed text and to the query alike:
 * 1. Compatibility decomposition (NFKD): full-width and half-width forms (`ＫＡＵ` -> `KAU`, `ｶ` -> `カ`), ligatures
 *    (`ﬁ` -> `fi`), Arabic presentation forms; letters with diacritics split into base + combining mark.
 * 2. Lower case, locale-independent. Turkish `İ` decomposes to `I` + U+0307 and the dot is dropped by rule 3, dotless
 *    `ı` folds to `i`: `İstanbul`, `Istanbul`, `istanbul` and `ıstanbul` are all `istanbul`.
 * 3. Combining diacritics removed (U+0300-U+036F): `Université` -> `universite`, `Köln` -> `koln`, `Ñ` -> `n`,
 *    Cyrillic `ё`/`й` -> `е`/`и`; Hebrew points removed.
 * 4. Latin letters that have no decomposition folded: `ß` -> `ss`, `æ` -> `ae`, `œ` -> `oe`, `ø` -> `o`, `đ`/`ð` -> `d`,
 *    `ł` -> `l`, `þ` -> `th`, `ħ` -> `h`; Greek final `ς` -> `σ`.
 * 5. Arabic: hamza/madda forms of alef (أ إ آ) become `ا` through NFKD + mark removal, `ٱ` -> `ا`, `ى` -> `ي`,
 *    `ة` -> `ه`, `ؤ` -> `و`, `ئ` -> `ي`; harakat/tashkeel (U+064B-U+065F, U+0670 and Quranic marks) and tatweel
 *    (U+0640) removed.
 * 6. Persian variants: `ی` (U+06CC) -> `ي`, `ک` (U+06A9) -> `ك`, `ۀ` -> `ه`.
 * 7. Arabic-Indic (U+0660-U+0669) and Persian (U+06F0-U+06F9) digits, and the decimal digits of a few other scripts,
 *    to ASCII `0-9`.
 * 8. Canonical recomposition (NFC), so Hangul syllables and Indic/kana letters keep their composed form.
 */

/** Any code unit outside ASCII. */
const NOT_ASCII = /[\u0080-\uffff]/;

/** Characters removed or replaced after NFKD + lower case (rules 3-7). */
// The class lists combining marks on purpose: each is matched (and removed) on its own.
const FOLD =
  // eslint-disable-next-line no-misleading-character-class
  /[\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0671\u0649\u06cc\u0629\u06a9\u06c0\u00df\u00e6\u0153\u00f8\u0111\u00f0\u0142\u00fe\u0127\u0131\u03c2\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]/g;

const REPLACE: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla -> ا
  '\u0649': '\u064a', // ى alef maksura -> ي
  '\u06cc': '\u064a', // ی Persian yeh -> ي
  '\u0629': '\u0647', // ة teh marbuta -> ه
  '\u06a9': '\u0643', // ک keheh -> ك
  '\u06c0': '\u0647', // ۀ heh with yeh above (precomposed) -> ه
  '\u00df': 'ss',
  '\u00e6': 'ae',
  '\u0153': 'oe',
  '\u00f8': 'o',
  '\u0111': 'd',
  '\u00f0': 'd',
  '\u0142': 'l',
  '\u00fe': 'th',
  '\u0127': 'h',
  '\u0131': 'i', // dotless i
  '\u03c2': '\u03c3', // final sigma
};

/** Zero code points of the digit blocks folded to ASCII (Arabic-Indic, Persian, Devanagari, Bengali, Thai). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];

function fold(c: string): string {
  const r = REPLACE[c];
  if (r !== undefined) return r;
  const code = c.charCodeAt(0);
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return String.fromCharCode(48 + code - zero);
  }
  return ''; // a combining mark, haraka or tatweel
}

/** Normalises text for matching (see the rules above). Idempotent. */
export function normalise(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').toLowerCase().replace(FOLD, fold).normalize('NFC');
}

// ---------------------------------------------------------------------------------------------------------------
// Tokenisation.
//
// A word is a run of letters, marks and digits (any script). Apostrophes inside a word (`King's`, `d'Orléans`) join:
// the index holds the parts and the joined form (`d`, `orleans`, `dorleans`), a query uses the joined form only.
// Scripts written without spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar, Tibetan) are
// indexed as overlapping character bigrams plus single characters, so any substring query finds them: `京大` and
// `大学` both find `北京大学`. A "character" there is a base letter with its combining marks.

const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHE = /['\u2019\u02bc]/;
const APOSTROPHES = /['\u2019\u02bc]/g;
const CONTINUOUS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\u30fc]/u;
const HAS_CONTINUOUS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const MARK = /\p{M}/u;

/** A query term: its text and whether it may match with one typo. */
export interface QueryTerm {
  readonly text: string;
  /** True for words of at least `TYPO_MIN_LENGTH` code units outside the space-less scripts. */
  readonly fuzzy: boolean;
}

/** A query keeps its first this many distinct terms (a pasted essay must not stall the page). */
export const MAX_QUERY_TERMS = 32;

/** Words at least this long match with one typo (insertion, deletion, substitution or adjacent transposition). */
export const TYPO_MIN_LENGTH = 5;

/** Splits a word of normalised text into segments of space-less script and other letters. */
function segments(word: string, emit: (segment: string, continuous: boolean) => void): void {
  if (!HAS_CONTINUOUS.test(word)) {
    emit(word, false);
    return;
  }
  let mode: boolean | undefined;
  const chars = Array.from(word);
  let pos = 0;
  let segStart = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    // A combining mark stays with the character before it.
    const cont = MARK.test(ch) && mode !== undefined ? mode : CONTINUOUS.test(ch);
    if (mode === undefined) {
      mode = cont;
      segStart = pos;
    } else if (cont !== mode) {
      emit(word.slice(segStart, pos), mode);
      mode = cont;
      segStart = pos;
    }
    pos += ch.length;
  }
  if (mode !== undefined) emit(word.slice(segStart), mode);
}

/** Splits a run of space-less script into characters, each a base with its combining marks. */
function units(segment: string): string[] {
  const out: string[] = [];
  for (const ch of segment) {
    if (out.length > 0 && MARK.test(ch)) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

const WHITESPACE = /\s+/;

/**
 * Tokens of one whitespace-free chunk of raw text (normalised here), with duplicates. Text is split at whitespace
 * before normalisation so that an index builder can cache the tokens of each distinct chunk; `indexTokens` is
 * exactly the concatenation of the chunks' tokens.
 */
export function chunkTokens(chunk: string, emit: (token: string) => void): void {
  const norm = normalise(chunk);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m !== null; m = WORD.exec(norm)) {
    const word = m[0];
    if (APOSTROPHE.test(word)) {
      for (const part of word.split(APOSTROPHES)) indexWord(part, emit);
      indexWord(word.replace(APOSTROPHES, ''), emit);
    } else {
      indexWord(word, emit);
    }
  }
}

/** Splits raw text into the chunks `chunkTokens` takes. */
export function chunks(text: string): string[] {
  return text.split(WHITESPACE);
}

/** Tokens to index for a text (normalised here). May contain duplicates; `emit` is called once per token. */
export function indexTokens(text: string, emit: (token: string) => void): void {
  for (const chunk of chunks(text)) if (chunk !== '') chunkTokens(chunk, emit);
}

function indexWord(word: string, emit: (token: string) => void): void {
  segments(word, (segment, continuous) => {
    if (!continuous) {
      emit(segment);
      return;
    }
    const u = units(segment);
    for (let i = 0; i < u.length; i++) {
      emit(u[i]!);
      if (i + 1 < u.length) emit(u[i]! + u[i + 1]!);
    }
  });
}

/** All index tokens of a text, deduplicated, in first-seen order. */
export function tokenise(text: string): string[] {
  const seen = new Set<string>();
  indexTokens(text, (t) => seen.add(t));
  return [...seen];
}

/**
 * The terms of a query, deduplicated, in order. Every term must match (AND). A word gives one term (apostrophes
 * removed); a run of space-less script gives its bigrams (or the single character when it has only one).
 */
export function queryTerms(query: string): QueryTerm[] {
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (text: string, fuzzy: boolean) => {
    if (text === '' || seen.has(text) || out.length >= MAX_QUERY_TERMS) return;
    seen.add(text);
    out.push({ text, fuzzy });
  };
  for (const chunk of chunks(query)) {
    const norm = normalise(chunk);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(norm); m !== null; m = WORD.exec(norm)) {
      segments(m[0].replace(APOSTROPHES, ''), (segment, continuous) => {
        if (!continuous) {
          add(segment, segment.length >= TYPO_MIN_LENGTH);
          return;
        }
        const u = units(segment);
        if (u.length === 1) add(u[0]!, false);
        for (let i = 0; i + 1 < u.length; i++) add(u[i]! + u[i + 1]!, false);
      });
    }
  }
  return out;
}

/**
 * True when `a` and `b` are at most one edit apart: one insertion, deletion, substitution, or transposition of two
 * adjacent characters (optimal string alignment distance <= 1). Compares UTF-16 code units.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    // substitution at i, or transposition of i and i+1
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  // one insertion/deletion at i
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Where a result's text matches the terms of `SearchResult.terms`, for highlighting: [start, end) ranges of the
 * original text, in order, not overlapping. A word matches when its normalised form starts with a term (a typo
 * variant in `terms` matches whole words the same way); in the space-less scripts, every occurrence of a term's
 * characters is a range.
 */
export function matchRanges(text: string, terms: readonly string[]): Array<[start: number, end: number]> {
  const ranges: Array<[number, number]> = [];
  if (terms.length === 0) return ranges;
  const words = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{M}\p{N}]+)*/gu;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const word = m[0];
    const start = m.index;
    const norm = normalise(word.replace(APOSTROPHES, ''));
    if (HAS_CONTINUOUS.test(word)) {
      // Character by character: the original and normalised units line up for these scripts.
      const u = units(word);
      const nu = u.map((x) => normalise(x));
      const covered = new Array<boolean>(u.length).fill(false);
      for (const term of terms) {
        const tu = units(term);
        for (let i = 0; i + tu.length <= nu.length; i++) {
          let ok = true;
          for (let k = 0; k < tu.length && ok; k++) ok = nu[i + k] === tu[k];
          if (ok) for (let k = 0; k < tu.length; k++) covered[i + k] = true;
        }
      }
      let pos = start;
      for (let i = 0; i < u.length; i++) {
        const end = pos + u[i]!.length;
        if (covered[i]) {
          const last = ranges[ranges.length - 1];
          if (last && last[1] === pos) last[1] = end;
          else ranges.push([pos, end]);
        }
        pos = end;
      }
      continue;
    }
    if (terms.some((t) => t !== '' && norm.startsWith(t))) ranges.push([start, start + word.length]);
  }
  return ranges;
}
