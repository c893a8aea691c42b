// Renders public/icon/{16,32,48,128}.png from icon.svg with headless Chromium (run by hand when the icon changes).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { root } from '../e2e/harness.mjs';

const svg = readFileSync(join(root, 'scripts', 'icon.svg'), 'utf8');
const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args,
});
const page = await browser.newPage();
mkdirSync(join(root, 'public', 'icon'), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({
    path: join(root, 'public', 'icon', `${size}.png`),
    omitBackground: true,
  });
}
await browser.close();
