import type { PartialTranslation } from '../types.js';

/** Malay. Keys missing here fall back to English (see en.ts). */
const ms: PartialTranslation = {
  common: {
    loading: 'Memuatkan…',
    error: 'Sesuatu tidak kena.',
    retry: 'Cuba lagi',
    close: 'Tutup',
    unknown: 'Tidak diketahui',
    none: 'Tiada',
    more: 'Lagi',
    less: 'Kurang',
    showMore: 'Tunjukkan lagi',
    showLess: 'Tunjukkan kurang',
    clear: 'Kosongkan',
    items: { other: '{count} item' },
  },
};

export default ms;
