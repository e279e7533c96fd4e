import { defineElement } from '../../internal/define-element.js';
import { PaSearchBox } from './search-box.js';

defineElement('pa-search-box', PaSearchBox);

export { PaSearchBox };
