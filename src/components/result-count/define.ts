import { defineElement } from '../../internal/define-element.js';
import { PaResultCount } from './result-count.js';

defineElement('pa-result-count', PaResultCount);

export { PaResultCount };
