import { defineElement } from '../../internal/define-element.js';
import { PaActiveFilters } from './active-filters.js';

defineElement('pa-active-filters', PaActiveFilters);

export { PaActiveFilters };
