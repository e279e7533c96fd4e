import { defineElement } from '../../internal/define-element.js';
import { PaCard } from '../card/card.js';
import { PaResults } from './results.js';

// pa-results renders pa-card: both are registered.
defineElement('pa-card', PaCard);
defineElement('pa-results', PaResults);

export { PaResults };
