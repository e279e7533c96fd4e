// Registers pa-directory and every part it composes. The classes are imported and registered here by value (not
// through the parts' own define modules) so that no bundler can drop a registration as an unused side effect. The
// empty and error states are registered by ./states.ts, which the directory imports when one of them is needed.
import { defineElement } from '../../internal/define-element.js';
import { PaCard } from '../card/card.js';
import { PaSearchBox } from '../search-box/search-box.js';
import { PaFacet } from '../facet/facet.js';
import { PaActiveFilters } from '../active-filters/active-filters.js';
import { PaResultCount } from '../result-count/result-count.js';
import { PaSort } from '../sort/sort.js';
import { PaYearRange } from '../year-range/year-range.js';
import { PaResults } from '../results/results.js';
import { PaDirectory } from './directory.js';

defineElement('pa-card', PaCard);
defineElement('pa-search-box', PaSearchBox);
defineElement('pa-facet', PaFacet);
defineElement('pa-active-filters', PaActiveFilters);
defineElement('pa-result-count', PaResultCount);
defineElement('pa-sort', PaSort);
defineElement('pa-year-range', PaYearRange);
defineElement('pa-results', PaResults);
defineElement('pa-directory', PaDirectory);

export { PaDirectory };
