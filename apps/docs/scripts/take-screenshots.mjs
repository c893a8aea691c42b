#!/usr/bin/env node
// Produces screenshots/explorer.png (a search with its explanation) and screenshots/entity.png (the
// top result's page) from the built site, in headless Chromium on a 127.0.0.1 server.
// Usage: node scripts/take-screenshots.mjs ["name to search"]
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../scripts/launch-chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const out = fileURLToPath(new URL('../screenshots/', import.meta.url));
const query = process.argv[2] ?? 'Korea Nam Gang Trading Co';

if (!existsSync(`${root}index.html`)) {
  console.error(`No built site in ${root}. Build it first: npm run build -w @nkscreen/docs`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const server = await startStaticServer({ root });
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
  });
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient'),
  );
  await page.goto(new URL('entities/', server.url).href);
  await page.locator('astro-island:not([ssr])').waitFor();
  await page.getByLabel('Search by name, in any spelling or script').fill(query);
  const first = page.locator('.explorer-list > li').first();
  await first.waitFor();
  await page.screenshot({ path: `${out}explorer.png` });
  console.log(`wrote ${out}explorer.png (search: "${query}")`);

  await first.locator('.explorer-title a').click();
  await page.waitForURL('**/entities/*/');
  await page.screenshot({ path: `${out}entity.png`, fullPage: true });
  console.log(`wrote ${out}entity.png (${page.url()})`);
} finally {
  await browser.close();
  await server.close();
}
