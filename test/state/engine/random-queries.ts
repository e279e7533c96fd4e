// Seeded random views (queries, filters, years, sorts) for comparing the fast engine with the reference engine.
// Used by the property test and by the engine benchmark.
import type { Dataset } from '../../../src/data/model.js';
import { FACETS, SORTS, type FacetName, type QueryState, type SearchResult } from '../../../src/state/types.js';
import { docFacets, docTexts } from '../../../src/state/engine/documents.js';
import { rng } from './data.js';

export function randomViews(dataset: Dataset, count: number, seed: number): QueryState[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const n = dataset.partnerships.length;
  const sample = (): string => {
    const p = dataset.partnerships[Math.floor(r() * n)]!;
    const texts = docTexts(p, dataset, 'en');
    const field = pick(['title', 'name', 'place', 'subject', 'description'] as const);
    const list = texts[field].length ? texts[field] : texts.title;
    const words = pick(list).split(/\s+/).filter(Boolean);
    return words.length ? pick(words) : 'x';
  };
  const mutate = (w: string): string => {
    const chars = [...w];
    const i = Math.floor(r() * chars.length);
    const kind = Math.floor(r() * 4);
    if (kind === 0) chars.splice(i, 1);
    else if (kind === 1) chars.splice(i, 0, pick([...'aeiouxz']));
    else if (kind === 2) chars[i] = pick([...'aeiouxz']);
    else if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
    return chars.join('');
  };
  const facetValues = {} as Record<FacetName, string[]>;
  for (const f of FACETS) facetValues[f] = [];
  for (let i = 0; i < Math.min(n, 400); i++) {
    const facets = docFacets(dataset.partnerships[Math.floor(r() * n)]!, dataset);
    for (const f of FACETS) for (const v of facets[f]) if (!facetValues[f].includes(v)) facetValues[f].push(v);
  }
  const views: QueryState[] = [];
  for (let q = 0; q < count; q++) {
    const parts: string[] = [];
    const nTerms = r() < 0.25 ? 0 : 1 + Math.floor(r() * 3);
    for (let t = 0; t < nTerms; t++) {
      let w = sample();
      const x = r();
      if (x < 0.35) w = w.slice(0, 1 + Math.floor(r() * Math.max(1, w.length - 1)));
      else if (x < 0.55 && w.length >= 5) w = mutate(w);
      else if (x < 0.6) w = w.toUpperCase();
      parts.push(w);
    }
    const filters: Partial<Record<FacetName, string[]>> = {};
    for (const f of FACETS) {
      if (r() < 0.2 && facetValues[f].length) {
        const k = 1 + Math.floor(r() * 2);
        filters[f] = Array.from({ length: k }, () => pick(facetValues[f]));
        if (r() < 0.05) filters[f]!.push('no-such-value');
      }
    }
    const years =
      r() < 0.2
        ? {
            from: r() < 0.8 ? 1995 + Math.floor(r() * 30) : undefined,
            to: r() < 0.8 ? 2000 + Math.floor(r() * 30) : undefined,
          }
        : undefined;
    views.push({ query: parts.join(' '), filters, years, sort: pick(SORTS), page: 0 });
  }
  return views;
}

/** A description of the first difference between two results, or '' when they are equal. */
export function difference(a: SearchResult, b: SearchResult): string {
  if (a.total !== b.total) return `total ${a.total} != ${b.total}`;
  const ha = [...a.hits];
  const hb = [...b.hits];
  for (let i = 0; i < ha.length; i++) if (ha[i] !== hb[i]) return `hit #${i}: ${ha[i]} != ${hb[i]}`;
  if (JSON.stringify(a.terms) !== JSON.stringify(b.terms))
    return `terms ${JSON.stringify(a.terms)} != ${JSON.stringify(b.terms)}`;
  for (const f of FACETS) {
    const fa = JSON.stringify(a.facets[f]);
    const fb = JSON.stringify(b.facets[f]);
    if (fa !== fb) return `facet ${f}: ${fa.slice(0, 300)} != ${fb.slice(0, 300)}`;
  }
  return '';
}
