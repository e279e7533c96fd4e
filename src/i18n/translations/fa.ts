import type { PartialTranslation } from '../types.js';

/** Persian. Keys missing here fall back to English (see en.ts). */
const fa: PartialTranslation = {
  common: {
    loading: 'در حال بارگذاری…',
    error: 'مشکلی پیش آمد.',
    retry: 'تلاش دوباره',
    close: 'بستن',
    unknown: 'نامشخص',
    none: 'هیچ',
    more: 'بیشتر',
    less: 'کمتر',
    showMore: 'نمایش بیشتر',
    showLess: 'نمایش کمتر',
    clear: 'پاک کردن',
    items: { one: '{count} مورد', other: '{count} مورد' },
  },
};

export default fa;
