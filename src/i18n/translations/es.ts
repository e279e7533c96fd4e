import type { PartialTranslation } from '../types.js';

/** Spanish. Keys missing here fall back to English (see en.ts). */
const es: PartialTranslation = {
  common: {
    loading: 'Cargando…',
    error: 'Se ha producido un error.',
    retry: 'Reintentar',
    close: 'Cerrar',
    unknown: 'Desconocido',
    none: 'Ninguno',
    more: 'Más',
    less: 'Menos',
    showMore: 'Mostrar más',
    showLess: 'Mostrar menos',
    clear: 'Borrar',
    items: { one: '{count} elemento', many: '{count} de elementos', other: '{count} elementos' },
  },
};

export default es;
