/**
 * The fast engine: an inverted index over a sorted term dictionary, bitsets and typed arrays for facets.
 * Same answers as ./reference.ts (semantics in ./documents.ts); the benchmark and the property tests check it.
 *
 * Written by hand rather than built on MiniSearch or FlexSearch: neither computes facet counts (the expensive part of
 * a keystroke), and both are slower and larger on this data (see BENCHMARKS.md, which runs them side by side).
 *
 * Index layout (D terms, P postings, N partnerships, G facet values):
 * - `dict`: the terms sorted by UTF-16 code units, so the terms starting with a prefix are one range (binary search).
 * - `postOff` (D+1) / `post` (P): postings of term t are post[postOff[t] .. postOff[t+1]], each `doc | field << 28`
 *   with the best field of the term in that partnership; ascending by doc. Because terms are sorted, the postings of
 *   a whole prefix range are one contiguous slice.
 * - One-typo lookup (terms of 5+ code units): a single edit leaves either the first floor((L-1)/2) units or the last
 *   L-1-floor((L-1)/2) units of the term intact, so candidates are the dictionary range of that prefix plus the terms
 *   sharing the last two units (hash buckets `sufStart`/`sufIds`), each verified by `withinOneEdit`.
 * - Facets: every value of every facet has a global id; `docValOff`/`docVals` lists each partnership's values (CSR),
 *   per facet too; `valDocOff`/`valDocs` each value's partnerships; `totals` the counts over all partnerships.
 *   A search builds bitsets (one bit per partnership): C (query + years), P_f (selection of facet f, OR of its values),
 *   A = C AND every P_f. Facet f's counts are taken over C AND every P_g with g != f. Counting walks the set bits of a
 *   bitset and increments per value; when the set holds more than half of the partnerships it walks the complement
 *   and subtracts from the totals instead.
 * - Very common one- and two-character prefixes (a visitor's first keystrokes) have their best score per partnership
 *   precomputed (`prefixScores`, n bytes each, at most 48), so they cost one pass over n bytes instead of a walk over
 *   most postings.
 * - Sorts: the distinct titles are collated once at build (merge sort with Intl.Collator, in slices); country and
 *   start orders are bucket sorts over the title order. A sorted result is the order array filtered by bitset A;
 *   relevance is a counting sort of A by score (ties in dataset order).
 * - Terms are ANDed; each term's postings are scattered into a per-partnership byte of best score, cheapest term
 *   first, later terms only filtering the candidates.
 * - Build: `buildIndex` is a generator that yields when its time slice is over (`createEngineAsync` gives the event
 *   loop a turn between slices); memory grows in small chunks so the garbage collector never stops the page long.
 */
import type { Dataset, Institution, Texts } from '../../data/model.js';
import { regionOf } from '../../data/countries.js';
import {
  FACETS,
  type FacetName,
  type FacetValue,
  type QueryState,
  type SearchEngine,
  type SearchResult,
} from '../types.js';
import {
  FIELD_WEIGHT,
  QUALITY,
  TEXT_FIELDS,
  collatorFor,
  countryName,
  dateKey,
  fieldValueIds,
  institutionTexts,
  titleFor,
  yearOf,
  yearRange,
} from './documents.js';
import { TYPO_MIN_LENGTH, queryTerms, withinOneEdit } from './normalise.js';
import { TermTable } from './terms.js';
import { now } from './yield.js';

const FIELD_SHIFT = 28;
const DOC_MASK = (1 << FIELD_SHIFT) - 1;
/** Field code (1-based index in TEXT_FIELDS) -> weight. */
const WEIGHT = Uint8Array.from([0, ...TEXT_FIELDS.map((f) => FIELD_WEIGHT[f])]);
const F_TITLE = 1;
const F_NAME = 2;
const F_PLACE = 3;
const F_SUBJECT = 4;
const F_DESCRIPTION = 5;
const NO_START = -0x80000000;
const NO_END = 0x7fffffff;
const SUFFIX_BUCKETS = 1 << 16;
/** Entries per chunk of (term, partnership) pairs while building. */
const PAIR_CHUNK = 1 << 19;
/** Below this many partnerships, walking a short prefix's postings is fast enough (and the build stays short). */
const PREFIX_SCORES_FROM = 20_000;
/** At most this many precomputed prefix score arrays (n bytes each). */
const MAX_PREFIX_SCORES = 48;

/** When a build slice should end (async builds); `Infinity` builds in one go. */
export interface BuildClock {
  deadline: number;
  /** When present, each phase's name and end time are pushed (diagnostics for benchmarks). */
  marks?: Array<[phase: string, time: number]>;
}

/** The built index. Plain typed arrays and strings; no references back into the builder. */
export interface FastIndex {
  readonly n: number;
  readonly dict: readonly string[];
  readonly postOff: Int32Array;
  readonly post: Uint32Array;
  readonly sufStart: Int32Array;
  readonly sufIds: Int32Array;
  /** Best score per partnership of the most common one- and two-character prefixes (the costliest keystrokes). */
  readonly prefixScores: ReadonlyMap<string, Uint8Array>;
  /** Global value id range of each facet: facet i has ids facetBase[i] .. facetBase[i+1]. */
  readonly facetBase: Int32Array;
  readonly values: readonly string[];
  readonly valueIds: ReadonlyArray<ReadonlyMap<string, number>>;
  readonly docValOff: Int32Array;
  readonly docVals: Int32Array;
  readonly facetDocOff: readonly Int32Array[];
  readonly facetDocVals: readonly Int32Array[];
  readonly valDocOff: Int32Array;
  readonly valDocs: Int32Array;
  readonly totals: Int32Array;
  readonly startYear: Int32Array;
  readonly endYear: Int32Array;
  readonly titleOrder: Int32Array;
  readonly countryOrder: Int32Array;
  readonly startOrder: Int32Array;
}

/** A growable Int32Array. */
class IntList {
  a: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.a = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = v;
  }
  trimmed(): Int32Array {
    return this.a.slice(0, this.length);
  }
}

const sufHash = (s: string) => {
  const l = s.length;
  return (Math.imul(s.charCodeAt(l - 1), 31) + s.charCodeAt(l - 2)) & (SUFFIX_BUCKETS - 1);
};

/**
 * Builds the index. A generator: it yields whenever `clock.deadline` has passed, so an async driver can give the
 * event loop a turn between slices (see createEngineAsync); with an infinite deadline it never yields.
 */
export function* buildIndex(dataset: Dataset, locale: string, clock: BuildClock): Generator<void, FastIndex, void> {
  const partnerships = dataset.partnerships;
  const n = partnerships.length;
  if (n > DOC_MASK) throw new RangeError(`too many partnerships for one index: ${n}`);

  // ---- Phase 1: tokens and facet values of every partnership.
  // Same texts and values as docTexts/docFacets in ./documents.ts (which the reference engine uses), computed
  // without intermediate arrays: institutions once each, partnerships straight into typed arrays.
  const table = new TermTable();
  let stamp = new Int32Array(1 << 14).fill(-1);

  const nf = FACETS.length;
  const facetValueIds = FACETS.map(() => new Map<string, number>());
  const facetValues: string[][] = FACETS.map(() => []);
  const valueId = (f: number, v: string): number => {
    const ids = facetValueIds[f]!;
    let id = ids.get(v);
    if (id === undefined) {
      id = ids.size;
      ids.set(v, id);
      facetValues[f]!.push(v);
    }
    return id;
  };
  const FC = FACETS.indexOf('country');
  const FR = FACETS.indexOf('region');
  const FT = FACETS.indexOf('type');
  const FF = FACETS.indexOf('field');
  const FL = FACETS.indexOf('level');
  const FS = FACETS.indexOf('status');
  const FP = FACETS.indexOf('programme');
  const FG = FACETS.indexOf('language');
  const FK = FACETS.indexOf('kind');
  const FI = FACETS.indexOf('institution');

  interface InstInfo {
    name: Int32Array;
    place: Int32Array;
    home: boolean;
    /** Facet value ids, -2 until first used (a value exists only when some partnership has it), -1 for none. */
    country: number;
    region: number;
    kind: number;
    inst: Institution;
  }
  /** Assigns the facet value ids of a partner when first used. */
  const partnerValues = (info: InstInfo) => {
    if (info.kind !== -2) return;
    const code = info.inst.country;
    const region = code ? regionOf(code) : undefined;
    info.country = code ? valueId(FC, code) : -1;
    info.region = region ? valueId(FR, region) : -1;
    info.kind = valueId(FK, info.inst.kind);
  };
  const home = dataset.meta.home;
  const instById = new Map<string, InstInfo | null>();
  const instInfo = (id: string): InstInfo | null => {
    let v = instById.get(id);
    if (v === undefined) {
      const inst = dataset.institutionById.get(id);
      if (!inst) v = null;
      else {
        const t = institutionTexts(inst, locale);
        table.outLength = 0;
        for (const s of t.name) table.collect(s);
        const name = table.out.slice(0, table.outLength);
        table.outLength = 0;
        for (const s of t.place) table.collect(s);
        const place = table.out.slice(0, table.outLength);
        table.outLength = 0;
        v = { name, place, home: inst.id === home, country: -2, region: -2, kind: -2, inst };
      }
      instById.set(id, v);
    }
    return v;
  };
  const customTypeLabel = new Map(dataset.meta.types.map((t) => [t.id, t.label]));
  // A field's facet values depend on its ISCED code when it has a valid one, else on its key.
  // A field's facet values depend on its ISCED code when it has a valid one, else on its key.
  const fieldIds = fieldValueIds((x) => valueId(FF, x));
  const year = (date: string | undefined, missing: number): number => (date ? (yearOf(date) ?? missing) : missing);

  // The (term, partnership) pairs, partnership by partnership, each term once per partnership with its best field.
  // Kept in chunks of PAIR_CHUNK (a partnership's pairs never straddle two), so that memory grows in small steps:
  // one huge allocation, or copying one while doubling it, makes the garbage collector stop the page.
  const pairChunks: Int32Array[] = [];
  const fieldChunks: Uint8Array[] = [];
  let pairs = new Int32Array(PAIR_CHUNK);
  let pairField = new Uint8Array(PAIR_CHUNK);
  pairChunks.push(pairs);
  fieldChunks.push(pairField);
  let pairLen = 0;
  let docStart = 0;
  let P = 0;
  const docChunk = new Int32Array(n);
  const docPairStart = new Int32Array(n);
  const docPairLen = new Int32Array(n);
  let doc = 0;
  const reserve = (more: number) => {
    if (table.size > stamp.length) {
      const bigger = new Int32Array(Math.max(stamp.length * 2, table.size)).fill(-1);
      bigger.set(stamp);
      stamp = bigger;
    }
    if (pairLen + more > pairs.length) {
      // A new chunk; the current partnership's pairs move along.
      const size = Math.max(PAIR_CHUNK, pairLen - docStart + more);
      const a = new Int32Array(size);
      a.set(pairs.subarray(docStart, pairLen));
      const b = new Uint8Array(size);
      b.set(pairField.subarray(docStart, pairLen));
      pairLen -= docStart;
      docStart = 0;
      pairs = a;
      pairField = b;
      pairChunks.push(a);
      fieldChunks.push(b);
    }
  };
  /** Adds ids[0 .. count) to the current partnership in `field` (fields come by decreasing weight: first is best). */
  const addIds = (ids: Int32Array, count: number, field: number) => {
    reserve(count);
    for (let i = 0; i < count; i++) {
      const id = ids[i]!;
      if (stamp[id] !== doc) {
        stamp[id] = doc;
        pairs[pairLen] = id;
        pairField[pairLen++] = field;
      }
    }
  };
  /** Adds the tokens collected in the term table to the current partnership. */
  const flush = (field: number) => {
    addIds(table.out, table.outLength, field);
    table.outLength = 0;
  };
  // Short texts that repeat across partnerships (fields, programmes, tags, types, levels) are tokenised once.
  const memo = new Map<string, Int32Array>();
  const collectShort = (text: string) => {
    let ids = memo.get(text);
    if (ids === undefined) {
      const from = table.outLength;
      table.collect(text);
      if (text.length > 64 || memo.size >= 65536) return;
      ids = table.out.slice(from, table.outLength);
      memo.set(text, ids);
      return;
    }
    table.append(ids);
  };
  const collectTexts = (texts: Texts | undefined) => {
    if (!texts) return;
    for (const k in texts) {
      const v = texts[k];
      if (typeof v === 'string' && v !== '') table.collect(v);
    }
  };

  const facetDocOff = FACETS.map(() => new Int32Array(n + 1));
  const facetDocList = FACETS.map(() => new IntList(n + 16));
  /** Adds a value id to facet f of the current partnership unless already there. */
  const addValue = (f: number, id: number) => {
    const list = facetDocList[f]!;
    const a = list.a;
    for (let i = facetDocOff[f]![doc]!; i < list.length; i++) if (a[i] === id) return;
    list.push(id);
  };
  const startYear = new Int32Array(n);
  const endYear = new Int32Array(n);
  const titles: string[] = new Array(n);
  const dateKeys: string[] = new Array(n);
  const partners: InstInfo[] = [];

  // The work per partnership is a plain function rather than the generator's own loop body: engines optimise
  // (and on-stack-replace) loops in generators poorly, and this is the hottest code of the build.
  const indexDoc = () => {
    const p = partnerships[doc]!;
    // Partners: the institutions other than the home one, or all of them when only home is named.
    partners.length = 0;
    let homeOnly = 0;
    for (const ref of p.partners) {
      const info = instInfo(ref.id);
      if (!info) continue;
      if (info.home) homeOnly++;
      else partners.push(info);
    }
    if (partners.length === 0 && homeOnly > 0) {
      for (const ref of p.partners) {
        const info = instInfo(ref.id);
        if (info) partners.push(info);
      }
    }
    docStart = pairLen;
    // Fields by decreasing weight: the first time a term is seen in a partnership is its best field.
    collectTexts(p.title);
    flush(F_TITLE);
    for (const inst of partners) addIds(inst.name, inst.name.length, F_NAME);
    for (const inst of partners) addIds(inst.place, inst.place.length, F_PLACE);
    for (const f of p.fields) {
      if (f.isced) collectShort(f.isced);
      if (f.label) {
        for (const k in f.label) {
          const v = f.label[k];
          if (typeof v === 'string' && v !== '') collectShort(v);
        }
      } else if (!f.isced) collectShort(f.key);
    }
    if (p.programme) collectShort(p.programme);
    for (const t of p.tags) collectShort(t);
    if (p.type) {
      collectShort(p.type);
      collectTexts(customTypeLabel.get(p.type));
    }
    for (const l of p.levels) collectShort(l);
    flush(F_SUBJECT);
    collectTexts(p.description);
    flush(F_DESCRIPTION);
    docChunk[doc] = pairChunks.length - 1;
    docPairStart[doc] = docStart;
    docPairLen[doc] = pairLen - docStart;
    P += pairLen - docStart;

    // Facet values, facet by facet in FACETS order.
    for (const inst of partners) partnerValues(inst);
    for (let f = 0; f < nf; f++) {
      facetDocOff[f]![doc] = facetDocList[f]!.length;
      if (f === FC) {
        for (const inst of partners) if (inst.country >= 0) addValue(f, inst.country);
      } else if (f === FR) {
        for (const inst of partners) if (inst.region >= 0) addValue(f, inst.region);
      } else if (f === FK) {
        for (const inst of partners) addValue(f, inst.kind);
      } else if (f === FT) {
        if (p.type) addValue(f, valueId(f, p.type));
      } else if (f === FF) {
        for (const fl of p.fields) {
          const ids = fieldIds(fl);
          for (let i = 0; i < ids.length; i++) addValue(f, ids[i]!);
        }
      } else if (f === FL) {
        for (const l of p.levels) addValue(f, valueId(f, l));
      } else if (f === FS) {
        addValue(f, valueId(f, p.status));
      } else if (f === FP) {
        if (p.programme) addValue(f, valueId(f, p.programme));
      } else if (f === FG) {
        for (const l of p.languages) addValue(f, valueId(f, l));
      } else if (f === FI) {
        for (const inst of partners) addValue(f, valueId(f, inst.inst.id));
      }
    }
    startYear[doc] = year(p.start, NO_START);
    endYear[doc] = year(p.end, NO_END);
    titles[doc] = titleFor(p, locale);
    dateKeys[doc] = dateKey(p.start);
  };
  for (doc = 0; doc < n;) {
    const end = Math.min(n, doc + 16);
    for (; doc < end; doc++) indexDoc();
    if (now() > clock.deadline) yield;
  }
  for (let f = 0; f < nf; f++) facetDocOff[f]![n] = facetDocList[f]!.length;
  instById.clear();
  memo.clear();
  const terms = table.terms;

  clock.marks?.push(['tokens', now()]);
  // ---- Phase 2: sort the dictionary (buckets by first code units, each sorted natively: short slices).
  const buckets = new Map<number, string[]>();
  for (let i = 0; i < terms.length; i++) {
    if ((i & 4095) === 0 && now() > clock.deadline) yield;
    const t = terms[i]!;
    const key = t.charCodeAt(0) * 65536 + (t.length > 1 ? t.charCodeAt(1) + 1 : 0);
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = []));
    b.push(t);
  }
  const keys = [...buckets.keys()].sort((a, b) => a - b);
  const dict: string[] = new Array(terms.length);
  const remap = new Int32Array(terms.length);
  let k = 0;
  for (const key of keys) {
    if (now() > clock.deadline) yield;
    const b = buckets.get(key)!.sort();
    for (const t of b) dict[k++] = t;
  }
  buckets.clear();
  // Old id -> sorted id, through the term table.
  for (let i = 0; i < dict.length; i++) {
    if ((i & 16383) === 0 && now() > clock.deadline) yield;
    remap[table.idOf(dict[i]!)] = i;
  }
  table.release();

  clock.marks?.push(['dictionary', now()]);
  // ---- Phase 3: postings.
  const D = dict.length;
  const postOff = new Int32Array(D + 1);
  const countRange = (from: number, to: number) => {
    for (let d = from; d < to; d++) {
      const pt = pairChunks[docChunk[d]!]!;
      for (let i = docPairStart[d]!, end = i + docPairLen[d]!; i < end; i++) {
        const t = remap[pt[i]!]!;
        pt[i] = t;
        postOff[t + 1]!++;
      }
    }
  };
  yield* inRanges(n, 1024, clock, countRange);
  for (let t = 0; t < D; t++) postOff[t + 1]! += postOff[t]!;
  const cursor = postOff.slice(0, D);
  const post = new Uint32Array(P);
  const fillRange = (from: number, to: number) => {
    for (let d = from; d < to; d++) {
      const pt = pairChunks[docChunk[d]!]!;
      const pf = fieldChunks[docChunk[d]!]!;
      for (let i = docPairStart[d]!, end = i + docPairLen[d]!; i < end; i++) {
        post[cursor[pt[i]!]!++] = (d | (pf[i]! << FIELD_SHIFT)) >>> 0;
      }
    }
  };
  yield* inRanges(n, 512, clock, fillRange);
  pairChunks.length = 0;
  fieldChunks.length = 0;

  clock.marks?.push(['postings', now()]);
  // Very common short prefixes (a visitor's first keystroke): their postings would be walked on every search.
  const prefixScores = new Map<string, Uint8Array>();
  if (n >= PREFIX_SCORES_FROM) {
    const candidates: Array<[prefix: string, lo: number, hi: number]> = [];
    for (let lo = 0; lo < D;) {
      const p1 = dict[lo]!.slice(0, 1);
      const hi = prefixEnd(dict, p1, lo);
      if (postOff[hi]! - postOff[lo]! >= n / 8) {
        candidates.push([p1, lo, hi]);
        for (let lo2 = lo; lo2 < hi;) {
          const p2 = dict[lo2]!.slice(0, 2);
          const hi2 = prefixEnd(dict, p2, lo2);
          if (p2.length === 2 && postOff[hi2]! - postOff[lo2]! >= n / 2) candidates.push([p2, lo2, hi2]);
          lo2 = hi2;
        }
      }
      lo = hi;
    }
    candidates.sort((a, b) => postOff[b[2]]! - postOff[b[1]]! - (postOff[a[2]]! - postOff[a[1]]!));
    for (const [prefix, lo, hi] of candidates.slice(0, MAX_PREFIX_SCORES)) {
      if (now() > clock.deadline) yield;
      const s = new Uint8Array(n);
      let from = postOff[lo]!;
      const walk = (to: number, quality: number) => {
        for (let i = from; i < to; i++) {
          const p = post[i]!;
          const sc = WEIGHT[p >>> FIELD_SHIFT]! * quality;
          const d = p & DOC_MASK;
          if (sc > s[d]!) s[d] = sc;
        }
        from = to;
      };
      if (dict[lo] === prefix) walk(postOff[lo + 1]!, QUALITY.exact);
      walk(postOff[hi]!, QUALITY.prefix);
      prefixScores.set(prefix, s);
    }
  }
  clock.marks?.push(['prefix scores', now()]);
  // ---- Phase 4: suffix buckets for typo lookup (terms of TYPO_MIN_LENGTH - 1 or more code units).
  const sufStart = new Int32Array(SUFFIX_BUCKETS + 1);
  const minLen = TYPO_MIN_LENGTH - 1;
  for (let t = 0; t < D; t++) {
    const s = dict[t]!;
    if (s.length >= minLen) sufStart[sufHash(s) + 1]!++;
  }
  for (let b = 0; b < SUFFIX_BUCKETS; b++) sufStart[b + 1]! += sufStart[b]!;
  const sufIds = new Int32Array(sufStart[SUFFIX_BUCKETS]!);
  const sufCur = sufStart.slice(0, SUFFIX_BUCKETS);
  for (let t = 0; t < D; t++) {
    if ((t & 16383) === 0 && now() > clock.deadline) yield;
    const s = dict[t]!;
    if (s.length >= minLen) sufIds[sufCur[sufHash(s)]!++] = t;
  }

  clock.marks?.push(['typo buckets', now()]);
  // ---- Phase 5: facets.
  const facetBase = new Int32Array(nf + 1);
  for (let f = 0; f < nf; f++) facetBase[f + 1] = facetBase[f]! + facetValues[f]!.length;
  const G = facetBase[nf]!;
  const values: string[] = facetValues.flat();
  const facetDocVals = facetDocList.map((l, f) => {
    const a = l.trimmed();
    const base = facetBase[f]!;
    for (let i = 0; i < a.length; i++) a[i]! += base;
    return a;
  });
  const docValOff = new Int32Array(n + 1);
  const offsets = (from: number, to: number) => {
    for (let d = from; d < to; d++) {
      let c = 0;
      for (let f = 0; f < nf; f++) c += facetDocOff[f]![d + 1]! - facetDocOff[f]![d]!;
      docValOff[d + 1] = docValOff[d]! + c;
    }
  };
  yield* inRanges(n, 8192, clock, offsets);
  const docVals = new Int32Array(docValOff[n]!);
  const totals = new Int32Array(G);
  const merge = (from: number, to: number) => {
    for (let d = from, j = docValOff[from]!; d < to; d++) {
      for (let f = 0; f < nf; f++) {
        const off = facetDocOff[f]!;
        const vals = facetDocVals[f]!;
        for (let i = off[d]!, end = off[d + 1]!; i < end; i++) {
          const g = vals[i]!;
          docVals[j++] = g;
          totals[g]!++;
        }
      }
    }
  };
  yield* inRanges(n, 4096, clock, merge);
  const valDocOff = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) valDocOff[g + 1] = valDocOff[g]! + totals[g]!;
  const valDocs = new Int32Array(valDocOff[G]!);
  const valCur = valDocOff.slice(0, G);
  const invert = (from: number, to: number) => {
    for (let d = from; d < to; d++) {
      for (let i = docValOff[d]!, end = docValOff[d + 1]!; i < end; i++) valDocs[valCur[docVals[i]!]!++] = d;
    }
  };
  yield* inRanges(n, 8192, clock, invert);

  clock.marks?.push(['facets', now()]);
  // ---- Phase 6: sort orders.
  const coll = collatorFor(locale);
  // Title: collate the distinct titles once (many partnerships share a title), then bucket the partnerships by the
  // rank of their title, in dataset order within a rank.
  const titleGroupOf = new Map<string, number>();
  const groupTitles: string[] = [];
  const titleGroup = new Int32Array(n);
  yield* inRanges(n, 4096, clock, (from, to) => {
    for (let d = from; d < to; d++) {
      const t = titles[d]!;
      let g = titleGroupOf.get(t);
      if (g === undefined) {
        g = groupTitles.length;
        titleGroupOf.set(t, g);
        groupTitles.push(t);
      }
      titleGroup[d] = g;
    }
  });
  titleGroupOf.clear();
  const groupOrder = yield* mergeSortIndices(
    groupTitles.length,
    (a, b) => coll.compare(groupTitles[a]!, groupTitles[b]!),
    clock,
  );
  const groupRank = new Int32Array(groupTitles.length);
  for (let i = 0, r = -1; i < groupOrder.length; i++) {
    // Distinct titles that collate as equal share a rank (the reference breaks their tie by dataset order).
    if (i === 0 || coll.compare(groupTitles[groupOrder[i - 1]!]!, groupTitles[groupOrder[i]!]!) !== 0) r++;
    groupRank[groupOrder[i]!] = r;
  }
  const identity = new Int32Array(n);
  for (let d = 0; d < n; d++) {
    identity[d] = d;
    titleGroup[d] = groupRank[titleGroup[d]!]!;
  }
  if (now() > clock.deadline) yield;
  const titleOrder = bucketOrder(identity, titleGroup, groupTitles.length);
  if (now() > clock.deadline) yield;
  // Country: rank the distinct country names once, then bucket the title order by each partnership's best rank.
  const codes = facetValues[FC]!;
  const names = codes.map((c) => countryName(c, locale) || c);
  const byName = codes.map((_, i) => i).sort((a, b) => coll.compare(names[a]!, names[b]!));
  const rankOfCode = new Map<string, number>();
  let rank = -1;
  byName.forEach((i, pos) => {
    if (pos === 0 || coll.compare(names[byName[pos - 1]!]!, names[i]!) !== 0) rank++;
    rankOfCode.set(codes[i]!, rank);
  });
  const rankOfValue = Int32Array.from(codes, (c) => rankOfCode.get(c)!);
  const countryRank = new Int32Array(n);
  const cOff = facetDocOff[FC]!;
  const cVals = facetDocList[FC]!.a;
  for (let d = 0; d < n; d++) {
    let best = rank + 1; // no country: last
    for (let i = cOff[d]!; i < cOff[d + 1]!; i++) best = Math.min(best, rankOfValue[cVals[i]!]!);
    countryRank[d] = best;
  }
  const countryOrder = bucketOrder(titleOrder, countryRank, rank + 2);
  if (now() > clock.deadline) yield;
  // Start: most recent first, undated last.
  const dateGroupOf = new Map<string, number>();
  const groupDates: string[] = [];
  const startRank = new Int32Array(n);
  yield* inRanges(n, 4096, clock, (from, to) => {
    for (let d = from; d < to; d++) {
      const k = dateKeys[d]!;
      let g = dateGroupOf.get(k);
      if (g === undefined) {
        g = groupDates.length;
        dateGroupOf.set(k, g);
        groupDates.push(k);
      }
      startRank[d] = g;
    }
  });
  dateGroupOf.clear();
  // Newest first, '' (undated) last: descending code-unit order puts '' last by itself.
  const dateOrder = [...groupDates.keys()].sort((a, b) =>
    groupDates[a]! < groupDates[b]! ? 1 : groupDates[a]! > groupDates[b]! ? -1 : 0,
  );
  const dateRank = new Int32Array(groupDates.length);
  dateOrder.forEach((g, r) => (dateRank[g] = r));
  for (let d = 0; d < n; d++) startRank[d] = dateRank[startRank[d]!]!;
  if (now() > clock.deadline) yield;
  const startOrder = bucketOrder(titleOrder, startRank, groupDates.length);
  clock.marks?.push(['sort orders', now()]);

  return {
    n,
    dict,
    postOff,
    post,
    sufStart,
    sufIds,
    prefixScores,
    facetBase,
    values,
    valueIds: facetValueIds,
    docValOff,
    docVals,
    facetDocOff,
    facetDocVals,
    valDocOff,
    valDocs,
    totals,
    startYear,
    endYear,
    titleOrder,
    countryOrder,
    startOrder,
  };
}

/**
 * Calls `fn` on consecutive ranges [from, to) of 0..n, yielding when the slice is over. Hot loops live in such plain
 * functions rather than in the generator's body: engines optimise (and on-stack-replace) loops in generators poorly.
 */
function* inRanges(
  n: number,
  size: number,
  clock: BuildClock,
  fn: (from: number, to: number) => void,
): Generator<void, void, void> {
  for (let d = 0; d < n; d += size) {
    fn(d, Math.min(n, d + size));
    if (now() > clock.deadline) yield;
  }
}

/** A stable bucket sort of `order` by `key` (keys in 0 .. buckets-1). */
function bucketOrder(order: Int32Array, key: Int32Array, buckets: number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < order.length; i++) start[key[order[i]!]! + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const d = order[i]!;
    out[start[key[d]!]!++] = d;
  }
  return out;
}

/**
 * Sorts 0..n-1 by `compare` with a bottom-up merge sort that yields between slices (Array.prototype.sort cannot be
 * interrupted, and collating 100,000 titles takes longer than a frame).
 */
function* mergeSortIndices(
  n: number,
  compare: (a: number, b: number) => number,
  clock: BuildClock,
): Generator<void, Int32Array, void> {
  let a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    if ((lo & 1023) === 0 && now() > clock.deadline) yield;
    const hi = Math.min(n, lo + RUN);
    for (let i = lo + 1; i < hi; i++) {
      const v = a[i]!;
      let j = i - 1;
      while (j >= lo && compare(a[j]!, v) > 0) {
        a[j + 1] = a[j]!;
        j--;
      }
      a[j + 1] = v;
    }
  }
  let b = new Int32Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let o = lo;
      // Already in order (common for nearly sorted data): copy.
      if (mid < hi && compare(a[mid - 1]!, a[mid]!) <= 0) {
        b.set(a.subarray(lo, hi), lo);
        continue;
      }
      while (i < mid && j < hi) {
        if ((o & 1023) === 0 && now() > clock.deadline) yield;
        if (compare(a[j]!, a[i]!) < 0) b[o++] = a[j++]!;
        else b[o++] = a[i++]!;
      }
      while (i < mid) b[o++] = a[i++]!;
      while (j < hi) b[o++] = a[j++]!;
    }
    const t = a;
    a = b;
    b = t;
  }
  return a;
}

// ---------------------------------------------------------------------------------------------------------------
// Searching.

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function lowerBound(dict: readonly string[], s: string, lo = 0): number {
  let hi = dict.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dict[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** End of the range of terms starting with `prefix`, which begins at `lo`. */
function prefixEnd(dict: readonly string[], prefix: string, lo: number): number {
  let hi = dict.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dict[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How one query term will be evaluated. */
interface TermPlan {
  readonly text: string;
  /** Dictionary range of the terms starting with `text`. */
  readonly lo: number;
  readonly hi: number;
  /** Terms one typo away (not starting with `text`). */
  readonly typos: readonly number[];
  /** Precomputed best score per partnership for a very common short prefix. */
  readonly pre: Uint8Array | undefined;
  /** Postings to walk. */
  readonly cost: number;
}

export class FastEngine implements SearchEngine {
  private readonly words: number;
  /** Per-term score scratch, all zero between uses. */
  private readonly s: Uint8Array;
  private readonly score: Uint16Array;
  private readonly list: Int32Array;
  private readonly touched: Int32Array;
  private readonly all: Uint32Array;
  private readonly C: Uint32Array;
  private readonly A: Uint32Array;
  private readonly Af: Uint32Array;
  private readonly selCache = new Map<string, Uint32Array>();

  constructor(readonly index: FastIndex) {
    const n = index.n;
    const W = (this.words = (n + 31) >>> 5);
    this.s = new Uint8Array(n);
    this.score = new Uint16Array(n);
    this.list = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.all = new Uint32Array(W).fill(0xffffffff);
    if (n & 31) this.all[W - 1] = (1 << (n & 31)) - 1;
    this.C = new Uint32Array(W);
    this.A = new Uint32Array(W);
    this.Af = new Uint32Array(W);
  }

  private plan(text: string, fuzzy: boolean): TermPlan {
    const { dict, postOff, prefixScores } = this.index;
    const lo = lowerBound(dict, text);
    const hi = prefixEnd(dict, text, lo);
    const typos = fuzzy ? this.typoTerms(text) : [];
    const pre = prefixScores.get(text);
    let cost = pre ? this.index.n >>> 3 : postOff[hi]! - postOff[lo]!;
    for (const t of typos) cost += postOff[t + 1]! - postOff[t]!;
    return { text, lo, hi, typos, pre, cost };
  }

  /**
   * Scatters one term's best score per partnership into `this.s` (all zero before) and lists the partnerships it
   * touched in `this.touched`; returns how many.
   */
  private scatter(plan: TermPlan): number {
    const { dict, postOff, post } = this.index;
    const s = this.s;
    const touched = this.touched;
    let nt = 0;
    const walk = (from: number, to: number, quality: number) => {
      for (let i = from; i < to; i++) {
        const p = post[i]!;
        const sc = WEIGHT[p >>> FIELD_SHIFT]! * quality;
        const d = p & DOC_MASK;
        const old = s[d]!;
        if (sc > old) {
          if (old === 0) touched[nt++] = d;
          s[d] = sc;
        }
      }
    };
    const { lo, hi } = plan;
    if (lo < hi) {
      let from = postOff[lo]!;
      if (dict[lo] === plan.text) {
        walk(from, postOff[lo + 1]!, QUALITY.exact);
        from = postOff[lo + 1]!;
      }
      walk(from, postOff[hi]!, QUALITY.prefix);
    }
    for (const t of plan.typos) walk(postOff[t]!, postOff[t + 1]!, QUALITY.typo);
    return nt;
  }

  /** Partnerships matching every term into `this.list` (any order), with their scores in `this.score`. */
  private matchTerms(plans: TermPlan[]): number {
    const { s, score, list, touched } = this;
    const n = this.index.n;
    plans.sort((a, b) => a.cost - b.cost);
    let len = 0;
    for (let t = 0; t < plans.length; t++) {
      const plan = plans[t]!;
      const pre = plan.pre;
      if (t === 0) {
        if (pre) {
          for (let d = 0; d < n; d++) {
            const v = pre[d]!;
            if (v !== 0) {
              list[len++] = d;
              score[d] = v;
            }
          }
        } else {
          const nt = this.scatter(plan);
          for (let i = 0; i < nt; i++) {
            const d = touched[i]!;
            list[len++] = d;
            score[d] = s[d]!;
            s[d] = 0;
          }
        }
        continue;
      }
      if (len === 0) break;
      const v = pre ?? s;
      const nt = pre ? 0 : this.scatter(plan);
      let k = 0;
      for (let i = 0; i < len; i++) {
        const d = list[i]!;
        const x = v[d]!;
        if (x !== 0) {
          list[k++] = d;
          score[d]! += x;
        }
      }
      len = k;
      for (let i = 0; i < nt; i++) s[touched[i]!] = 0;
    }
    return len;
  }

  /** Dictionary terms one edit from `text` that do not start with it. */
  private typoTerms(text: string): number[] {
    const { dict, sufStart, sufIds } = this.index;
    const L = text.length;
    const a = (L - 1) >>> 1;
    const b = L - 1 - a;
    const out: number[] = [];
    const seen = new Set<number>();
    const { postOff } = this.index;
    const check = (t: number) => {
      if (postOff[t + 1] === postOff[t]) return; // a term of no partnership
      const s = dict[t]!;
      const dl = s.length - L;
      if (dl > 1 || dl < -1 || seen.has(t)) return;
      if (s.startsWith(text) || !withinOneEdit(text, s)) return;
      seen.add(t);
      out.push(t);
    };
    const prefix = text.slice(0, a);
    const lo = lowerBound(dict, prefix);
    const hi = prefixEnd(dict, prefix, lo);
    for (let t = lo; t < hi; t++) check(t);
    const suffix = text.slice(L - b);
    const h = sufHash(text);
    for (let i = sufStart[h]!, end = sufStart[h + 1]!; i < end; i++) {
      const t = sufIds[i]!;
      if (dict[t]!.endsWith(suffix)) check(t);
    }
    return out;
  }

  search(view: QueryState): SearchResult {
    const ix = this.index;
    const n = ix.n;
    const W = this.words;
    const terms = queryTerms(view.query);
    const typos = new Set<string>();
    const scored = terms.length > 0;

    // C: partnerships matching the query and the years.
    let C: Uint32Array = this.all;
    const years = yearRange(view.years);
    const from = years?.from ?? -Infinity;
    const to = years?.to ?? Infinity;
    const { startYear, endYear } = ix;
    if (scored) {
      const plans = terms.map((t) => this.plan(t.text, t.fuzzy));
      for (const p of plans) for (const t of p.typos) typos.add(ix.dict[t]!);
      const len = this.matchTerms(plans);
      C = this.C;
      C.fill(0);
      const list = this.list;
      if (years === undefined) {
        for (let i = 0; i < len; i++) {
          const d = list[i]!;
          C[d >>> 5]! |= 1 << (d & 31);
        }
      } else if (from <= to) {
        for (let i = 0; i < len; i++) {
          const d = list[i]!;
          if (startYear[d]! <= to && endYear[d]! >= from) C[d >>> 5]! |= 1 << (d & 31);
        }
      }
    } else if (years !== undefined) {
      C = this.C;
      C.fill(0);
      if (from <= to) {
        for (let d = 0; d < n; d++) if (startYear[d]! <= to && endYear[d]! >= from) C[d >>> 5]! |= 1 << (d & 31);
      }
    }

    // Selections.
    const selected: number[] = [];
    const P: Uint32Array[] = [];
    for (let f = 0; f < FACETS.length; f++) {
      const sel = view.filters[FACETS[f]!];
      if (!sel || sel.length === 0) continue;
      selected.push(f);
      P.push(this.selection(f, sel));
    }

    // A = C AND every P_f.
    const A = this.A;
    let aCount = 0;
    for (let w = 0; w < W; w++) {
      let x = C[w]!;
      for (let i = 0; i < P.length; i++) x &= P[i]![w]!;
      A[w] = x;
      aCount += popcount(x);
    }

    // Counts.
    const G = ix.values.length;
    const counts = new Int32Array(G);
    if (C === this.all && P.length === 0) counts.set(ix.totals);
    else this.countInto(counts, A, aCount, -1);
    for (let i = 0; i < selected.length; i++) {
      const f = selected[i]!;
      const base = ix.facetBase[f]!;
      const end = ix.facetBase[f + 1]!;
      if (C === this.all && P.length === 1) {
        counts.set(ix.totals.subarray(base, end), base);
        continue;
      }
      const Af = this.Af;
      let c = 0;
      for (let w = 0; w < W; w++) {
        let x = C[w]!;
        for (let j = 0; j < P.length; j++) if (j !== i) x &= P[j]![w]!;
        Af[w] = x;
        c += popcount(x);
      }
      counts.fill(0, base, end);
      this.countInto(counts, Af, c, f);
    }

    const facets = {} as Record<FacetName, FacetValue[]>;
    for (let f = 0; f < FACETS.length; f++) {
      const name = FACETS[f]!;
      const sel = view.filters[name] ?? [];
      const list: FacetValue[] = [];
      for (let g = ix.facetBase[f]!; g < ix.facetBase[f + 1]!; g++) {
        const value = ix.values[g]!;
        list.push({ value, count: counts[g]!, selected: sel.includes(value) });
      }
      for (const v of sel) {
        if (!ix.valueIds[f]!.has(v) && !list.some((x) => x.value === v))
          list.push({ value: v, count: 0, selected: true });
      }
      list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      facets[name] = list;
    }

    // Hits in order.
    const hits = new Int32Array(aCount);
    if (view.sort === 'title' || view.sort === 'country' || view.sort === 'start') {
      const order = view.sort === 'title' ? ix.titleOrder : view.sort === 'country' ? ix.countryOrder : ix.startOrder;
      if (aCount === n) hits.set(order);
      else {
        for (let i = 0, k = 0; k < aCount; i++) {
          const d = order[i]!;
          if ((A[d >>> 5]! >>> (d & 31)) & 1) hits[k++] = d;
        }
      }
    } else if (scored) {
      // Counting sort by score, descending; ascending partnership order within a score.
      const score = this.score;
      const buf = this.list;
      let k = 0;
      let max = 0;
      for (let w = 0; w < W; w++) {
        let x = A[w]!;
        while (x !== 0) {
          const low = x & -x;
          const d = (w << 5) | (31 - Math.clz32(low));
          x ^= low;
          buf[k++] = d;
          if (score[d]! > max) max = score[d]!;
        }
      }
      const start = new Int32Array(max + 2);
      for (let i = 0; i < k; i++) start[max - score[buf[i]!]! + 1]!++;
      for (let v = 0; v <= max; v++) start[v + 1]! += start[v]!;
      for (let i = 0; i < k; i++) {
        const d = buf[i]!;
        hits[start[max - score[d]!]!++] = d;
      }
    } else {
      let k = 0;
      for (let w = 0; w < W; w++) {
        let x = A[w]!;
        while (x !== 0) {
          const low = x & -x;
          hits[k++] = (w << 5) | (31 - Math.clz32(low));
          x ^= low;
        }
      }
    }

    const termTexts = terms.map((t) => t.text);
    const extra = [...typos].filter((t) => !termTexts.includes(t)).sort();
    return { hits, total: aCount, facets, terms: [...termTexts, ...extra] };
  }

  /** The bitset of partnerships having any of `values` in facet `f` (cached). */
  private selection(f: number, values: readonly string[]): Uint32Array {
    const key = `${f}\u0000${values.join('\u0001')}`;
    let bits = this.selCache.get(key);
    if (bits) return bits;
    const ix = this.index;
    bits = new Uint32Array(this.words);
    for (const v of values) {
      const local = ix.valueIds[f]!.get(v);
      if (local === undefined) continue;
      const g = ix.facetBase[f]! + local;
      for (let i = ix.valDocOff[g]!, end = ix.valDocOff[g + 1]!; i < end; i++) {
        const d = ix.valDocs[i]!;
        bits[d >>> 5]! |= 1 << (d & 31);
      }
    }
    if (this.selCache.size >= 64) this.selCache.clear();
    this.selCache.set(key, bits);
    return bits;
  }

  /**
   * Adds the value counts of the partnerships in bitset X (holding `count` partnerships) to `counts`: every facet
   * (f = -1) or facet f only. Walks the complement and subtracts from the totals when X holds more than half.
   */
  private countInto(counts: Int32Array, X: Uint32Array, count: number, f: number): void {
    const ix = this.index;
    const n = ix.n;
    const off = f < 0 ? ix.docValOff : ix.facetDocOff[f]!;
    const vals = f < 0 ? ix.docVals : ix.facetDocVals[f]!;
    const W = this.words;
    if (count * 2 <= n) {
      for (let w = 0; w < W; w++) {
        let x = X[w]!;
        while (x !== 0) {
          const low = x & -x;
          const d = (w << 5) | (31 - Math.clz32(low));
          x ^= low;
          for (let i = off[d]!, end = off[d + 1]!; i < end; i++) counts[vals[i]!]!++;
        }
      }
      return;
    }
    const base = f < 0 ? 0 : ix.facetBase[f]!;
    const end = f < 0 ? ix.values.length : ix.facetBase[f + 1]!;
    for (let g = base; g < end; g++) counts[g]! += ix.totals[g]!;
    const all = this.all;
    for (let w = 0; w < W; w++) {
      let x = ~X[w]! & all[w]!;
      while (x !== 0) {
        const low = x & -x;
        const d = (w << 5) | (31 - Math.clz32(low));
        x ^= low;
        for (let i = off[d]!, e = off[d + 1]!; i < e; i++) counts[vals[i]!]!--;
      }
    }
  }
}

/** Builds the fast engine synchronously. */
export function createFastEngine(dataset: Dataset, locale: string): FastEngine {
  const it = buildIndex(dataset, locale, { deadline: Infinity });
  let r = it.next();
  while (!r.done) r = it.next();
  return new FastEngine(r.value);
}
