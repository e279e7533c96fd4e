// The directory's parts that show only in some states, registered when first needed: the empty state (nothing matches
// the visitor's search or filters, or there is no data) and the error state (the data could not be loaded). A page
// whose results never run out does not download them (see loadStates in directory.ts).
import { defineElement } from '../../internal/define-element.js';
import { PaEmptyState } from '../empty-state/empty-state.js';
import { PaErrorState } from '../error-state/error-state.js';

defineElement('pa-empty-state', PaEmptyState);
defineElement('pa-error-state', PaErrorState);
