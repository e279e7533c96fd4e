export { PaErrorState } from './error-state.js';
