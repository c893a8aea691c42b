// Writes screenshots/badge-<lang>.png and screenshots/panel-<lang>.png for English and Korean (and warning.png, the
// English panel, for the root README and the docs): the built extension
// warning on the trimmed amazon.in fixture, first the inline badge and evidence-first banner, then the why-panel.
// `npm run screenshot -w @nkscreen/extension` (after `npm run build`).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openExtensionWorld } from '../e2e/extension-world.mjs';
import {
  ensureBuilt,
  launchBrowser,
  pickPlantedEntities,
  readFixture,
  root,
} from '../e2e/harness.mjs';

ensureBuilt();
const { seller, manufacturer, scriptOnly } = pickPlantedEntities();
const url = 'https://www.amazon.in/kinis-Antique-Wall-Light/dp/B0DR2JX8RL';
const outDir = join(root, 'screenshots');
mkdirSync(outDir, { recursive: true });

for (const locale of ['en', 'ko']) {
  const browser = await launchBrowser({ locale });
  browser.serve(
    url,
    readFixture('amazon-in-product.html', {
      SELLER: seller.name,
      MANUFACTURER: manufacturer.name,
      SCRIPT_ONLY: scriptOnly.name,
    }),
  );
  const page = await browser.context.newPage();
  await page.goto(url);
  // The fixture has no Amazon CSS: a few rules make it read like a product page in the picture.
  await page.addStyleTag({
    content: `body { font: 14px/1.5 Arial, sans-serif; margin: 120px 48px 24px; max-width: 760px; color: #0f1111 }
      #productTitle { font-size: 22px; font-weight: 400 } #bylineInfo { color: #007185 }
      #desktop_buybox { border: 1px solid #d5d9d9; border-radius: 8px; padding: 12px 16px; margin: 16px 0; width: 420px }
      table { border-collapse: collapse; margin: 12px 0 } td, th { padding: 4px 12px 4px 0; text-align: start }`,
  });
  await page.locator(`nkscreen-badge[data-nkscreen-entity="${seller.id}"]`).waitFor();
  const world = await openExtensionWorld(page, browser.extensionId);
  await world.waitForText('.nk-banner');
  const badgeFile = join(outDir, `badge-${locale}.png`);
  await page.screenshot({ path: badgeFile });
  await world.click('button.nk-badge');
  await world.waitForText('[data-testid="nkscreen-best-source"]');
  const panelFile = join(outDir, `panel-${locale}.png`);
  await page.screenshot({ path: panelFile });
  // The picture the root README and the docs site show.
  if (locale === 'en') await page.screenshot({ path: join(outDir, 'warning.png') });
  await browser.close();
  console.log(`wrote ${badgeFile} and ${panelFile}`);
}
