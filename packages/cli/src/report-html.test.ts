import { describe, expect, it } from 'vitest';
import { formatHtmlReport } from './report-html.js';
import type { ScreenResult } from './screen-types.js';

function createResult(value: string, cell: string): ScreenResult {
  return {
    tool: 'nkscreen 0.1.0',
    input: 'suppliers<1>.csv',
    encoding: 'utf-8',
    delimiter: ',',
    headers: ['Supplier', 'Notes'],
    columns: ['Supplier'],
    columnsGuessed: true,
    minBand: 'review',
    lists: ['nkscreen dataset'],
    datasetVersion: '0.1.0',
    generatedAt: '2026-11-23T12:00:00.000Z',
    summary: {
      rowsRead: 1,
      rowsScreened: 1,
      rowsSkipped: 0,
      skippedByReason: {},
      rowsWithHits: 1,
      hits: 1,
      hitsByBand: { match: 1, review: 0 },
      entitiesHit: 1,
      bytes: 10,
      elapsedMs: 1,
    },
    hits: [
      {
        line: 2,
        column: 'Supplier',
        value,
        row: [value, cell],
        match: {
          entityId: 'x',
          name: 'X <Corp>',
          matchedAlias: 'X "Corp"',
          band: 'match',
          score: 0.97,
          explanation: {
            text: `“${value}” ≈ “X Corp”`,
            alignment: [],
            unmatched: { query: [], alias: [] },
          },
          context: { required: false, status: 'none', evidence: [] },
        },
      },
    ],
    entities: {
      x: {
        key: 'x',
        id: 'x',
        name: 'X <Corp>',
        list: 'nkscreen dataset',
        countries: ['KP'],
        evidence: 'Appears in a <designation>.',
        sources: [
          { title: 'Title & more', publisher: 'P', url: 'javascript:alert(1)' },
          { title: 'Real', publisher: 'P', url: 'https://example.org/?a=1&b="2"' },
        ],
      },
    },
    problems: [{ line: 3, reason: 'bad <row>' }],
  };
}

describe('formatHtmlReport', () => {
  const html = formatHtmlReport(
    createResult('<img src=x onerror=alert(1)>', '<script>alert(1)</script>'),
  );

  it('escapes every value that came from the input or the lists', () => {
    expect(html).not.toMatch(/<img|<script|<designation>|<Corp>|<row>|<1>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('https://example.org/?a=1&amp;b=&quot;2&quot;');
  });

  it('links only http(s) sources', () => {
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<li>Title &amp; more');
  });

  it('is self-contained: no external reference and a CSP that forbids fetching', () => {
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
    );
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
    expect(html).not.toMatch(/<[^>]*\ssrc=|@import|url\(/);
  });
});
