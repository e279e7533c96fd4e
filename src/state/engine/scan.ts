/**
 * The scan engine: the engine every page loads. It answers the same questions as the indexed engine (./fast.ts) with
 * the semantics of ./documents.ts, but builds almost nothing up front, so the first results of a dataset can be shown
 * at once:
 *
 * - Building it reads each partnership's facet values and years (a few ms for 10,000 partnerships). The texts are
 *   tokenised only when the first query is typed, and the sort keys of a sort only when that sort is first used.
 * - A search scans every partnership: the query terms are first matched against the vocabulary (each distinct token
 *   once: exact, prefix or one typo), then each partnership's token ids are looked up. Fine for the few hundred or few
 *   thousand partnerships of a university (about 1 ms per keystroke at 2,000); the store switches to the indexed
 *   engine, loaded on demand, for larger datasets (see ../store.ts).
 *
 * Written apart from the indexed engine and from the reference engine (./reference.ts); the property tests check that
 * all three answer the same.
 */
import type { Dataset } from '../../data/model.js';
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
  countryKey,
  dateKey,
  fieldValueIds,
  docTexts,
  localeOf,
  titleFor,
  yearOf,
  yearRange,
  type DocFacets,
  type EngineOptions,
} from './documents.js';
import { queryTerms, tokenise, withinOneEdit } from './normalise.js';
import { regionOf } from '../../data/countries.js';
import { now, yieldToIdle } from './yield.js';

const WEIGHTS = TEXT_FIELDS.map((f) => FIELD_WEIGHT[f]);
const FIELD_BITS = 3; // a token entry is tokenId << 3 | field index (5 fields)
const NO_YEAR_START = -Infinity;
const NO_YEAR_END = Infinity;
const EMPTY_YEARS = { starts: new Float64Array(0), ends: new Float64Array(0) };

/** One facet's values, interned: `values[id]`, and each document's value ids in `ids[offsets[d]..offsets[d+1]]`. */
interface FacetColumn {
  values: string[];
  offsets: Int32Array;
  ids: Int32Array;
}

/** The tokens of every document: entries `tokenId << 3 | field` in `entries[offsets[d]..offsets[d+1]]`. */
interface TextColumn {
  vocabulary: string[];
  offsets: Int32Array;
  entries: Int32Array;
}

/** The scan engine, with a way to tokenise the texts ahead of the first query. */
export interface ScanEngine extends SearchEngine {
  /**
   * Tokenises the texts in slices of at most `sliceMs` (8) ms run when the page is idle; rejects when `signal` aborts.
   */
  prepare(signal?: AbortSignal, sliceMs?: number): Promise<void>;
}

export function createScanEngine(dataset: Dataset, options?: EngineOptions): ScanEngine {
  const locale = localeOf(options);
  const partnerships = dataset.partnerships;
  const n = partnerships.length;
  /** Start and end years of every document (read when a year range is first used). */
  let years: { starts: Float64Array; ends: Float64Array } | undefined;
  const yearColumns = () => {
    if (years) return years;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    for (let d = 0; d < n; d++) {
      const p = partnerships[d]!;
      starts[d] = yearOf(p.start) ?? NO_YEAR_START;
      ends[d] = yearOf(p.end) ?? NO_YEAR_END;
    }
    return (years = { starts, ends });
  };
  const columns = facetColumns(dataset);

  let text: TextColumn | undefined;
  const unfilteredResults = new Map<string, SearchResult>();
  const ranks = new Map<string, Int32Array>();
  /** Titles in the visitor's language (every sort's tie-break), read when a sort first needs them. */
  let titles: string[] | undefined;

  /**
   * Tokenises every document's texts, a document at a time; yields whenever `deadline()` says so. Run to the end
   * at once by the first query, or ahead of it in slices by `prepare`.
   */
  const textBuilder = (function* (): Generator<void, TextColumn, void> {
    const vocabulary: string[] = [];
    const ids = new Map<string, number>();
    const offsets = new Int32Array(n + 1);
    const entries: number[] = [];
    for (let d = 0; d < n; d++) {
      const texts = docTexts(partnerships[d]!, dataset, locale);
      for (let f = 0; f < TEXT_FIELDS.length; f++) {
        for (const token of tokenise(texts[TEXT_FIELDS[f]!].join('\n'))) {
          let id = ids.get(token);
          if (id === undefined) {
            id = vocabulary.length;
            ids.set(token, id);
            vocabulary.push(token);
          }
          entries.push((id << FIELD_BITS) | f);
        }
      }
      offsets[d + 1] = entries.length;
      if ((d & 31) === 31) yield;
    }
    return { vocabulary, offsets, entries: Int32Array.from(entries) };
  })();
  /** Runs the text builder until `more()` says stop; returns the text column once complete. */
  const advanceText = (more: () => boolean): TextColumn | undefined => {
    while (!text) {
      const r = textBuilder.next();
      if (r.done) text = r.value;
      else if (!more()) break;
    }
    return text;
  };
  const textColumn = (): TextColumn => advanceText(() => true)!;

  /** The position of every document in a sort's order (computed once per sort). */
  function rankOf(sort: 'title' | 'country' | 'start'): Int32Array {
    let rank = ranks.get(sort);
    if (rank) return rank;
    const coll = collatorFor(locale);
    const title = (titles ??= partnerships.map((p) => titleFor(p, locale)));
    const byTitle = (a: number, b: number) => coll.compare(title[a]!, title[b]!) || a - b;
    const order = Array.from({ length: n }, (_, i) => i);
    if (sort === 'title') order.sort(byTitle);
    else if (sort === 'country') {
      const { values, offsets, ids } = columns.country;
      const keys = Array.from({ length: n }, (_, d) => {
        const country = Array.from(ids.subarray(offsets[d]!, offsets[d + 1]!), (id) => values[id]!);
        return countryKey({ country } as unknown as DocFacets, locale, coll);
      });
      order.sort((a, b) => {
        const ca = keys[a];
        const cb = keys[b];
        if (ca === undefined || cb === undefined) return ca === cb ? byTitle(a, b) : ca === undefined ? 1 : -1;
        return coll.compare(ca, cb) || byTitle(a, b);
      });
    } else {
      const keys = partnerships.map((p) => dateKey(p.start));
      order.sort((a, b) => {
        const sa = keys[a]!;
        const sb = keys[b]!;
        if (sa !== sb) return sa === '' ? 1 : sb === '' ? -1 : sa < sb ? 1 : -1;
        return byTitle(a, b);
      });
    }
    rank = new Int32Array(n);
    order.forEach((doc, i) => (rank![doc] = i));
    ranks.set(sort, rank);
    return rank;
  }

  return {
    async prepare(signal?: AbortSignal, sliceMs = 8): Promise<void> {
      while (!text) {
        await yieldToIdle();
        signal?.throwIfAborted();
        const deadline = now() + sliceMs;
        advanceText(() => now() < deadline);
      }
    },
    search(view: QueryState): SearchResult {
      const terms = queryTerms(view.query);
      const range = yearRange(view.years);
      // The unfiltered view (the first one shown, and after "Clear all") is the same every time: answered once per sort.
      const unfiltered = terms.length === 0 && range === undefined && FACETS.every((f) => !view.filters[f]?.length);
      const cached = unfiltered ? unfilteredResults.get(view.sort) : undefined;
      if (cached) return cached;
      const from = range?.from ?? -Infinity;
      const to = range?.to ?? Infinity;
      const noYears = range === undefined;
      const { starts, ends } = noYears ? EMPTY_YEARS : yearColumns();
      const emptyRange = from > to;

      // 1. Documents matching the years and every query term, with their scores.
      const base = new Int32Array(n);
      let baseCount = 0;
      let scores: Float64Array | undefined;
      const typos = new Set<string>();
      if (terms.length === 0) {
        for (let d = 0; d < n; d++) {
          if (noYears || (!emptyRange && starts[d]! <= to && ends[d]! >= from)) base[baseCount++] = d;
        }
      } else {
        const { vocabulary, offsets, entries } = textColumn();
        // Quality of every vocabulary token for every term: 3 exact, 2 prefix, 1 typo, 0 none.
        const quality = terms.map((term) => {
          const q = new Uint8Array(vocabulary.length);
          for (let t = 0; t < vocabulary.length; t++) {
            const token = vocabulary[t]!;
            if (token === term.text) q[t] = QUALITY.exact;
            else if (token.startsWith(term.text)) q[t] = QUALITY.prefix;
            else if (term.fuzzy && withinOneEdit(term.text, token)) {
              q[t] = QUALITY.typo;
              typos.add(token);
            }
          }
          return q;
        });
        scores = new Float64Array(n);
        docs: for (let d = 0; d < n; d++) {
          if (!noYears && (emptyRange || starts[d]! > to || ends[d]! < from)) continue;
          let score = 0;
          for (const q of quality) {
            let best = 0;
            for (let e = offsets[d]!, end = offsets[d + 1]!; e < end; e++) {
              const entry = entries[e]!;
              const s = q[entry >>> FIELD_BITS]!;
              if (s !== 0) {
                const w = WEIGHTS[entry & 7]! * s;
                if (w > best) best = w;
              }
            }
            if (best === 0) continue docs;
            score += best;
          }
          scores[d] = score;
          base[baseCount++] = d;
        }
      }

      // 2. Which facets each document fails: hits fail none; a facet's counts take the documents failing at most it.
      const selections = FACETS.map((facet) => {
        const selected = view.filters[facet];
        if (!selected || selected.length === 0) return undefined;
        const column = columns[facet];
        const mask = new Uint8Array(column.values.length);
        for (const v of selected) {
          const id = column.values.indexOf(v);
          if (id >= 0) mask[id] = 1;
        }
        return mask;
      });
      const counts = FACETS.map((facet) => new Int32Array(columns[facet].values.length));
      const found = new Int32Array(baseCount);
      let hitCount = 0;
      for (let b = 0; b < baseCount; b++) {
        const d = base[b]!;
        let failing = -1; // the one facet it fails, -1 none, -2 more than one
        for (let g = 0; g < FACETS.length; g++) {
          const mask = selections[g];
          if (!mask) continue;
          const { offsets, ids } = columns[FACETS[g]!];
          let pass = false;
          for (let k = offsets[d]!, end = offsets[d + 1]!; k < end; k++) {
            if (mask[ids[k]!] === 1) {
              pass = true;
              break;
            }
          }
          if (!pass) {
            if (failing !== -1) {
              failing = -2;
              break;
            }
            failing = g;
          }
        }
        if (failing === -2) continue;
        if (failing === -1) found[hitCount++] = d;
        for (let g = 0; g < FACETS.length; g++) {
          if (failing !== -1 && failing !== g) continue;
          const { offsets, ids } = columns[FACETS[g]!];
          const c = counts[g]!;
          for (let k = offsets[d]!, end = offsets[d + 1]!; k < end; k++) c[ids[k]!]!++;
        }
      }

      const facets = {} as Record<FacetName, FacetValue[]>;
      FACETS.forEach((facet, g) => {
        const { values } = columns[facet];
        const c = counts[g]!;
        const selected = view.filters[facet] ?? [];
        const list: FacetValue[] = values.map((value, id) => ({
          value,
          count: c[id]!,
          selected: selected.includes(value),
        }));
        for (const v of selected) if (!values.includes(v)) list.push({ value: v, count: 0, selected: true });
        facets[facet] = list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      });

      // 3. Order.
      const hits = found.subarray(0, hitCount);
      if (view.sort === 'relevance') {
        if (scores) {
          const s = scores;
          hits.sort((a, b) => s[b]! - s[a]! || a - b);
        }
      } else {
        const rank = rankOf(view.sort);
        hits.sort((a, b) => rank[a]! - rank[b]!);
      }

      const termTexts = terms.map((t) => t.text);
      const extra = [...typos].filter((t) => !termTexts.includes(t));
      const result: SearchResult = {
        hits,
        total: hitCount,
        facets,
        terms: [...termTexts, ...extra.sort()],
      };
      if (unfiltered) {
        // Shared by every later call: frozen, so that no reader can change it for the others.
        for (const f of FACETS) for (const v of Object.freeze(facets[f])) Object.freeze(v);
        unfilteredResults.set(view.sort, Object.freeze(result));
      }
      return result;
    },
  };
}

/** A partner's values in the institution-level facets; `ids` interned when it first counts (-1: none). */
interface PartnerValues {
  home: boolean;
  inst: { id: string; country?: string; kind: string };
  ids?: [country: number, region: number, kind: number, institution: number];
}

/**
 * Every facet's column, read straight from the dataset: the values of `docFacets` (./documents.ts) without its
 * intermediate arrays; institutions are looked up once each and field codes expanded once each.
 */
function facetColumns(dataset: Dataset): Record<FacetName, FacetColumn> {
  const n = dataset.partnerships.length;
  const home = dataset.meta.home;
  const values = FACETS.map((): string[] => []);
  const idMaps = FACETS.map(() => new Map<string, number>());
  // Each facet's value ids of every document, end to end (lists[f][0 .. lens[f])), grown by doubling.
  const lists = FACETS.map(() => new Int32Array(2 * n + 16));
  const lens = new Int32Array(FACETS.length);
  const offsets = FACETS.map(() => new Int32Array(n + 1));
  const nf = FACETS.length;
  const push = (f: number, id: number) => {
    let list = lists[f]!;
    const len = lens[f]!;
    if (len === list.length) {
      const bigger = new Int32Array(len * 2);
      bigger.set(list);
      lists[f] = list = bigger;
    }
    list[len] = id;
    lens[f] = len + 1;
  };
  const g = Object.fromEntries(FACETS.map((f, i) => [f, i])) as Record<FacetName, number>;
  let doc = 0;
  const intern = (f: number, v: string): number => {
    const map = idMaps[f]!;
    let id = map.get(v);
    if (id === undefined) {
      id = values[f]!.length;
      map.set(v, id);
      values[f]!.push(v);
    }
    return id;
  };
  /** Adds a value to facet f of the current document unless it is there already. */
  const add = (f: number, v: string) => addId(f, intern(f, v));
  const addId = (f: number, id: number) => {
    if (id < 0) return;
    const list = lists[f]!;
    for (let k = offsets[f]![doc]!, end = lens[f]!; k < end; k++) if (list[k] === id) return;
    push(f, id);
  };
  const partners = new Map<string, PartnerValues | null>();
  const partnerValues = (id: string): PartnerValues | null => {
    let v = partners.get(id);
    if (v === undefined) {
      const inst = dataset.institutionById.get(id);
      v = inst ? { home: inst.id === home, inst } : null;
      partners.set(id, v);
    }
    return v;
  };
  const fieldIds = fieldValueIds((v) => intern(g.field, v));
  const { type: fType, status: fStatus, programme: fProgramme, field: fField, level: fLevel, language: fLanguage } = g;
  const found: PartnerValues[] = [];
  for (doc = 0; doc < n; doc++) {
    for (let f = 0; f < nf; f++) offsets[f]![doc] = lens[f]!;
    const p = dataset.partnerships[doc]!;
    found.length = 0;
    let others = 0;
    for (let r = 0; r < p.partners.length; r++) {
      const v = partnerValues(p.partners[r]!.id);
      if (!v) continue;
      found.push(v);
      if (!v.home) others++;
    }
    for (let r = 0; r < found.length; r++) {
      const v = found[r]!;
      if (others > 0 && v.home) continue;
      if (!v.ids) {
        // Interned only when the partner counts: a value exists when some partnership has it.
        const { id, country, kind } = v.inst;
        const region = country ? regionOf(country) : undefined;
        v.ids = [
          country ? intern(g.country, country) : -1,
          region ? intern(g.region, region) : -1,
          intern(g.kind, kind),
          intern(g.institution, id),
        ];
      }
      addId(g.country, v.ids[0]);
      addId(g.region, v.ids[1]);
      addId(g.kind, v.ids[2]);
      addId(g.institution, v.ids[3]);
    }
    // One value each: no duplicates to check.
    if (p.type) push(fType, intern(fType, p.type));
    push(fStatus, intern(fStatus, p.status));
    if (p.programme) push(fProgramme, intern(fProgramme, p.programme));
    for (let k = 0; k < p.fields.length; k++) {
      const ids = fieldIds(p.fields[k]!);
      for (let j = 0; j < ids.length; j++) addId(fField, ids[j]!);
    }
    for (let k = 0; k < p.levels.length; k++) add(fLevel, p.levels[k]!);
    for (let k = 0; k < p.languages.length; k++) add(fLanguage, p.languages[k]!);
  }
  const columns = {} as Record<FacetName, FacetColumn>;
  FACETS.forEach((facet, f) => {
    offsets[f]![n] = lens[f]!;
    columns[facet] = { values: values[f]!, offsets: offsets[f]!, ids: lists[f]!.subarray(0, lens[f]!) };
  });
  return columns;
}
