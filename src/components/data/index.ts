export { PaData } from './data.js';
