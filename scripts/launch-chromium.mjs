// One way to start the headless Chromium that the docs e2e and screenshots, the CLI's HTML report spec and its
// examples script drive: Debian's /usr/bin/chromium (Playwright's own download is not reachable here), with every
// background service off so the only requests made are the page's own. It lives at the root, beside the root's
// playwright-core, because no package both workspaces depend on is a place for test tooling: core and dataset
// are published runtime libraries.
import { chromium } from 'playwright-core';

/** Launches headless Chromium with background networking, updates and sync turned off. */
export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
