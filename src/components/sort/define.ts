import { defineElement } from '../../internal/define-element.js';
import { PaSort } from './sort.js';

defineElement('pa-sort', PaSort);

export { PaSort };
