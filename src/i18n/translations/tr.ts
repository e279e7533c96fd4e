import type { PartialTranslation } from '../types.js';

/** Turkish. Keys missing here fall back to English (see en.ts). */
const tr: PartialTranslation = {
  common: {
    loading: 'Yükleniyor…',
    error: 'Bir sorun oluştu.',
    retry: 'Yeniden dene',
    close: 'Kapat',
    unknown: 'Bilinmiyor',
    none: 'Yok',
    more: 'Daha fazla',
    less: 'Daha az',
    showMore: 'Daha fazla göster',
    showLess: 'Daha az göster',
    clear: 'Temizle',
    items: { one: '{count} öğe', other: '{count} öğe' },
  },
};

export default tr;
