import { defineElement } from '../../internal/define-element.js';
import { PaCard } from './card.js';

defineElement('pa-card', PaCard);

export { PaCard };
