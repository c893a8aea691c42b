// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseFixture, PLANTED } from '../fixtures/load-fixture';
import { findSiteAdapter } from './adapters/registry';
import { createLocalMatchClient, type MatchRequest } from './match-client';
import {
  collectScanRoots,
  createPageScanner,
  MAX_REQUEST_CHARS,
  splitRequestTexts,
} from './page-scanner';
import { createTestMatcher } from './test-matcher';
import { createTimeSlicer } from './time-slicer';

const slicer = createTimeSlicer({ budgetMs: 4, yieldToMain: () => Promise.resolve() });
const matcher = createTestMatcher();

function scannerFor(doc: Document, hostname: string) {
  return createPageScanner({
    doc,
    adapter: findSiteAdapter(hostname),
    client: createLocalMatchClient(() => matcher),
    slicer,
  });
}

function describeFindings(findings: { field: string; entityId: string }[]): string[] {
  return findings.map((finding) => `${finding.field}:${finding.entityId}`).sort();
}

describe('splitRequestTexts', () => {
  it('keeps every request to the background within the character bound, in order', () => {
    const texts = Array.from({ length: 30 }, (_, index) => `${index}`.padEnd(4_000, 'x'));
    const parts = splitRequestTexts(texts);
    expect(parts.length).toBe(3);
    expect(parts.flat()).toEqual(texts);
    for (const part of parts)
      expect(part.reduce((sum, text) => sum + text.length, 0)).toBeLessThanOrEqual(
        MAX_REQUEST_CHARS,
      );
  });
});

describe('createPageScanner', () => {
  it('sends what the page says of the supplier’s location as the matcher’s context', async () => {
    const requests: MatchRequest[] = [];
    const local = createLocalMatchClient(() => matcher);
    const scanner = createPageScanner({
      doc: parseFixture('alibaba-product.html'),
      adapter: findSiteAdapter('www.alibaba.com'),
      client: { match: (request) => (requests.push(request), local.match(request)) },
      slicer,
    });
    await scanner.scanPage();
    expect(requests[0]?.context).toEqual({ countries: ['CN'] });
  });

  it('reports the buy-box seller once although the page repeats it in sponsored and bundle blocks', async () => {
    const doc = parseFixture('amazon-in-product.html');
    const findings = await scannerFor(doc, 'www.amazon.in').scanPage();
    expect(describeFindings(findings)).toEqual(['seller:korea-namgang-trading-corporation']);
    expect(findings[0]?.anchor?.id).toBe('sellerProfileTriggerId');
    expect(findings[0]?.band).toBe('match');
  });

  it('never matches names that exist only in scripts and inline JSON', async () => {
    const doc = parseFixture('amazon-in-product.html');
    const findings = await scannerFor(doc, 'www.amazon.in').scanPage();
    expect(findings.some((finding) => finding.entityId === 'beijing-sukbakso')).toBe(false);
  });

  it('scans visible text on sites without an adapter, marking the field as text', async () => {
    const doc = parseFixture('plain-article.html');
    const findings = await scannerFor(doc, 'directory.example.org').scanPage();
    expect(describeFindings(findings)).toEqual(['text:korea-namgang-trading-corporation']);
    expect(findings[0]?.pageText).toBe(PLANTED.TEXT);
    expect(findings[0]?.anchor?.tagName).toBe('B');
  });

  it('never flags the marketplace itself, even when the index holds a similar name', async () => {
    const doc = parseFixture('amazon-com-product.html', {});
    doc.body.insertAdjacentHTML('beforeend', '<p>Sold by Amazon Export Sales LLC</p>');
    const findings = await scannerFor(doc, 'www.amazon.com').scanPage();
    expect(findings).toEqual([]);
  });

  it('reads only the added subtree after a mutation and keeps earlier findings', async () => {
    const doc = parseFixture('plain-article.html', { TEXT: 'nobody in particular' });
    const scanner = scannerFor(doc, 'directory.example.org');
    expect(await scanner.scanPage()).toEqual([]);
    const added = doc.createElement('section');
    added.textContent = `Late-loaded review: made by ${PLANTED.MANUFACTURER}.`;
    doc.body.append(added);
    expect(describeFindings(await scanner.scanAdded([added]))).toEqual(['text:hunchun-pagoda']);
  });

  it('forgets sightings whose nodes left the page after an SPA navigation', async () => {
    const doc = parseFixture('plain-article.html');
    const scanner = scannerFor(doc, 'directory.example.org');
    expect(await scanner.scanPage()).toHaveLength(1);
    doc.querySelector('article')?.remove();
    expect(await scanner.scanAfterNavigation()).toEqual([]);
  });
});

describe('collectScanRoots', () => {
  it('keeps only the outermost connected roots and skips script text', () => {
    document.body.innerHTML = '<section><p>one</p></section><script>var x = 1;</script>';
    const section = document.querySelector('section') as Element;
    const paragraph = document.querySelector('p') as Element;
    const scriptText = document.querySelector('script')?.firstChild as Node;
    const detached = document.createElement('div');
    expect(collectScanRoots([paragraph, section, scriptText, detached], document.body)).toEqual([
      section,
    ]);
  });
});
