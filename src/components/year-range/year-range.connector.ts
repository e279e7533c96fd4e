/**
 * Year range connector: the range in force, the dataset's first and last years (the inputs' bounds), and the action
 * that checks what the visitor typed before it filters. No DOM, no Lit.
 *
 * A partnership is active in year y when it started in or before y (or has no start) and ended in or after y (or has
 * no end); the filter keeps partnerships active in at least one year of [from, to] (see the engine's `activeDuring`).
 */
import type { Dataset } from '../../data/model.js';
import { yearOf } from '../../state/engine/documents.js';
import type { QueryState, StoreApi, StoreState } from '../../state/types.js';

/** The first and last years of a dataset. */
export interface YearBounds {
  readonly min: number;
  readonly max: number;
}

/** Why typed years were not applied, and which input to point at. */
export interface YearProblem {
  /** `number`: not a whole year; `range`: outside the dataset's years; `order`: "to" before "from". */
  readonly kind: 'number' | 'range' | 'order';
  readonly field: 'from' | 'to';
}

/** What one input holds: its text, and whether the browser could not read it as a number (`validity.badInput`). */
export interface YearInput {
  readonly text: string;
  readonly bad?: boolean;
}

export interface YearRangeModel {
  /** The range in force (either end may be open). */
  readonly from?: number;
  readonly to?: number;
  /** True when a range filters the results. */
  readonly active: boolean;
  /** The dataset's first and last years; undefined when no partnership has a date. */
  readonly bounds?: YearBounds;
  /** False until data is ready. */
  readonly ready: boolean;
  /**
   * Applies what the visitor typed (empty inputs leave that end open; both empty clear the range). Returns the
   * problem, without changing anything, when the input is not a valid range; `last` is the input just committed
   * (blamed first when both are wrong).
   */
  commit(from: YearInput, to: YearInput, last?: 'from' | 'to'): YearProblem | undefined;
  /** Removes the range. */
  reset(): void;
}

const boundsCache = new WeakMap<Dataset, YearBounds | null>();

/**
 * The first and last years of a dataset: the earliest start or end year, and the latest start or end year (the
 * current year too when a partnership has no end and has begun, since it is still active). Computed once per dataset.
 */
export function yearBounds(dataset: Dataset | undefined, now = new Date().getFullYear()): YearBounds | undefined {
  if (!dataset) return undefined;
  const cached = boundsCache.get(dataset);
  if (cached !== undefined) return cached ?? undefined;
  let min = Infinity;
  let max = -Infinity;
  let ongoing = false;
  for (const p of dataset.partnerships) {
    const start = yearOf(p.start);
    const end = yearOf(p.end);
    for (const y of [start, end]) {
      if (y === undefined || !Number.isFinite(y)) continue;
      if (y < min) min = y;
      if (y > max) max = y;
    }
    if (end === undefined && start !== undefined && start <= now) ongoing = true;
  }
  if (ongoing && now > max) max = now;
  const bounds = min <= max ? Object.freeze({ min, max }) : null;
  boundsCache.set(dataset, bounds);
  return bounds ?? undefined;
}

/** Reads one input: `undefined` for empty, a year, or `NaN` when it is not a whole number. */
export function parseYear(input: YearInput): number | undefined {
  const text = input.text.trim();
  if (text === '') return input.bad ? NaN : undefined;
  if (input.bad || !/^-?\d{1,4}$/.test(text)) return NaN;
  return Number(text);
}

/** Checks typed years: the range to apply, or the problem (the field that `last` names is blamed first). */
export function checkYears(
  from: YearInput,
  to: YearInput,
  bounds: YearBounds | undefined,
  last: 'from' | 'to' = 'to',
): { years: QueryState['years'] } | { problem: YearProblem } {
  const f = parseYear(from);
  const t = parseYear(to);
  const order: Array<['from' | 'to', number | undefined]> =
    last === 'from'
      ? [
          ['from', f],
          ['to', t],
        ]
      : [
          ['to', t],
          ['from', f],
        ];
  for (const [field, y] of order) if (y !== undefined && Number.isNaN(y)) return { problem: { kind: 'number', field } };
  if (bounds) {
    for (const [field, y] of order) {
      if (y !== undefined && (y < bounds.min || y > bounds.max)) return { problem: { kind: 'range', field } };
    }
  }
  if (f !== undefined && t !== undefined && t < f) return { problem: { kind: 'order', field: last } };
  if (f === undefined && t === undefined) return { years: undefined };
  return { years: { ...(f !== undefined ? { from: f } : {}), ...(t !== undefined ? { to: t } : {}) } };
}

export function connectYearRange(state: StoreState, store: StoreApi): YearRangeModel {
  const years = state.view.years;
  const from = Number.isFinite(years?.from) ? years!.from : undefined;
  const to = Number.isFinite(years?.to) ? years!.to : undefined;
  const bounds = yearBounds(state.dataset);
  return {
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    active: from !== undefined || to !== undefined,
    ...(bounds ? { bounds } : {}),
    ready: state.status === 'ready' || state.status === 'stale',
    commit: (fromInput, toInput, last) => applyYears(store, checkYears(fromInput, toInput, bounds, last)),
    reset: () => {
      if (store.getState().view.years) store.setYears(undefined);
    },
  };
}

/** Applies a checked range (when it differs from the one in force); returns the problem otherwise. */
export function applyYears(store: StoreApi, checked: ReturnType<typeof checkYears>): YearProblem | undefined {
  if ('problem' in checked) return checked.problem;
  const current = store.getState().view.years;
  const next = checked.years;
  if (current?.from !== next?.from || current?.to !== next?.to) store.setYears(next);
  return undefined;
}
