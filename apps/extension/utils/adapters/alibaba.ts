import { readJsonLdCandidates } from './read-json-ld';
import { cleanText, readCandidates } from './read-text';
import type { SiteAdapter } from './types';

export const alibabaAdapter: SiteAdapter = {
  id: 'alibaba',
  domains: ['alibaba.com'],
  extract(doc) {
    return [
      // The title attribute holds the full legal name when the visible text is truncated.
      ...readCandidates(
        doc,
        '.product-company-info .company-name a, .company-name a[title]',
        'supplier',
        (link) => link.getAttribute('title') || link.textContent,
      ),
      ...readCandidates(doc, 'a[href*="from=detail_company_card"]', 'supplier'),
      ...readJsonLdCandidates(doc),
    ];
  },
  isMarketplaceName: (text) => /^alibaba(\.com)?\b/i.test(cleanText(text)),
  // The supplier card prints the supplier's registration country as a code beside its flag ("CN").
  readContext(doc) {
    const code = cleanText(doc.querySelector('.register-country')?.textContent ?? '');
    return /^[A-Z]{2}$/.test(code) ? { countries: [code] } : null;
  },
};
