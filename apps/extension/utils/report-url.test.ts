import { NO_EXPLANATION } from '../fixtures/sample-finding';
import { describe, expect, it } from 'vitest';
import { createReportUrl } from './report-url';

describe('createReportUrl', () => {
  it('prefills a new issue with host, field, text, entity and versions, but no page path', () => {
    const url = new URL(
      createReportUrl({
        hostname: 'www.amazon.es',
        finding: {
          entityId: 'korea-namgang-trading-corporation',
          entityName: 'Korea Namgang Trading Corporation',
          field: 'seller',
          pageText: 'Namgang Trading & Co <b>',
          matchedAlias: 'Namgang Trading Corporation',
          band: 'review',
          score: 0.81234,
          explanation: NO_EXPLANATION,
          context: null,
          evidence: null,
        },
        datasetVersion: '1.2.0',
        extensionVersion: '0.1.0',
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/nkscreen/nkscreen/issues/new');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('Site: www.amazon.es');
    expect(body).toContain('Field: seller');
    expect(body).toContain('Text on the page: Namgang Trading & Co <b>');
    expect(body).toContain('korea-namgang-trading-corporation');
    expect(body).toContain('Dataset version: 1.2.0');
    expect(body).toContain('Extension version: 0.1.0');
    expect(url.searchParams.get('title')).toContain('www.amazon.es');
  });
});
