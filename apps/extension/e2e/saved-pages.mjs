// Runs the built extension over the real saved pages in ../shared/pages (outside the repo, so not part of
// `npm test`): `node e2e/saved-pages.mjs`. Each page is served under a real URL twice: as saved (ordinary sellers,
// so anything flagged is a false positive) and with a dataset name planted where the page names its seller, brand,
// manufacturer or supplier (the adapter must find it there, in real Chromium, on the full page).
import { existsSync, readFileSync } from 'node:fs';
import { ensureBuilt, launchBrowser, pickPlantedEntities } from './harness.mjs';

const dir = process.env.NKSCREEN_PAGES ?? '/work/shared/pages';
const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
/** [file, url, plant(html, name) → html with the name where the page's own party was] */
const pages = [
  [
    'amazon-in-product.html',
    'https://www.amazon.in/dp/B0DR2JX8RL',
    (html, name) =>
      html.replaceAll(
        'id="sellerProfileTriggerId">KINIS<',
        `id="sellerProfileTriggerId">${escapeHtml(name)}<`,
      ),
  ],
  [
    'amazon-com-product.html',
    'https://www.amazon.com/dp/B07FNW9FGJ',
    (html, name) =>
      html.replace(
        'field-brandtextbin=Data+Analyst+%26+Business+Analytics+Tees',
        `field-brandtextbin=${encodeURIComponent(name)}`,
      ),
  ],
  [
    'amazon-es-product.html',
    'https://www.amazon.es/dp/B07JH148DF',
    (html, name) =>
      html.replace(/(Fabricante[^<]*<\/span>\s*<span>)Hercules/, `$1${escapeHtml(name)}`),
  ],
  [
    'amazon-de-search.html',
    'https://www.amazon.de/s?k=katzenfutter',
    (html, name) =>
      html.replaceAll(
        'FELIX Countryside Sensations Dry Cat Food',
        `Cat food imported by ${escapeHtml(name)}`,
      ),
  ],
  [
    'alibaba-product-1.html',
    'https://www.alibaba.com/product-detail/1600691082191.html',
    (html, name) =>
      html.replaceAll('Quanzhou Zhenben Network Technology Co., Ltd.', escapeHtml(name)),
  ],
  [
    'alibaba-product-2.html',
    'https://www.alibaba.com/product-detail/1601213534842.html',
    (html, name) =>
      html.replaceAll('Shenzhen Hongyi Electronic Technology Co., Ltd.', escapeHtml(name)),
  ],
  [
    '1688-offer-search.html',
    'https://p4psearch.1688.com/page.html',
    (html, name) => html.replaceAll('深圳市荣亮达科技有限公司', name),
  ],
  [
    'aliexpress-he-item.html',
    'https://he.aliexpress.com/item/32993251330.html',
    (html, name) => html.replaceAll('Summer Technology Co.,Ltd.', escapeHtml(name)),
  ],
  [
    'dhgate-item.utf16.html',
    'https://ie.dhgate.com/product/1087570533.html',
    (html, name) => html.replaceAll('xing07', escapeHtml(name)),
  ],
  [
    'made-in-china-seller-profile.html',
    'https://bidisco.en.made-in-china.com/',
    (html, name) => html.replaceAll('Dongguan Bidisco Electric CO., LTD', escapeHtml(name)),
  ],
];
if (!existsSync(dir)) {
  console.log(`no saved pages at ${dir}`);
  process.exit(0);
}
ensureBuilt();
const { seller } = pickPlantedEntities();
const browser = await launchBrowser();

async function scan(url, html) {
  browser.serve(url, html);
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const worker = await browser.worker();
  // The scan has finished once the tab has reported its findings (an empty list counts) to the background.
  const deadline = Date.now() + 8000;
  let reported = false;
  while (!reported && Date.now() < deadline) {
    reported = await worker.evaluate(
      async () => Object.keys(await chrome.storage.session.get(null)).length > 0,
    );
    if (!reported) await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300);
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('nkscreen-badge')].map(
      (host) =>
        `${host.getAttribute('data-nkscreen-field')}:${host.getAttribute('data-nkscreen-entity')}`,
    ),
  );
  // Warnings the extension judged hidden or covered on a real page (a false alarm unless the page hides them).
  const hidden = await worker.evaluate(async () =>
    Object.values(await chrome.storage.session.get(null)).flatMap((tab) => tab.hidden ?? []),
  );
  await page.close();
  await worker.evaluate(() => chrome.storage.session.clear());
  return { found, reported, hidden };
}

let falsePositives = 0;
let missed = 0;
let reportedHidden = 0;
console.log(`planted: ${seller.name} (${seller.id})`);
for (const [file, url, plant] of pages) {
  const html = readFileSync(`${dir}/${file}`, file.includes('utf16') ? 'utf16le' : 'utf8');
  const saved = await scan(url, html);
  const planted = await scan(
    `${url}${url.includes('?') ? '&' : '?'}planted=1`,
    plant(html, seller.name),
  );
  falsePositives += saved.found.length;
  if (!planted.found.some((entry) => entry.endsWith(`:${seller.id}`))) missed += 1;
  reportedHidden += planted.hidden.length;
  const show = (run) => (run.reported ? run.found.join(', ') || 'nothing' : 'scan did not report');
  const hiddenNote =
    planted.hidden.length > 0 ? ` (reported hidden: ${planted.hidden.length})` : '';
  console.log(
    `${file.padEnd(36)} as saved: ${show(saved).padEnd(16)} planted: ${show(planted)}${hiddenNote}`,
  );
}
await browser.close();
console.log(
  `${falsePositives} false positive(s) on the saved pages; planted name missed on ${missed} page(s); ` +
    `${reportedHidden} planted warning(s) reported hidden or covered`,
);
process.exit(falsePositives === 0 && missed === 0 ? 0 : 1);
