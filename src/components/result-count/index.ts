export { PaResultCount } from './result-count.js';
