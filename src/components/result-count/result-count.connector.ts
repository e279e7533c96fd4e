/**
 * Result count connector: the number of results and what changed since the last state, for a polite announcement.
 * No DOM, no Lit.
 */
import type { FacetName, QueryState, StoreState } from '../../state/types.js';
import { activeFilters } from '../active-filters/active-filters.connector.js';

/** What the visitor changed between two view states (the first difference found). */
export type ViewChange =
  | { readonly kind: 'added' | 'removed'; readonly facet: FacetName; readonly value: string }
  | { readonly kind: 'cleared' }
  | { readonly kind: 'query' | 'sort' | 'page' | 'years' | 'other' }
  | { readonly kind: 'none' };

export function describeChange(previous: QueryState | undefined, next: QueryState): ViewChange {
  if (!previous || previous === next) return { kind: 'none' };
  const before = activeFilters(previous);
  const after = activeFilters(next);
  const key = (f: { facet: string; value: string }) => `${f.facet}\u0000${f.value}`;
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  const added = after.filter((f) => !beforeKeys.has(key(f)));
  const removed = before.filter((f) => !afterKeys.has(key(f)));
  if (after.length === 0 && before.length > 0 && next.query === '' && previous.query !== '') return { kind: 'cleared' };
  if (after.length === 0 && before.length > 1) return { kind: 'cleared' };
  if (added.length === 1 && removed.length === 0) return { kind: 'added', ...added[0]! };
  if (removed.length === 1 && added.length === 0) return { kind: 'removed', ...removed[0]! };
  if (added.length || removed.length) return { kind: 'other' };
  if (previous.query !== next.query) return { kind: 'query' };
  if (previous.years?.from !== next.years?.from || previous.years?.to !== next.years?.to) return { kind: 'years' };
  if (previous.sort !== next.sort) return { kind: 'sort' };
  if (previous.page !== next.page) return { kind: 'page' };
  return { kind: 'none' };
}

export interface ResultCountModel {
  readonly total: number;
  /** Partnerships in the whole dataset. */
  readonly all: number;
  readonly ready: boolean;
  readonly loading: boolean;
}

export function connectResultCount(state: StoreState): ResultCountModel {
  return {
    total: state.result?.total ?? 0,
    all: state.dataset?.partnerships.length ?? 0,
    ready: (state.status === 'ready' || state.status === 'stale') && !!state.result,
    loading: state.status === 'loading' || state.status === 'idle',
  };
}
