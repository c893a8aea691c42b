// Writes screenshots/warning.png: the built extension warning on the trimmed amazon.in fixture, banner, inline badge
// and why-panel open. `npm run screenshot -w @nkscreen/extension` (after `npm run build`).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
const browser = await launchBrowser();
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
  content: `body { font: 14px/1.5 Arial, sans-serif; margin: 90px 48px 24px; max-width: 760px; color: #0f1111 }
    #productTitle { font-size: 22px; font-weight: 400 } #bylineInfo { color: #007185 }
    #desktop_buybox { border: 1px solid #d5d9d9; border-radius: 8px; padding: 12px 16px; margin: 16px 0; width: 340px }
    #desktop_buybox::before { content: 'Sold by'; color: #565959; margin-inline-end: 6px }
    table { border-collapse: collapse; margin: 12px 0 } td, th { padding: 4px 12px 4px 0; text-align: start }`,
});
const badge = page.locator(`nkscreen-badge[data-nkscreen-entity="${seller.id}"] button`);
await badge.waitFor();
await badge.click();
await page.getByTestId('nkscreen-evidence').waitFor();
mkdirSync(join(root, 'screenshots'), { recursive: true });
const file = join(root, 'screenshots', 'warning.png');
await page.screenshot({ path: file });
await browser.close();
console.log(`wrote ${file}`);
