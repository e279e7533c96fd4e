export { PaActiveFilters } from './active-filters.js';
