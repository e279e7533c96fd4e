import { defineElement } from '../../internal/define-element.js';
import { PaResults } from './results.js';

defineElement('pa-results', PaResults);

export { PaResults };
