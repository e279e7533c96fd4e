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
  ['remote', ({ src = '' }) => lazyRemoteSource(src)],
]);

/**
 * `remoteSource(url)`, with its module imported on first use (pages without a remote source never download it). It
 * is a query source from the start, as the store must know before loading.
 */
function lazyRemoteSource(url: string): QuerySource {
  let real: Promise<QuerySource> | undefined;
  const get = () => (real ??= import('./remote.js').then((m) => m.remoteSource(url)));
  return {
    name: url,
    pageSize: REMOTE_PAGE_SIZE,
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
