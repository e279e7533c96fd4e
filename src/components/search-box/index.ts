export { PaSearchBox } from './search-box.js';
