/**
 * Term interning for the index builder: turns raw text into term ids without allocating a string per word.
 *
 * Produces exactly the tokens of `indexTokens` (./normalise.ts), which splits text at whitespace and tokenises each
 * chunk. A chunk of printable ASCII is tokenised here, inline: its normal form is its lower case and its words are
 * runs of [a-z0-9] (joined by ASCII apostrophes), so each word is hashed straight from the text and looked up in an
 * open-addressing table; a string is created only for a word never seen before. Any other chunk goes through
 * `chunkTokens` once per distinct chunk (cached). Written by hand: it is the hot loop of the index build, where a
 * `split` + `Map` per word costs most of the build time and most of its garbage.
 */
import { chunkTokens, chunks } from './normalise.js';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a hash of a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const NOT_ASCII = /[\u0080-\uffff]/;

export class TermTable {
  /** Terms by id, in first-seen order. */
  readonly terms: string[] = [];
  /** Open addressing, four ints per slot: hash, id + 1 (0 = empty), length, offset of the term's code units in `pool`. */
  private table = new Int32Array(4 << 13);
  private mask = (1 << 13) - 1;
  /** The UTF-16 code units of every term, one after another (compared without touching the strings). */
  private pool = new Uint16Array(1 << 16);
  private poolLen = 0;
  private readonly chunkCache = new Map<string, number | Int32Array>();
  private readonly scratch: number[] = [];

  get size(): number {
    return this.terms.length;
  }

  /** The id of a term (added when new). */
  idOf(term: string): number {
    const h = hashString(term);
    const { table, mask, pool } = this;
    const len = term.length;
    let slot = h & mask;
    for (;;) {
      const b = slot << 2;
      const e = table[b + 1]!;
      if (e === 0) return this.add(term, h, slot);
      if (table[b] === h && table[b + 2] === len) {
        const off = table[b + 3]!;
        let i = 0;
        while (i < len && pool[off + i] === term.charCodeAt(i)) i++;
        if (i === len) return e - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The id of the lower-cased ASCII range text[start, end) whose hash is `h` (added when new). */
  private idOfAscii(text: string, start: number, end: number, h: number): number {
    const { table, mask, pool } = this;
    const len = end - start;
    let slot = h & mask;
    for (;;) {
      const b = slot << 2;
      const e = table[b + 1]!;
      if (e === 0) return this.add(text.slice(start, end).toLowerCase(), h, slot);
      if (table[b] === h && table[b + 2] === len) {
        const off = table[b + 3]! - start;
        let i = start;
        for (; i < end; i++) {
          let c = text.charCodeAt(i);
          if (c >= 65 && c <= 90) c += 32;
          if (pool[off + i] !== c) break;
        }
        if (i === end) return e - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private add(term: string, h: number, slot: number): number {
    // `slot` is the empty slot where the probe ended.
    const id = this.terms.length;
    this.terms.push(term);
    if (this.poolLen + term.length > this.pool.length) {
      const bigger = new Uint16Array(Math.max(this.pool.length * 2, this.poolLen + term.length));
      bigger.set(this.pool);
      this.pool = bigger;
    }
    const off = this.poolLen;
    for (let i = 0; i < term.length; i++) this.pool[this.poolLen++] = term.charCodeAt(i);
    const b = slot << 2;
    this.table[b] = h;
    this.table[b + 1] = id + 1;
    this.table[b + 2] = term.length;
    this.table[b + 3] = off;
    if ((id + 1) * 2 > this.mask + 1) this.grow();
    return id;
  }

  private grow(): void {
    const slots = (this.mask + 1) * 2;
    const table = new Int32Array(4 * slots);
    const mask = slots - 1;
    const old = this.table;
    for (let s = 0; s < old.length; s += 4) {
      if (old[s + 1] === 0) continue;
      let slot = old[s]! & mask;
      while (table[(slot << 2) + 1] !== 0) slot = (slot + 1) & mask;
      table.set(old.subarray(s, s + 4), slot << 2);
    }
    this.table = table;
    this.mask = mask;
  }

  /** Token ids collected by `collect`, `outLength` of them. */
  out = new Int32Array(1024);
  outLength = 0;

  /** Calls `emit(id)` for every token of `text` (with repeats): exactly the tokens of `indexTokens(text)`. */
  scan(text: string, emit: (id: number) => void): void {
    this.outLength = 0;
    this.collect(text);
    const out = this.out;
    for (let k = 0, n = this.outLength; k < n; k++) emit(out[k]!);
    this.outLength = 0;
  }

  /**
   * Appends the ids of every token of `text` (with repeats) to `out`: exactly the tokens of `indexTokens(text)`.
   * One pass over the characters: a chunk of ASCII letters, digits and punctuation (no apostrophe) is hashed word by
   * word as it is read; a chunk with any other character is handed to `chunkTokens` (cached per distinct chunk).
   */
  collect(text: string): void {
    // Two loops, so that the hot one only ever sees ASCII text (its machine code stays specialised for it).
    if (NOT_ASCII.test(text)) {
      for (const chunk of chunks(text)) if (chunk !== '') this.scanOther(chunk);
    } else {
      this.collectAscii(text);
    }
  }

  private collectAscii(text: string): void {
    const len = text.length;
    // Capacity: a text of `len` code units has at most len / 2 + 1 ASCII words.
    if (this.outLength + len + 1 > this.out.length) this.growOut(this.outLength + len + 1);
    let out = this.out;
    let np = this.outLength;
    let i = 0;
    while (i < len) {
      let c = text.charCodeAt(i);
      if (c === 32 || (c >= 9 && c <= 13)) {
        i++;
        continue;
      }
      const chunkStart = i;
      const mark = np;
      let plain = true;
      let wordStart = -1;
      let h = 0;
      for (; i < len; i++) {
        c = text.charCodeAt(i);
        if (c >= 65 && c <= 90) c += 32;
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
          if (wordStart < 0) {
            wordStart = i;
            h = FNV_OFFSET;
          }
          h = Math.imul(h ^ c, FNV_PRIME);
          continue;
        }
        if (c === 32 || (c >= 9 && c <= 13)) break;
        if (c >= 128 || c === 39) {
          plain = false;
          while (i < len && !isSpace(text.charCodeAt(i))) i++;
          break;
        }
        if (wordStart >= 0) {
          out[np++] = this.idOfAscii(text, wordStart, i, h);
          wordStart = -1;
        }
      }
      if (plain) {
        if (wordStart >= 0) out[np++] = this.idOfAscii(text, wordStart, i, h);
        continue;
      }
      // Not plain ASCII: drop this chunk's words and tokenise it the general way.
      this.outLength = mark;
      this.scanOther(text.slice(chunkStart, i));
      if (this.outLength + (len - i) + 1 > this.out.length) this.growOut(this.outLength + (len - i) + 1);
      out = this.out;
      np = this.outLength;
    }
    this.outLength = np;
  }

  /** Appends ids collected earlier. */
  append(ids: Int32Array): void {
    if (this.outLength + ids.length > this.out.length) this.growOut(this.outLength + ids.length);
    this.out.set(ids, this.outLength);
    this.outLength += ids.length;
  }

  private growOut(min: number): void {
    const bigger = new Int32Array(Math.max(min, this.out.length * 2));
    bigger.set(this.out.subarray(0, this.outLength));
    this.out = bigger;
  }

  private scanOther(segment: string): void {
    let v = this.chunkCache.get(segment);
    if (v === undefined) {
      const ids = this.scratch;
      ids.length = 0;
      for (const chunk of chunks(segment)) if (chunk !== '') chunkTokens(chunk, (t) => ids.push(this.idOf(t)));
      v = ids.length === 1 ? ids[0]! : Int32Array.from(ids);
      this.chunkCache.set(segment, v);
    }
    const add = typeof v === 'number' ? 1 : v.length;
    if (this.outLength + add > this.out.length) this.growOut(this.outLength + add);
    if (typeof v === 'number') this.out[this.outLength++] = v;
    else for (let k = 0; k < v.length; k++) this.out[this.outLength++] = v[k]!;
  }

  /** Frees the lookup structures (the term list stays). */
  release(): void {
    this.chunkCache.clear();
    this.table = new Int32Array(4);
    this.mask = 0;
    this.pool = new Uint16Array(0);
  }
}
