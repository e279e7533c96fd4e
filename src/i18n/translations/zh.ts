import type { PartialTranslation } from '../types.js';

/** Chinese (Simplified). Keys missing here fall back to English (see en.ts). */
const zh: PartialTranslation = {
  common: {
    loading: '正在加载…',
    error: '出错了。',
    retry: '重试',
    close: '关闭',
    unknown: '未知',
    none: '无',
    more: '更多',
    less: '更少',
    showMore: '显示更多',
    showLess: '收起',
    clear: '清除',
    items: { other: '{count} 项' },
  },
};

export default zh;
