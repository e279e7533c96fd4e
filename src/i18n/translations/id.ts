import type { PartialTranslation } from '../types.js';

/** Indonesian. Keys missing here fall back to English (see en.ts). */
const id: PartialTranslation = {
  common: {
    loading: 'Memuat…',
    error: 'Terjadi kesalahan.',
    retry: 'Coba lagi',
    close: 'Tutup',
    unknown: 'Tidak diketahui',
    none: 'Tidak ada',
    more: 'Lainnya',
    less: 'Lebih sedikit',
    showMore: 'Tampilkan lebih banyak',
    showLess: 'Tampilkan lebih sedikit',
    clear: 'Hapus',
    items: { other: '{count} item' },
  },
};

export default id;
