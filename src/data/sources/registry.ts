/**
 * Sources by name, so that an attribute can pick one: `<pa-data source-type="crm" src="…">`.
 * Built in: `json` (the default), `csv`, `remote`. Register your own with `registerSource(name, factory)`.
 */
import { urlSource } from './url.js';
import { remoteSource } from './remote.js';
import type { DataSource } from './types.js';

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
  ['remote', ({ src = '' }) => remoteSource(src)],
]);

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
