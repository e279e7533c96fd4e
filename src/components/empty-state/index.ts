export { PaEmptyState } from './empty-state.js';
