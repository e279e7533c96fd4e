import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { dirOfLang } from '../src/i18n/locale.js';

// Docs tables (attributes, properties, events, slots, parts, custom properties) come from custom-elements.json.
setCustomElementsManifest(customElements);

// Toolbar: language, direction and colour scheme. A decorator wraps every story in an element carrying `lang`,
// `dir` and `color-scheme` (the elements resolve their language from the nearest [lang] ancestor and inherit the
// scheme), with the scheme's Canvas/CanvasText so the story's own text keeps its contrast in dark.
const LOCALES = ['en', 'ar', 'fa', 'ur', 'fr', 'es', 'tr', 'ms', 'id', 'zh-Hans'];

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language (lang of the story wrapper)',
      toolbar: { title: 'Language', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
    direction: {
      description: 'Direction (auto: from the language)',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['auto', 'ltr', 'rtl'], dynamicTitle: true },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark', 'light dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', direction: 'auto', theme: 'light' },
  decorators: [
    (story, { globals }) => {
      const lang = String(globals['locale'] ?? 'en');
      const dir =
        globals['direction'] === 'ltr' || globals['direction'] === 'rtl' ? globals['direction'] : dirOfLang(lang);
      const scheme = String(globals['theme'] ?? 'light');
      return html`<div
        lang=${lang}
        dir=${dir}
        style=${styleMap({ colorScheme: scheme, background: 'Canvas', color: 'CanvasText', padding: '0.5rem' })}
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    // Story tests fail on any axe violation.
    a11y: { test: 'error' },
  },
};
export default preview;
