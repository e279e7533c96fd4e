import { defineElement } from '../../internal/define-element.js';
import { PaMap } from './map.js';

defineElement('pa-map', PaMap);

export { PaMap };
