import { defineElement } from '../../internal/define-element.js';
import { PaDirectory } from './directory.js';

defineElement('pa-directory', PaDirectory);

export { PaDirectory };
