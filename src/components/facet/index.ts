export { PaFacet } from './facet.js';
