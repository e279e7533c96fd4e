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

export class TermTable {
  /** Terms by id, in first-seen order. */
  readonly terms: string[] = [];
  /** Open addressing, two ints per slot: hash, id + 1 (0 = empty). */
  private table = new Int32Array(2 << 13);
  private mask = (1 << 13) - 1;
  /** The UTF-16 code units of every term, one after another (compared without touching the strings). */
  private pool = new Uint16Array(1 << 16);
  private poolLen = 0;
  private poolOff = new Int32Array(1 << 12);
  private readonly chunkCache = new Map<string, number | Int32Array>();
  private readonly scratch: number[] = [];

  get size(): number {
    return this.terms.length;
  }

  /** The id of a term (added when new). */
  idOf(term: string): number {
    const h = hashString(term);
    const { table, mask, pool, poolOff } = this;
    const len = term.length;
    let slot = h & mask;
    outer: for (let e = table[2 * slot + 1]!; e !== 0; e = table[2 * slot + 1]!) {
      const s2 = slot;
      slot = (slot + 1) & mask;
      if (table[2 * s2] !== h) continue;
      const id = e - 1;
      const off = poolOff[id]!;
      if (poolOff[id + 1]! - off !== len) continue;
      for (let i = 0; i < len; i++) if (pool[off + i] !== term.charCodeAt(i)) continue outer;
      return id;
    }
    return this.add(term, h, slot);
  }

  /** The id of the lower-cased ASCII range text[start, end) whose hash is `h` (added when new). */
  private idOfAscii(text: string, start: number, end: number, h: number): number {
    const { table, mask, pool, poolOff } = this;
    const len = end - start;
    let slot = h & mask;
    outer: for (let e = table[2 * slot + 1]!; e !== 0; e = table[2 * slot + 1]!) {
      const s2 = slot;
      slot = (slot + 1) & mask;
      if (table[2 * s2] !== h) continue;
      const id = e - 1;
      const off = poolOff[id]!;
      if (poolOff[id + 1]! - off !== len) continue;
      for (let i = 0; i < len; i++) {
        let c = text.charCodeAt(start + i);
        if (c >= 65 && c <= 90) c += 32;
        if (pool[off + i] !== c) continue outer;
      }
      return id;
    }
    return this.add(text.slice(start, end).toLowerCase(), h, slot);
  }

  private add(term: string, h: number, slot: number): number {
    // `slot` is the empty slot where the probe ended.
    const id = this.terms.length;
    this.terms.push(term);
    if (id + 2 > this.poolOff.length) {
      const bigger = new Int32Array(this.poolOff.length * 2);
      bigger.set(this.poolOff);
      this.poolOff = bigger;
    }
    if (this.poolLen + term.length > this.pool.length) {
      const bigger = new Uint16Array(Math.max(this.pool.length * 2, this.poolLen + term.length));
      bigger.set(this.pool);
      this.pool = bigger;
    }
    for (let i = 0; i < term.length; i++) this.pool[this.poolLen++] = term.charCodeAt(i);
    this.poolOff[id + 1] = this.poolLen;
    this.table[2 * slot] = h;
    this.table[2 * slot + 1] = id + 1;
    if ((id + 1) * 2 > this.mask + 1) this.grow();
    return id;
  }

  private grow(): void {
    const slots = (this.mask + 1) * 2;
    const table = new Int32Array(2 * slots);
    const mask = slots - 1;
    const old = this.table;
    for (let s = 0; s < old.length; s += 2) {
      const e = old[s + 1]!;
      if (e === 0) continue;
      const h = old[s]!;
      let slot = h & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = h;
      table[2 * slot + 1] = e;
    }
    this.table = table;
    this.mask = mask;
  }

  /** Word ids of the current chunk, emitted once the chunk is known to be plain ASCII. */
  private pending = new Int32Array(64);

  /**
   * Calls `emit(id)` for every token of `text` (with repeats): exactly the tokens of `indexTokens(text)`. One pass
   * over the characters: a chunk of ASCII letters, digits and punctuation (no apostrophe) is hashed word by word as
   * it is read; a chunk with any other character is handed to `chunkTokens` (cached per distinct chunk).
   */
  scan(text: string, emit: (id: number) => void): void {
    const len = text.length;
    let i = 0;
    while (i < len) {
      let c = text.charCodeAt(i);
      if (c === 32 || (c >= 9 && c <= 13)) {
        i++;
        continue;
      }
      const chunkStart = i;
      let np = 0;
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
          if (np === this.pending.length) this.growPending();
          this.pending[np++] = this.idOfAscii(text, wordStart, i, h);
          wordStart = -1;
        }
      }
      if (!plain) {
        this.scanOther(text.slice(chunkStart, i), emit);
        continue;
      }
      if (wordStart >= 0) {
        if (np === this.pending.length) this.growPending();
        this.pending[np++] = this.idOfAscii(text, wordStart, i, h);
      }
      const pending = this.pending;
      for (let k = 0; k < np; k++) emit(pending[k]!);
    }
  }

  private growPending(): void {
    const bigger = new Int32Array(this.pending.length * 2);
    bigger.set(this.pending);
    this.pending = bigger;
  }

  private scanOther(segment: string, emit: (id: number) => void): void {
    let v = this.chunkCache.get(segment);
    if (v === undefined) {
      const ids = this.scratch;
      ids.length = 0;
      for (const chunk of chunks(segment)) if (chunk !== '') chunkTokens(chunk, (t) => ids.push(this.idOf(t)));
      v = ids.length === 1 ? ids[0]! : Int32Array.from(ids);
      this.chunkCache.set(segment, v);
    }
    if (typeof v === 'number') emit(v);
    else for (let k = 0; k < v.length; k++) emit(v[k]!);
  }

  /** Frees the lookup structures (the term list stays). */
  release(): void {
    this.chunkCache.clear();
    this.table = new Int32Array(2);
    this.mask = 0;
    this.pool = new Uint16Array(0);
    this.poolOff = new Int32Array(1);
  }
}
