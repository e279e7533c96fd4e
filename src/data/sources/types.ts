/**
 * The one small interface behind every data source: an object with a `name` (repeated in problems) and a
 * `load(context)` that resolves to the raw input (validated afterwards) or to a `SourcePayload`.
 *
 * ```ts
 * const mySource: DataSource = {
 *   name: 'crm',
 *   async load({ signal }) {
 *     const rows = await (await fetch('/api/agreements', { signal })).json();
 *     return { institutions: rows.flatMap(...), partnerships: rows.map(...) };
 *   },
 * };
 * ```
 */
import type { Problem } from '../problems.js';
import type { FacetName, QueryState } from '../../state/types.js';
import type { InstitutionInput, PartnershipInput, RorRecordInput } from '../model.js';

export interface SourceContext {
  /** Aborted when the element leaves the page, the source changes (only the latest load wins) or it times out. */
  readonly signal: AbortSignal;
}

const PAYLOAD = Symbol.for('partner-atlas.source-payload');

/** What built-in sources resolve to: the raw data plus what the source itself noticed. */
export interface SourcePayload {
  readonly [PAYLOAD]: true;
  readonly data: unknown;
  /** Set when the data is the last good copy, served because the host could not be reached. */
  readonly stale?: { readonly savedAt?: string; readonly reason: string };
  /** Problems found by the source (CSV rows it could not read, …), reported with the validation problems. */
  readonly problems?: readonly Problem[];
}

/** Wraps raw data into a payload (custom sources may return raw data directly). */
export function sourcePayload(data: unknown, extra: Omit<SourcePayload, typeof PAYLOAD | 'data'> = {}): SourcePayload {
  return { [PAYLOAD]: true, data, ...extra };
}

export function isSourcePayload(value: unknown): value is SourcePayload {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PAYLOAD] === true;
}

export interface DataSource {
  /** Where the data comes from, as problems name it: a URL, `inline`, `property`, a custom name. */
  readonly name: string;
  load(context: SourceContext): Promise<unknown>;
}

/** One page of a remote query (see docs/remote-source.md). */
export interface RemotePage {
  readonly results: readonly PartnershipInput[];
  /** The institutions the results name (so partners can be shown). */
  readonly institutions: ReadonlyArray<InstitutionInput | RorRecordInput>;
  readonly total: number;
  readonly facets: Readonly<Partial<Record<FacetName, ReadonlyArray<{ value: string; count: number }>>>>;
  /** Optional: the normalised query terms and the typo variants the server matched, to highlight them. */
  readonly terms?: readonly string[];
}

/** Results per page of a remote query source unless told otherwise. */
export const REMOTE_PAGE_SIZE = 20;

/** A source for datasets too large for the browser: the server searches, filters and pages. */
export interface QuerySource extends DataSource {
  readonly pageSize: number;
  query(view: QueryState, context: SourceContext): Promise<RemotePage>;
}

export function isQuerySource(source: unknown): source is QuerySource {
  return typeof source === 'object' && source !== null && typeof (source as QuerySource).query === 'function';
}

/** A failure a source can explain: becomes a Problem with this code. */
export class SourceError extends Error {
  constructor(
    readonly code: 'load-failed' | 'timeout' | 'malformed-json' | 'malformed-csv',
    message: string,
    readonly found?: string,
    readonly expected?: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
