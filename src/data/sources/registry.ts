/**
 * Sources by name, so that an attribute can pick one: `<pa-data source-type="crm" src="…">`.
 * Built in: `json` (the default), `csv`, `remote`. Register your own with `registerSource(name, factory)`.
 * The CSV reader and the remote source load on first use.
 */
import { urlSource } from './url.js';
import { REMOTE_PAGE_SIZE, type DataSource, type QuerySource } from './types.js';

export interface SourceFactoryOptions {
  /** The `src` attribute, if any. */
  src?: string;
  /** The element asking (to read more attributes or children). */
  element?: Element;
}

export type SourceFactory = (options: SourceFactoryOptions) => DataSource;

const factories = new Map<string, SourceFactory>([
  ['json', ({ src = '' }) => urlSource(src, { format: 'json' })],
  ['csv', ({ src = '' }) => urlSource(src, { format: 'csv' })],
  ['auto', ({ src = '' }) => urlSource(src, { format: 'auto' })],
  ['remote', ({ src = '', element }) => lazyRemoteSource(src, pageSizeOf(element))],
]);

/** The element's `page-size` attribute (e.g. `<pa-directory page-size="12">`) when it is a whole number from 1 to 100. */
function pageSizeOf(element: Element | undefined): number {
  const n = Number(element?.getAttribute('page-size'));
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n : REMOTE_PAGE_SIZE;
}

/**
 * `remoteSource(url)`, with its module imported on first use (pages without a remote source never download it). It
 * is a query source from the start, as the store must know before loading.
 */
function lazyRemoteSource(url: string, pageSize: number): QuerySource {
  let real: Promise<QuerySource> | undefined;
  const get = () => (real ??= import('./remote.js').then((m) => m.remoteSource(url, { pageSize })));
  return {
    name: url,
    pageSize,
    query: async (view, context) => (await get()).query(view, context),
    load: async (context) => (await get()).load(context),
  };
}

/** Registers a source type by name (replacing an earlier one of the same name). */
export function registerSource(name: string, factory: SourceFactory): void {
  factories.set(name.trim().toLowerCase(), factory);
}

/** Creates a source of a registered type, or `undefined` when no such type is registered. */
export function createSource(type: string, options: SourceFactoryOptions): DataSource | undefined {
  return factories.get(type.trim().toLowerCase())?.(options);
}

export function registeredSources(): string[] {
  return [...factories.keys()];
}
