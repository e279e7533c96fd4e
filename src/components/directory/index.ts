export { PaDirectory } from './directory.js';
