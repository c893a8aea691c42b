import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entities, tierLabels } from '@nkscreen/dataset';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/launch-chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { crawlSite } from './crawl-site';
import { pickMisspeltEntity } from './pick-misspelt-entity';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;
let context: BrowserContext;
const requested: string[] = [];

async function openExplorer(page: Page) {
  await page.goto(new URL('entities/', server.url).href);
  // Astro drops the `ssr` attribute once the island has hydrated and its handlers are live.
  await page.locator('astro-island:not([ssr])').waitFor();
}

beforeAll(async () => {
  if (!existsSync(`${dist}index.html`)) {
    throw new Error(
      `The built site is missing (${dist}). Build it first: npm run build -w @nkscreen/docs`,
    );
  }
  server = await startStaticServer({ root: dist });
  browser = await launchChromium();
  context = await browser.newContext();
  context.on('request', (request) => requested.push(request.url()));
  // Anything bound elsewhere is recorded above and refused here, so a stray request fails the test, not the network.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient'),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built docs site in Chromium', () => {
  const { entity, query } = pickMisspeltEntity(entities);

  it(`finds a dataset entity by a misspelt name in the explorer ("${query}")`, async () => {
    const page = await context.newPage();
    await openExplorer(page);
    await page.getByLabel('Search by name, in any spelling or script').fill(query);

    const hit = page.locator(`.explorer-list [data-entity-id="${entity.id}"]`);
    await hit.waitFor();
    expect(await page.locator('.explorer-list > li').first().getAttribute('data-entity-id')).toBe(
      entity.id,
    );
    expect(await hit.locator('.explorer-explanation').textContent()).toMatch(/\S/);

    await hit.getByRole('link', { name: entity.name }).click();
    await page.waitForURL(`**/entities/${entity.id}/`);
    expect(await page.locator('h1').textContent()).toBe(entity.name);

    const sources = page.getByTestId('entity-sources').locator('li');
    expect(await sources.count()).toBe(entity.sources.length);
    for (const source of entity.sources) {
      const link = page.locator(`[data-source-id="${source.id}"] a`);
      expect(await link.getAttribute('href')).toBe(source.url);
      expect(await link.textContent()).toBe(source.title);
      expect(await page.locator(`[data-source-id="${source.id}"]`).textContent()).toContain(
        source.publisher,
      );
    }
    await page.close();
  });

  it('shows the match and its explanation for the example in the docs', async () => {
    const page = await context.newPage();
    await openExplorer(page);
    await page
      .getByLabel('Search by name, in any spelling or script')
      .fill('Korea Nam Gang Trading Co');
    const first = page.locator('.explorer-list > li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-entity-id')).toBe('korea-namgang-trading-corporation');
    expect(await first.locator('.explorer-explanation').textContent()).toContain('Nam Gang');
    // Evidence first: the evidence sentence and its source come before how the name matched.
    const order = await first
      .locator('p')
      .evaluateAll((paragraphs) => paragraphs.map((p) => p.className));
    expect(order.indexOf('explorer-evidence')).toBeGreaterThan(-1);
    expect(order.indexOf('explorer-evidence')).toBeLessThan(order.indexOf('explorer-explanation'));
    expect(await first.locator('.explorer-source a').getAttribute('href')).toMatch(/^https:\/\//);
    await page.close();
  });

  it('says a search with no hit is not a clearance, and names the dataset and its date', async () => {
    const page = await context.newPage();
    await openExplorer(page);
    await page.getByLabel('Search by name, in any spelling or script').fill('Qwxz Zzyqv Plumbing');
    const status = page.locator('.explorer-status');
    await status.filter({ hasText: 'not a clearance' }).waitFor();
    expect(await status.textContent()).toMatch(
      /version \S+, (released|newest record) \d{1,2} \w+ \d{4}\) is close to/,
    );
    await page.close();
  });

  it('lists the data changes per release, generated from the data', async () => {
    const page = await context.newPage();
    await page.goto(new URL('/dataset/changelog/', server.url).href);
    const changelog = page.getByTestId('dataset-changelog');
    expect(await changelog.locator('h2').count()).toBeGreaterThan(0);
    const rows = await changelog.locator('li code').allTextContents();
    const ids = new Set(entities.map((entity) => entity.id));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((id) => ids.has(id))).toBe(true);
    await page.close();
  });

  it('searches the prose with Pagefind, in the browser', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('dialog .pagefind-ui__search-input').fill('yente');
    await page.locator('a[href*="/guides/yente-and-aleph/"]').first().waitFor();
    await page.close();
  });

  it('filters the list by evidence tier', async () => {
    const tier = entities[0]!.tier;
    const page = await context.newPage();
    await openExplorer(page);
    await page.getByLabel('Evidence').selectOption(tier);
    const shown = await page
      .locator('.explorer-list > li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-entity-id')));
    expect(shown).toEqual(entities.filter((e) => e.tier === tier).map((e) => e.id));
    expect(await page.getByRole('status').textContent()).toContain(
      `of ${entities.length} entities`,
    );
    expect(tierLabels[tier]).toBeTruthy();
    await page.close();
  });

  it('has a page for every entity and no broken internal link', async () => {
    const { checked, broken } = await crawlSite(server.url);
    expect(broken).toEqual([]);
    for (const { id } of entities)
      expect(checked).toContain(new URL(`entities/${id}/`, server.url).href);
    expect(checked).toContain(new URL('methodology/', server.url).href);
  });

  it('shows each report that exists as measured, and each missing one as not measured yet', async () => {
    const html = await (await fetch(new URL('methodology/', server.url))).text();
    for (const path of [
      'packages/core/reports/eval.json',
      'packages/core/reports/bench.json',
      'packages/cli/reports/bench.json',
      'apps/extension/reports/bench.json',
    ]) {
      const section =
        html.slice(html.indexOf(`data-report="${path}"`)).split('</section>')[0] ?? '';
      expect(section).not.toBe('');
      const measured = existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)));
      expect(section.includes('Not measured yet'), path).toBe(!measured);
    }
  });

  it('never sends a request beyond 127.0.0.1', () => {
    expect(requested.length).toBeGreaterThan(0);
    const outside = requested.filter(
      (url) => !/^(data|blob):/.test(url) && new URL(url).hostname !== '127.0.0.1',
    );
    expect(outside).toEqual([]);
  });
});
