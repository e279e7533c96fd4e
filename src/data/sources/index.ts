export * from './types.js';
export { urlSource, parseJson, type UrlSourceOptions } from './url.js';
export { inlineSource, findInlineScript } from './inline.js';
export { propertySource } from './property.js';
export { parseCsv, csvTextSource } from './csv.js';
export { rowsToDataset, type RowsOptions } from './rows.js';
export { mapFields, applyMapping, getPath, type FieldMapping, type MappedValue } from './mapping.js';
export { remoteSource, remoteQueryString, type RemoteSourceOptions } from './remote.js';
export {
  registerSource,
  createSource,
  registeredSources,
  type SourceFactory,
  type SourceFactoryOptions,
} from './registry.js';
export { fetchText, type FetchOptions, type FetchedText } from './fetch-text.js';
export { saveCopy, readCopy, forgetCopy } from './last-good.js';
