export { PaSort } from './sort.js';
