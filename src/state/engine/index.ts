/**
 * The search and facet engine (issue 4).
 *
 * - `createEngine(dataset, { locale })`: builds synchronously and returns a `SearchEngine` for one dataset and one
 *   visitor language (country names are indexed and titles collated in it: create a new engine when the language
 *   changes). Fine up to ~20,000 partnerships (≈ 0.2 s at 10,000).
 * - `createEngineAsync(dataset, { locale, signal, sliceMs })`: the same engine built in slices of ≤ `sliceMs` (12 ms)
 *   that yield to the event loop, so that no task blocks the page (≈ 1.5-2 s at 100,000, no task over 50 ms).
 * - `engine.search(view)`: hits (all of them, in result order; page them yourself), total, every facet's values with
 *   counts (each facet's counts ignore its own selection) and the normalised query terms plus matched typo variants
 *   for highlighting (`matchRanges(text, terms)` gives the ranges to mark in a text).
 * - `answerQuery(engine, dataset, params)`: the remote query contract of docs/remote-source.md, for a Node server.
 * - `createReferenceEngine`: the plain linear scan the fast engine is checked against (tests and benchmark).
 *
 * Pure TypeScript, no DOM: it runs in browsers and in Node. The semantics (fields, weights, facets, years, sorts) are
 * documented in ./documents.ts, the normalisation rules in ./normalise.ts.
 */
import type { Dataset } from '../../data/model.js';
import type { SearchEngine } from '../types.js';
import { localeOf } from './documents.js';
import { FastEngine, buildIndex, createFastEngine } from './fast.js';
import { now, yieldToEventLoop, yieldToIdle } from './yield.js';

export type { EngineOptions } from './documents.js';
export { createReferenceEngine } from './reference.js';
export { answerQuery, parseRemoteQuery, RemoteQueryError, type RemoteAnswer } from './remote.js';
export { normalise, queryTerms, matchRanges } from './normalise.js';

/** Creates the engine for a dataset, synchronously. `search(view)` answers synchronously. */
export function createEngine(dataset: Dataset, options?: { locale?: string }): SearchEngine {
  return createFastEngine(dataset, localeOf(options));
}

export interface AsyncEngineOptions {
  locale?: string;
  /** Stops the build (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Longest stretch of work between two yields to the event loop, in ms. Default 12. */
  sliceMs?: number;
  /** Called after each slice with its duration and start time in ms (for benchmarks and progress indicators). */
  onSlice?: (ms: number, start: number) => void;
  /** Diagnostics: receives each build phase's name and end time. */
  marks?: Array<[phase: string, time: number]>;
  /**
   * Background build: slices run when the page is idle (after frames and input) instead of right after each yield.
   * For an index nobody waits for yet.
   */
  background?: boolean;
}

/**
 * Builds the engine in slices of at most `sliceMs` of work, yielding to the event loop between them, so that a
 * page stays responsive while 100,000 partnerships are indexed. Resolves with the same engine as `createEngine`.
 */
export async function createEngineAsync(dataset: Dataset, options: AsyncEngineOptions = {}): Promise<SearchEngine> {
  const slice = options.sliceMs ?? 12;
  const clock = { deadline: now() + slice, marks: options.marks };
  const it = buildIndex(dataset, localeOf(options), clock);
  for (;;) {
    options.signal?.throwIfAborted();
    const started = now();
    const r = it.next();
    const engine = r.done ? new FastEngine(r.value) : undefined;
    options.onSlice?.(now() - started, started);
    if (engine) return engine;
    await (options.background ? yieldToIdle() : yieldToEventLoop());
    clock.deadline = now() + slice;
  }
}
