/**
 * Facet connector: the values a facet filter shows (counts, selection, "show more", search inside the list) and its
 * actions. No DOM, no Lit.
 */
import type { FacetName, FacetValue, StoreApi, StoreState } from '../../state/types.js';

export interface FacetItem extends FacetValue {
  /** The label shown to the visitor (a country name, a translated type...). */
  readonly label: string;
}

export interface FacetOptions {
  /**
   * How many values show before "show more" (selected values always show). A list at most two values longer shows
   * whole.
   */
  readonly limit: number;
  /** Whether "show more" was pressed. */
  readonly expanded: boolean;
  /** Text typed in the search inside the list (matched against labels, accent- and case-insensitively). */
  readonly filter: string;
  /** Labels a value. */
  readonly label: (value: string) => string;
  /** Normalises text for the in-list search (the engine's normaliser). */
  readonly normalise: (text: string) => string;
  /** Sort: by count (default; the engine's order) or alphabetically by label. */
  readonly order?: 'count' | 'label';
  /** Compares labels (locale-aware) for `order: 'label'`. */
  readonly compare?: (a: string, b: string) => number;
}

export interface FacetModel {
  readonly facet: FacetName;
  /** The values to render now. */
  readonly items: readonly FacetItem[];
  /** Every value of the facet (with labels, zero counts included), e.g. for a `<select>`. */
  readonly all: readonly FacetItem[];
  /** Values with results (or selected) matching the in-list search, before the limit. */
  readonly matching: number;
  /** How many more values "show more" would reveal (0 when none). */
  readonly hiddenCount: number;
  /** Whether the list is long enough to offer "show more" / "show fewer". */
  readonly canToggleShowMore: boolean;
  /** Selected values. */
  readonly selected: readonly string[];
  /** False when the facet has no values at all (the element hides). */
  readonly canRefine: boolean;
  /** Selects or unselects one value. */
  toggle(value: string): void;
  /** Replaces the facet's selection (the `<select>` variant). */
  set(values: readonly string[]): void;
}

export function connectFacet(state: StoreState, store: StoreApi, facet: FacetName, options: FacetOptions): FacetModel {
  const values: readonly FacetValue[] = state.result?.facets[facet] ?? [];
  const selectedView = state.view.filters[facet] ?? [];
  let all: FacetItem[] = values.map((v) => ({ ...v, label: options.label(v.value) }));
  // Selected values missing from the result (e.g. from a URL) still show, so they can be removed.
  for (const value of selectedView) {
    if (!all.some((v) => v.value === value)) all.push({ value, count: 0, selected: true, label: options.label(value) });
  }
  if (options.order === 'label') {
    const compare = options.compare ?? ((a: string, b: string) => a.localeCompare(b));
    all = all.sort((a, b) => compare(a.label, b.label));
  }
  // Values that would give no result are left out (unless selected).
  const available = all.filter((v) => v.count > 0 || v.selected);
  const needle = options.normalise(options.filter.trim());
  const matching = needle
    ? available.filter(
        (v) => options.normalise(v.label).includes(needle) || options.normalise(v.value).includes(needle),
      )
    : available;
  // A list at most two values longer than the limit shows whole: "Show 2 more" would take a line to save one.
  const collapsible = matching.length > options.limit + 2;
  let items: FacetItem[];
  if (options.expanded || !collapsible) {
    items = matching;
  } else {
    items = matching.slice(0, options.limit);
    // Selected values beyond the limit stay visible.
    for (const v of matching.slice(options.limit)) if (v.selected) items.push(v);
  }
  return {
    facet,
    items,
    all,
    matching: matching.length,
    hiddenCount: matching.length - items.length,
    canToggleShowMore: collapsible,
    selected: selectedView,
    canRefine: all.length > 0,
    toggle: (value) => store.toggleFilter(facet, value),
    set: (next) => store.setFilter(facet, next),
  };
}
