import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';

// Docs tables (attributes, properties, events, slots, parts, custom properties) come from custom-elements.json.
setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Story tests fail on any axe violation.
    a11y: { test: 'error' },
  },
};
export default preview;
