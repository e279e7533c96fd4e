// @web/test-runner: TypeScript tests against the source, in headless Chromium, with v8 coverage.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findBrowser, BROWSER_ARGS } from './scripts/find-browser.js';
import { countReporter } from './scripts/wtr-count-reporter.js';
import { testServerMiddleware } from './test/server/middleware.js';

const commonjs = fromRollup(rollupCommonjs);
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** CDP sessions by page, for emulations that must outlive the command (forced colours). */
const cdpSessions = new WeakMap();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: '.',
  // One page at a time: with two, focus-dependent tests (keyboard, dialogs) race for the one focused window.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig, target: 'es2022', json: true }),
    // papaparse ships only UMD/CommonJS: convert it (and only it) for the browser, as Vite does in the build.
    commonjs({ include: ['**/node_modules/papaparse/**'], ignore: ['stream'] }),
    // The browser's accessibility tree, for tests that check what a screen reader is given.
    a11ySnapshotPlugin(),
    // `executeServerCommand('forced-colors', { active })`: Windows High Contrast as Chromium emulates it (the
    // built-in emulateMedia command supports it only with Playwright's launcher).
    {
      name: 'forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'forced-colors') return undefined;
        const page = session.browser.getPage(session.id);
        // The emulation lasts as long as its CDP session: one per page, kept open.
        const cdp = cdpSessions.get(page) ?? cdpSessions.set(page, await page.createCDPSession()).get(page);
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      },
    },
    // `executeServerCommand('screenshot', { x, y, width, height })`: the page's pixels in that CSS-pixel box, as a
    // base64 PNG, for tests of what is really painted (forced colours are applied at paint, not in computed styles).
    {
      name: 'screenshot',
      async executeCommand({ command, payload, session }) {
        if (command !== 'screenshot') return undefined;
        const page = session.browser.getPage(session.id);
        return page.screenshot({ clip: payload, encoding: 'base64' });
      },
    },
  ],
  middleware: [testServerMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findBrowser(), headless: true, args: BROWSER_ARGS },
      // Each test page in its own browser context (its own window in headless Chromium), so that pages running at
      // the same time are all visible: each gets animation frames, resize observations and real key presses
      // (a background tab gets none, and sendKeys or a frame wait would hang there).
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        // Every page behaves as the focused window (as Playwright does): :focus and :focus-visible match in each.
        await (await page.createCDPSession()).send('Emulation.setFocusEmulationEnabled', { enabled: true });
        page.once('close', () => void context.close().catch(() => undefined));
        return page;
      },
    }),
  ],
  coverage: process.env.NO_COVERAGE ? false : true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.styles.ts', 'src/cdn.ts', 'src/i18n/translations/**'],
    threshold: { statements: 80, branches: 70, functions: 75, lines: 80 },
    reportDir: 'reports/coverage',
  },
  reporters: [defaultReporter(), countReporter('reports/wtr-count.json')],
};
