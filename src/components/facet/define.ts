import { defineElement } from '../../internal/define-element.js';
import { PaFacet } from './facet.js';

defineElement('pa-facet', PaFacet);

export { PaFacet };
