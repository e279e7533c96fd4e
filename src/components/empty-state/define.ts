import { defineElement } from '../../internal/define-element.js';
import { PaEmptyState } from './empty-state.js';

defineElement('pa-empty-state', PaEmptyState);

export { PaEmptyState };
