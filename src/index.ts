// Public exports only: classes and types, no side effects. Import `partner-atlas/define.js` to register elements.
export * from './data/model.js';
export type { Problem, ProblemSeverity, ProblemCode } from './data/problems.js';
export { PROBLEM_CODES } from './data/problems.js';
export { REGIONS, isCountryCode, regionOf } from './data/countries.js';
export { COUNTRIES, ALPHA2_BY_NUMERIC, subregionOf, type CountryInfo } from './data/country-table.js';
export { validateDataset, type ValidateOptions, type ValidationResult } from './data/validate.js';
export { loadSource, LatestLoader, sourceFromElement, type LoadOutcome, type LoadOptions } from './data/loader.js';
export * from './data/sources/index.js';
export { createStore, normaliseView, sameView, DEFAULT_VIEW, type Store, type StoreOptions } from './state/store.js';
export { storeContext } from './state/context.js';
export { StoreController } from './state/store-controller.js';
export { DataController } from './state/data-controller.js';
export { registerStore, findStore, watchStore } from './state/store-registry.js';
export { syncUrl, readUrlView, writeUrlView, type UrlSyncOptions } from './state/url-sync.js';
export { DataLoadedEvent, type DataLoadedDetail } from './events/data-loaded.js';
export { DataFailedEvent, type DataFailedDetail } from './events/data-failed.js';
export { ProblemsEvent, type ProblemsDetail } from './events/problems.js';
export { PaData } from './components/data/index.js';
export * from './state/types.js';
export { PaCard } from './components/card/index.js';
export { highlightParts, type TextPart } from './components/card/highlight.js';
export { PaDirectory } from './components/directory/index.js';
export { PaSearchBox } from './components/search-box/index.js';
export { PaFacet } from './components/facet/index.js';
export { PaActiveFilters } from './components/active-filters/index.js';
export { PaResultCount } from './components/result-count/index.js';
export { PaSort } from './components/sort/index.js';
export { PaYearRange } from './components/year-range/index.js';
export { PaResults } from './components/results/index.js';
export { PaEmptyState } from './components/empty-state/index.js';
export { PaErrorState } from './components/error-state/index.js';
export { ResultsChangedEvent, type ResultsChangedDetail } from './events/results-changed.js';
export { FiltersChangedEvent, type FiltersChangedDetail } from './events/filters-changed.js';
export { PartnershipSelectedEvent, type PartnershipSelectedDetail } from './events/partnership-selected.js';
export { PaMap, MAP_MODES, type MapMode } from './components/map/index.js';
export { InstitutionOpenEvent, type InstitutionOpenDetail } from './events/institution-open.js';
export { defineElement } from './internal/define-element.js';
export {
  LocalizeController,
  registerTranslation,
  loadTranslation,
  loadedLanguages,
  BUILT_IN_LANGUAGES,
} from './i18n/localize.js';
export type {
  Dir,
  LocalText,
  Plural,
  PluralCategory,
  PartialTranslation,
  Translation,
  TranslationKey,
  TranslationParams,
} from './i18n/localize.js';
export { localText } from './i18n/bidi.js';
