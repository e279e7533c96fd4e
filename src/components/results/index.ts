export { PaResults } from './results.js';
