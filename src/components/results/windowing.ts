/**
 * Windowing math for pa-results: which items to render so that the DOM stays bounded whatever the number of
 * results. Pure functions, no DOM.
 *
 * Written by hand instead of using @lit-labs/virtualizer: items here have one fixed height (a compact card clamps
 * its lines), so the window is a division, not a measured layout; that costs well under 1 kB, while the virtualizer
 * (with its layouts and resize handling) would take about a quarter of the 30 kB gzip budget for the whole CDN bundle.
 */

export interface WindowInput {
  /** Number of items. */
  readonly count: number;
  /** Items per row (1 for a list). */
  readonly columns: number;
  /** Height of one row plus the gap between rows, in px. */
  readonly pitch: number;
  /** Top of the list relative to the viewport's top, in px (getBoundingClientRect().top). */
  readonly listTop: number;
  /** Height of the viewport, in px. */
  readonly viewportHeight: number;
  /** Extra rows rendered above and below the visible ones (keeps Tab and fast scrolling smooth). */
  readonly overscan: number;
}

export interface WindowRange {
  /** First item rendered (inclusive). */
  readonly start: number;
  /** Last item rendered (exclusive). */
  readonly end: number;
  /** Rows in the whole list. */
  readonly rows: number;
  /** Row of `start`. */
  readonly firstRow: number;
}

export function computeWindow(input: WindowInput): WindowRange {
  const columns = Math.max(1, Math.floor(input.columns) || 1);
  const count = Math.max(0, Math.floor(input.count));
  const rows = Math.ceil(count / columns);
  if (rows === 0) return { start: 0, end: 0, rows: 0, firstRow: 0 };
  const pitch = input.pitch > 0 ? input.pitch : 1;
  const overscan = Math.max(0, Math.floor(input.overscan));
  // Visible part of the list in list coordinates.
  const from = -input.listTop;
  const to = input.viewportHeight - input.listTop;
  let firstRow = Math.floor(from / pitch) - overscan;
  let lastRow = Math.ceil(to / pitch) + overscan; // exclusive
  firstRow = Math.min(Math.max(0, firstRow), rows - 1);
  lastRow = Math.min(Math.max(firstRow + 1, lastRow), rows);
  return { start: firstRow * columns, end: Math.min(count, lastRow * columns), rows, firstRow };
}

/** Columns that fit in `width` for a minimum column width and a gap (all px). */
export function columnsFor(width: number, minColumn: number, gap: number): number {
  if (!(width > 0) || !(minColumn > 0)) return 1;
  return Math.max(1, Math.floor((width + gap) / (minColumn + gap)));
}
