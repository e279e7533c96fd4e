export { PaYearRange } from './year-range.js';
