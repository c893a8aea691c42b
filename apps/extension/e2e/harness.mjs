// Shared set-up for the e2e run, the benchmark and the screenshot: the built extension in headless Debian Chromium,
// fixture pages served under their real https URLs, every other request aborted and recorded.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const extensionPath = join(root, '.output', 'chrome-mv3');

/** Builds the Chrome extension when no build exists (turbo's `test` already depends on `build`). */
export function ensureBuilt() {
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
}

/**
 * Real names from the shipped dataset, planted into the fixtures' {{PLACEHOLDER}} slots. Entities that need context
 * (`requires`) are left out: they are capped at a possible match, and the e2e expects strong ones.
 */
export function pickPlantedEntities() {
  const { entities } = JSON.parse(
    readFileSync(join(root, 'generated', 'entity-details.json'), 'utf8'),
  );
  const list = Object.values(entities)
    .filter((entity) => entity.name.length >= 8 && entity.requires.length === 0)
    .sort((a, b) => a.id.localeCompare(b.id));
  if (list.length < 3) throw new Error(`need 3 entities in the dataset, found ${list.length}`);
  const [seller, manufacturer, scriptOnly] = list;
  return { seller, manufacturer, scriptOnly };
}

export function readFixture(file, names) {
  const html = readFileSync(join(root, 'fixtures', file), 'utf8');
  return html.replace(/\{\{([A-Z_]+)\}\}/g, (whole, key) => names[key] ?? whole);
}

export async function launchBrowser({ colorScheme = 'light', locale = 'en-US' } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'nkscreen-e2e-'));
  const args = [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--lang=${locale}`,
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    colorScheme,
    locale,
    viewport: { width: 1280, height: 900 },
    args,
  });
  const pages = new Map();
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  // Only http(s): routing chrome-extension:// too would break the extension's own pages.
  await context.route(/^https?:\/\//, (route) => {
    const body = pages.get(route.request().url());
    return body === undefined
      ? route.abort('blockedbyclient')
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    requests,
    /** Serves `html` at `url` for the rest of the run. */
    serve(url, html) {
      pages.set(url, html);
    },
    servedUrls: () => new Set(pages.keys()),
    async worker() {
      return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The badge words the UI should show for an entity's evidence (locales/*.yml), from its generated facts. */
export function expectedBadgeLabel(entity, locale) {
  const year = entity.facts.year;
  const words = {
    en: {
      designation: 'Sanctioned',
      enforcement: `Enforcement ${year}`,
      investigation: `Reported ${year}`,
    },
    ko: {
      designation: '제재 대상',
      enforcement: `단속 기록 ${year}`,
      investigation: `${year}년 보도`,
    },
  };
  return words[locale][entity.tier];
}
