/**
 * The reference engine: a plain linear scan written to be obviously correct, not fast. It defines what the fast
 * engine must answer (the benchmark and the property tests compare the two); semantics in ./documents.ts.
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
  activeDuring,
  collatorFor,
  countryKey,
  dateKey,
  docFacets,
  docTexts,
  localeOf,
  titleFor,
  yearOf,
  type DocFacets,
  type EngineOptions,
  type TextField,
} from './documents.js';
import { queryTerms, tokenise, withinOneEdit, type QueryTerm } from './normalise.js';

interface RefDoc {
  tokens: Record<TextField, string[]>;
  facets: DocFacets;
  start?: number;
  end?: number;
  title: string;
  country?: string;
  startKey: string;
}

export function createReferenceEngine(dataset: Dataset, options?: EngineOptions): SearchEngine {
  const locale = localeOf(options);
  const coll = collatorFor(locale);
  const docs: RefDoc[] = dataset.partnerships.map((p) => {
    const texts = docTexts(p, dataset, locale);
    const tokens = {} as Record<TextField, string[]>;
    for (const f of TEXT_FIELDS) tokens[f] = tokenise(texts[f].join('\n'));
    const facets = docFacets(p, dataset);
    return {
      tokens,
      facets,
      start: yearOf(p.start),
      end: yearOf(p.end),
      title: titleFor(p, locale),
      country: countryKey(facets, locale, coll),
      startKey: dateKey(p.start),
    };
  });
  const vocabulary = new Set<string>();
  for (const d of docs) for (const f of TEXT_FIELDS) for (const t of d.tokens[f]) vocabulary.add(t);

  /** Score of one term in one document; 0 when it does not match. */
  function termScore(doc: RefDoc, term: QueryTerm): number {
    let best = 0;
    for (const f of TEXT_FIELDS) {
      for (const token of doc.tokens[f]) {
        let q = 0;
        if (token === term.text) q = QUALITY.exact;
        else if (token.startsWith(term.text)) q = QUALITY.prefix;
        else if (term.fuzzy && withinOneEdit(term.text, token)) q = QUALITY.typo;
        best = Math.max(best, FIELD_WEIGHT[f] * q);
      }
    }
    return best;
  }

  function passes(doc: RefDoc, facet: FacetName, selected: readonly string[] | undefined): boolean {
    if (!selected || selected.length === 0) return true;
    return doc.facets[facet].some((v) => selected.includes(v));
  }

  return {
    search(view: QueryState): SearchResult {
      const terms = queryTerms(view.query);
      const scores = new Map<number, number>();
      const base: number[] = [];
      docs.forEach((doc, i) => {
        if (!activeDuring(doc.start, doc.end, view.years)) return;
        let score = 0;
        for (const term of terms) {
          const s = termScore(doc, term);
          if (s === 0) return;
          score += s;
        }
        scores.set(i, score);
        base.push(i);
      });

      const facets = {} as Record<FacetName, FacetValue[]>;
      for (const facet of FACETS) {
        const counts = new Map<string, number>();
        for (const doc of docs) for (const v of doc.facets[facet]) counts.set(v, 0);
        for (const i of base) {
          const doc = docs[i]!;
          const othersPass = FACETS.every((g) => g === facet || passes(doc, g, view.filters[g]));
          if (!othersPass) continue;
          for (const v of doc.facets[facet]) counts.set(v, counts.get(v)! + 1);
        }
        const selected = view.filters[facet] ?? [];
        for (const v of selected) if (!counts.has(v)) counts.set(v, 0);
        facets[facet] = [...counts]
          .map(([value, count]) => ({ value, count, selected: selected.includes(value) }))
          .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      }

      const hits = base.filter((i) => FACETS.every((g) => passes(docs[i]!, g, view.filters[g])));
      const byTitle = (a: number, b: number) => coll.compare(docs[a]!.title, docs[b]!.title) || a - b;
      if (view.sort === 'title') hits.sort(byTitle);
      else if (view.sort === 'country') {
        hits.sort((a, b) => {
          const ca = docs[a]!.country;
          const cb = docs[b]!.country;
          if (ca === undefined || cb === undefined) return ca === cb ? byTitle(a, b) : ca === undefined ? 1 : -1;
          return coll.compare(ca, cb) || byTitle(a, b);
        });
      } else if (view.sort === 'start') {
        hits.sort((a, b) => {
          const sa = docs[a]!.startKey;
          const sb = docs[b]!.startKey;
          if (sa !== sb) return sa === '' ? 1 : sb === '' ? -1 : sa < sb ? 1 : -1;
          return byTitle(a, b);
        });
      } else {
        hits.sort((a, b) => scores.get(b)! - scores.get(a)! || a - b);
      }

      const typos = new Set<string>();
      for (const term of terms) {
        if (!term.fuzzy) continue;
        for (const token of vocabulary) {
          if (!token.startsWith(term.text) && withinOneEdit(term.text, token)) typos.add(token);
        }
      }
      const termTexts = terms.map((t) => t.text);
      const extra = [...typos].filter((t) => !termTexts.includes(t)).sort();
      return { hits, total: hits.length, facets, terms: [...termTexts, ...extra] };
    },
  };
}
