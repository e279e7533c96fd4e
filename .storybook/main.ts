import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: [{ from: '../public', to: '/' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook ignores vite.config.ts's build section; its own build settings live here.
  async viteFinal(viteConfig) {
    viteConfig.build = { ...viteConfig.build, target: 'es2022', chunkSizeWarningLimit: 4000 };
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    return viteConfig;
  },
};
export default config;
