/// <reference types="node" />
// Story tests: every story in stories/ renders in headless Chromium and must pass axe (a11y.test = 'error');
// the a11y-modes project repeats axe for every story in light/dark and left-to-right/right-to-left.
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
// @ts-expect-error plain JS module shared by every tool that launches a browser
import { findBrowser, BROWSER_ARGS } from './scripts/find-browser.js';

export default defineConfig({
  optimizeDeps: { include: ['lit/directive-helpers.js'] },
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        optimizeDeps: { include: ['lit/directive-helpers.js'] },
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: findBrowser() as string, args: BROWSER_ARGS as string[] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // axe on every story in four modes (en/ltr and ar/rtl, light and dark): test/a11y-modes/*.browser.ts.
        // Not `*.test.ts`, so @web/test-runner (test/**/*.test.ts) leaves these files alone.
        extends: true,
        optimizeDeps: { include: ['lit/directive-helpers.js', 'axe-core'] },
        test: {
          name: 'a11y-modes',
          include: ['test/a11y-modes/**/*.browser.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            screenshotFailures: false,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: findBrowser() as string, args: BROWSER_ARGS as string[] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
    reporters: ['default', ['json', { outputFile: 'reports/stories.json' }]],
  },
});
