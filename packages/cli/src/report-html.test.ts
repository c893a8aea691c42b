import { describe, expect, it } from 'vitest';
import type { HitEntity } from './hit-entity.js';
import { createSampleHit, createSampleResult } from './report-fixture.js';
import { formatHtmlReport } from './report-html.js';
import type { ScreenResult } from './screen-types.js';

/** A one-hit result whose file cells, entity and sources are hostile HTML. */
function createResult(value: string, cell: string): ScreenResult {
  const sample = createSampleResult([]);
  const hit = createSampleHit(value);
  return {
    ...createSampleResult([
      {
        ...hit,
        row: [value, cell],
        match: { ...hit.match, name: 'X <Corp>', matchedAlias: 'X "Corp"' },
      },
    ]),
    input: 'suppliers<1>.csv',
    audit: { ...sample.audit, input: { ...sample.audit.input, name: 'suppliers<1>.csv' } },
    headers: ['Supplier', 'Notes'],
    entities: {
      x: {
        ...(sample.entities.x as HitEntity),
        name: 'X <Corp>',
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

  it('opens with the audit record and names the file without its folders', () => {
    expect(html).toContain('data-testid="audit"');
    expect(html).toContain('abababab');
    expect(html).toContain('match ≥ 0.85, review ≥ 0.7');
    expect(html).toContain('2026-11-23T12:00:00.000Z');
    expect(html).not.toContain('/home/analyst');
  });

  it('reads at phone width: tables scroll inside their box and headers never break inside a word', () => {
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/th \{[^}]*word-break: normal[^}]*white-space: nowrap/);
    expect(html).toMatch(/@media \(max-width: 600px\)/);
    expect(html).toMatch(/<div class="table-scroll"><table>/);
  });

  it('records a run without hits as dated, and not as a clearance', () => {
    const clean = createResult('Acme', '');
    const none = formatHtmlReport({
      ...clean,
      hits: [],
      summary: { ...clean.summary, hits: 0, hitsByBand: { match: 0, review: 0 } },
    });
    expect(none).toMatch(/No hits — not a clearance: no row matched the dataset .* on 2026-11-23/);
  });
});
