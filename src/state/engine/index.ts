/**
 * The search and facet engine. `createEngine(dataset, { locale })` returns a `SearchEngine` for one dataset and one
 * visitor language (country names and collation depend on it: create a new engine when the language changes).
 * `createEngineAsync` builds the same engine in slices that yield to the event loop, for large datasets.
 * Pure TypeScript, no DOM: it runs in browsers and in Node. Semantics: ./documents.ts.
 */
import type { Dataset } from '../../data/model.js';
import type { SearchEngine } from '../types.js';
import { localeOf } from './documents.js';
import { FastEngine, buildIndex, createFastEngine } from './fast.js';
import { now, yieldToEventLoop } from './yield.js';

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
    await yieldToEventLoop();
    clock.deadline = now() + slice;
  }
}
