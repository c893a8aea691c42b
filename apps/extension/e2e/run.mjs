// End-to-end in real headless Chromium with the built extension: `node e2e/run.mjs` (after `npm run build`).
import assert from 'node:assert/strict';
import { ensureBuilt, launchBrowser, pickPlantedEntities, readFixture } from './harness.mjs';

ensureBuilt();
const planted = pickPlantedEntities();
const names = {
  SELLER: planted.seller.name,
  MANUFACTURER: planted.manufacturer.name,
  SUPPLIER: planted.manufacturer.name,
  SCRIPT_ONLY: planted.scriptOnly.name,
  TEXT: planted.seller.name,
};
const URLS = {
  amazonIn: 'https://www.amazon.in/kinis-Antique-Wall-Light/dp/B0DR2JX8RL',
  amazonEs: 'https://www.amazon.es/dp/B07JH148DF',
  amazonCom: 'https://www.amazon.com/dp/B07FNW9FGJ',
  aliexpress: 'https://he.aliexpress.com/item/32993251330.html',
  amazonHelp: 'https://www.amazon.com/gp/help/customer/display.html',
};

const browser = await launchBrowser();
browser.serve(URLS.amazonIn, readFixture('amazon-in-product.html', names));
browser.serve(URLS.amazonEs, readFixture('amazon-es-product.html', names));
browser.serve(URLS.amazonCom, readFixture('amazon-com-product.html', names));
browser.serve(URLS.aliexpress, readFixture('aliexpress-he-item.html', names));
browser.serve(URLS.amazonHelp, readFixture('plain-article.html', names));

const results = [];
async function step(name, run) {
  const started = Date.now();
  try {
    await run();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `  ✗ ${name}\n    ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 6)
        .join('\n    ')}`,
    );
  }
}

/** Polls `read` until it returns `expected` (deep-equal) or the time runs out; returns the last value. */
async function waitForValue(read, expected, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  let value;
  for (;;) {
    value = await read();
    try {
      assert.deepEqual(value, expected);
      return value;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function openPage(url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** The tab id of the page in front, read in the service worker (no `tabs` permission needed for ids). */
async function frontTabId() {
  const worker = await browser.worker();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id;
  });
}

async function toolbarBadge(tabId) {
  const worker = await browser.worker();
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

const badgeHosts = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-nkscreen-entity]')]
      .filter((element) => element.tagName === 'NKSCREEN-BADGE')
      .map(
        (element) =>
          `${element.getAttribute('data-nkscreen-field')}:${element.getAttribute('data-nkscreen-entity')}`,
      )
      .sort(),
  );

const { seller, manufacturer, scriptOnly } = planted;
console.log(
  `e2e: extension ${browser.extensionId}; planted ${seller.id}, ${manufacturer.id}; script-only ${scriptOnly.id}`,
);

let amazonIn;
let amazonInTab;
await step(
  'amazon.in: one inline badge for the seller seen in buy box, hidden copy, sponsored and bundle',
  async () => {
    amazonIn = await openPage(URLS.amazonIn);
    amazonInTab = await frontTabId();
    await waitForValue(() => badgeHosts(amazonIn), [`seller:${seller.id}`]);
    const placed = await amazonIn.evaluate(
      () => document.querySelector('nkscreen-badge')?.previousElementSibling?.id,
    );
    assert.equal(placed, 'sellerProfileTriggerId');
  },
);

await step('amazon.in: the toolbar badge counts distinct entities on the tab', async () => {
  await waitForValue(() => toolbarBadge(amazonInTab), '1');
});

await step(
  'amazon.in: a name only in scripts/JSON is never flagged, page text is untouched',
  async () => {
    const text = await amazonIn.evaluate(
      () => document.getElementById('sellerProfileTriggerId').textContent,
    );
    assert.equal(text, seller.name);
    assert.equal(await amazonIn.locator(`[data-nkscreen-entity="${scriptOnly.id}"]`).count(), 0);
  },
);

await step('amazon.in: a dismissible banner for a strong seller match', async () => {
  const banner = amazonIn.locator(`[data-nkscreen-banner="${seller.id}"]`);
  await banner.waitFor({ state: 'visible' });
  assert.match(
    await banner.textContent(),
    new RegExp(seller.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
});

await step(
  'why-panel: field, names, band, score, evidence, sources, dataset version, report link',
  async () => {
    await amazonIn.locator(`nkscreen-badge[data-nkscreen-entity="${seller.id}"] button`).click();
    const panel = amazonIn.getByTestId('nkscreen-why-panel');
    await panel.waitFor({ state: 'visible' });
    await amazonIn.getByTestId('nkscreen-evidence').waitFor();
    const text = await panel.textContent();
    assert.ok(text.includes('seller'), 'names the field');
    assert.ok(text.includes(seller.name), 'shows the listed name');
    assert.ok(text.includes(seller.evidence), 'shows the evidence wording');
    for (const source of seller.sources)
      assert.ok(text.includes(source.publisher), `lists ${source.publisher}`);
    assert.match(text, /Dataset version: \S+/);
    const report = await panel.getByRole('link', { name: 'Report a mistake' }).getAttribute('href');
    const reportUrl = new URL(report);
    assert.equal(
      `${reportUrl.origin}${reportUrl.pathname}`,
      'https://github.com/nkscreen/nkscreen/issues/new',
    );
    const body = reportUrl.searchParams.get('body');
    for (const part of ['www.amazon.in', 'seller', seller.id, seller.name])
      assert.ok(body.includes(part), part);
    await amazonIn.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  },
);

await step('popup (opened as a tab) lists the findings of the target tab', async () => {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${amazonInTab}`);
  await popup.locator(`li[data-nkscreen-entity="${seller.id}"]`).waitFor();
  assert.equal(await popup.locator('li[data-nkscreen-entity]').count(), 1);
  await popup.close();
});

await step('dismiss an entity hides it everywhere; the options page undoes it', async () => {
  await amazonIn.locator(`nkscreen-badge[data-nkscreen-entity="${seller.id}"] button`).click();
  await amazonIn.getByRole('button', { name: 'Dismiss this entity' }).click();
  await waitForValue(() => badgeHosts(amazonIn), []);
  await waitForValue(() => toolbarBadge(amazonInTab), '');
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const dismissed = options.getByTestId('nkscreen-dismissed');
  await dismissed.waitFor();
  assert.ok((await dismissed.textContent()).includes(seller.name));
  await dismissed.getByRole('button').first().click();
  await options.close();
  await waitForValue(() => badgeHosts(amazonIn), [`seller:${seller.id}`]);
  await waitForValue(() => toolbarBadge(amazonInTab), '1');
});

await step('disable on a site from the popup, then enable again', async () => {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${amazonInTab}`);
  await popup.getByTestId('nkscreen-toggle-site').click();
  await waitForValue(() => badgeHosts(amazonIn), []);
  await waitForValue(() => toolbarBadge(amazonInTab), '');
  await popup.getByTestId('nkscreen-toggle-site').click();
  await waitForValue(() => badgeHosts(amazonIn), [`seller:${seller.id}`]);
  await waitForValue(() => toolbarBadge(amazonInTab), '1');
  await popup.close();
});

await step('amazon.es (Spanish labels): seller and manufacturer, count 2', async () => {
  const page = await openPage(URLS.amazonEs);
  const tab = await frontTabId();
  await waitForValue(
    () => badgeHosts(page),
    [`manufacturer:${manufacturer.id}`, `seller:${seller.id}`].sort(),
  );
  await waitForValue(() => toolbarBadge(tab), '2');
  await page.close();
});

await step('aliexpress (Hebrew, right-to-left): the store is flagged beside its link', async () => {
  const page = await openPage(URLS.aliexpress);
  await waitForValue(() => badgeHosts(page), [`seller:${seller.id}`]);
  const inShopName = await page.evaluate(() =>
    Boolean(document.querySelector('.shop-name nkscreen-badge')),
  );
  assert.ok(inShopName);
  await page.close();
});

await step('a page with nothing to find shows nothing (Sold by Amazon.com)', async () => {
  const page = await openPage(URLS.amazonCom);
  const tab = await frontTabId();
  // Wait for the scan to have reported (session storage holds the tab's findings), then check nothing shows.
  await waitForValue(async () => {
    const worker = await browser.worker();
    return worker.evaluate(async (id) => {
      const key = `tab-findings:${id}`;
      const stored = (await chrome.storage.session.get(key))[key];
      return stored ? stored.findings.length : -1;
    }, tab);
  }, 0);
  assert.deepEqual(await badgeHosts(page), []);
  assert.equal(await page.locator('nkscreen-overlay').count(), 0);
  assert.equal(await toolbarBadge(tab), '');
  await page.close();
});

await step(
  'SPA navigation: content added after pushState is scanned without a reload',
  async () => {
    const page = await openPage(URLS.amazonCom);
    const tab = await frontTabId();
    await page.waitForTimeout(500);
    await page.evaluate((name) => {
      history.pushState({}, '', '/dp/B0SPA00001');
      document.querySelector('#detailBullets_feature_div')?.remove();
      const box = document.createElement('div');
      box.id = 'merchant-info';
      const link = document.createElement('a');
      link.href = '/gp/aag/main?seller=A2SPA';
      link.textContent = name;
      box.append('Sold by ', link);
      document.body.append(box);
    }, manufacturer.name);
    await waitForValue(() => badgeHosts(page), [`seller:${manufacturer.id}`]);
    await waitForValue(() => toolbarBadge(tab), '1');
    await page.close();
  },
);

await step(
  'visible-text fallback: running text is flagged as text, a name only in a script is not',
  async () => {
    const page = await openPage(URLS.amazonHelp);
    await waitForValue(() => badgeHosts(page), [`text:${seller.id}`]);
    const beside = await page.evaluate(
      () => document.querySelector('nkscreen-badge')?.previousElementSibling?.tagName,
    );
    assert.equal(beside, 'B');
    await page.close();
  },
);

await step(
  'service-worker restart: state survives in storage, badge and details still work',
  async () => {
    const cdp = await browser.context.newCDPSession(amazonIn);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await amazonIn.reload();
    await waitForValue(() => badgeHosts(amazonIn), [`seller:${seller.id}`]);
    await waitForValue(() => toolbarBadge(amazonInTab), '1');
    await amazonIn.locator(`nkscreen-badge[data-nkscreen-entity="${seller.id}"] button`).click();
    await amazonIn.getByTestId('nkscreen-evidence').waitFor();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${amazonInTab}`);
    await popup.locator(`li[data-nkscreen-entity="${seller.id}"]`).waitFor();
    await popup.close();
  },
);

await step(
  'no request leaves the extension: every http(s) request was a fixture page we navigated to',
  async () => {
    const served = browser.servedUrls();
    const outside = browser.requests.filter(
      (url) => /^https?:/.test(url) && !served.has(url.split('#')[0]),
    );
    assert.deepEqual(outside, []);
  },
);

await browser.close();

await step('Korean UI: badge and why-panel speak Korean when the browser does', async () => {
  const korean = await launchBrowser({ locale: 'ko' });
  try {
    korean.serve(URLS.amazonIn, readFixture('amazon-in-product.html', names));
    const page = await korean.context.newPage();
    await page.goto(URLS.amazonIn);
    const badge = page.locator(`nkscreen-badge[data-nkscreen-entity="${seller.id}"] button`);
    await badge.waitFor();
    assert.equal((await badge.textContent()).trim(), '⚠목록 등재');
    await badge.click();
    await page.getByText('이 경고가 표시되는 이유').first().waitFor();
  } finally {
    await korean.close();
  }
});

const failed = results.filter((result) => !result.ok);
console.log(`e2e: ${results.length - failed.length}/${results.length} passed`);
process.exit(failed.length === 0 ? 0 : 1);
