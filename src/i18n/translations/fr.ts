import type { PartialTranslation } from '../types.js';

/** French. Keys missing here fall back to English (see en.ts). */
const fr: PartialTranslation = {
  common: {
    loading: 'Chargement…',
    error: 'Une erreur s’est produite.',
    retry: 'Réessayer',
    close: 'Fermer',
    unknown: 'Inconnu',
    none: 'Aucun',
    more: 'Plus',
    less: 'Moins',
    showMore: 'Afficher plus',
    showLess: 'Afficher moins',
    clear: 'Effacer',
    items: { one: '{count} élément', many: '{count} d’éléments', other: '{count} éléments' },
  },
};

export default fr;
