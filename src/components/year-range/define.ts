import { defineElement } from '../../internal/define-element.js';
import { PaYearRange } from './year-range.js';

defineElement('pa-year-range', PaYearRange);

export { PaYearRange };
