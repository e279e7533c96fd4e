import type { PartialTranslation } from '../types.js';

/** Arabic. Keys missing here fall back to English (see en.ts). */
const ar: PartialTranslation = {
  common: {
    loading: 'جارٍ التحميل…',
    error: 'حدث خطأ ما.',
    retry: 'إعادة المحاولة',
    close: 'إغلاق',
    unknown: 'غير معروف',
    none: 'لا شيء',
    more: 'المزيد',
    less: 'أقل',
    showMore: 'عرض المزيد',
    showLess: 'عرض أقل',
    clear: 'مسح',
    items: {
      zero: 'لا عناصر',
      one: 'عنصر واحد',
      two: 'عنصران',
      few: '{count} عناصر',
      many: '{count} عنصرًا',
      other: '{count} عنصر',
    },
  },
};

export default ar;
