// One lookup for every tool that launches Chromium (test runner, story tests, benchmarks, screenshots).
// Order: $CHROME_PATH, then the usual executable names on PATH. Fails with an install hint when none exists.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** Returns the path of a Chromium-family browser, or throws with a message saying how to install one. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file exists there.`);
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  throw new Error(
    'No Chromium browser found. Set CHROME_PATH to a Chromium/Chrome executable, or install one:\n' +
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  macOS:          brew install --cask chromium   (or set CHROME_PATH to Google Chrome)',
  );
}

/** Flags that keep headless Chromium quiet and working as root on a closed network. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findBrowser());
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
