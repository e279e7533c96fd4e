// Makes sure a Chromium browser exists before browser tests run. On a fresh Debian/Ubuntu machine where we are root
// (CI, containers), installs Debian's `chromium` package; anywhere else, fails with a message saying how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.js';

try {
  findBrowser();
} catch (e) {
  const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0 && !process.env.CHROME_PATH;
  if (!canApt) {
    console.error(e.message);
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian package `chromium` (about a minute)...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  findBrowser();
}
