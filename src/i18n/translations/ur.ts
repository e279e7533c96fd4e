import type { PartialTranslation } from '../types.js';

/** Urdu. Keys missing here fall back to English (see en.ts). */
const ur: PartialTranslation = {
  common: {
    loading: 'لوڈ ہو رہا ہے…',
    error: 'کچھ غلط ہو گیا۔',
    retry: 'دوبارہ کوشش کریں',
    close: 'بند کریں',
    unknown: 'نامعلوم',
    none: 'کوئی نہیں',
    more: 'مزید',
    less: 'کم',
    showMore: 'مزید دکھائیں',
    showLess: 'کم دکھائیں',
    clear: 'صاف کریں',
    items: { one: '{count} آئٹم', other: '{count} آئٹمز' },
  },
};

export default ur;
