import { defineElement } from '../../internal/define-element.js';
import { PaErrorState } from './error-state.js';

defineElement('pa-error-state', PaErrorState);

export { PaErrorState };
