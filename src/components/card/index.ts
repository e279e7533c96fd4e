export { PaCard } from './card.js';
