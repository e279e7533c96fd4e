import { defineElement } from '../../internal/define-element.js';
import { PaData } from './data.js';

defineElement('pa-data', PaData);

export { PaData };
