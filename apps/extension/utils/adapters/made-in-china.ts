import { readJsonLdCandidates } from './read-json-ld';
import { cleanText, readCandidates } from './read-text';
import type { SiteAdapter } from './types';

export const madeInChinaAdapter: SiteAdapter = {
  id: 'made-in-china',
  domains: ['made-in-china.com'],
  extract(doc) {
    return [
      ...readCandidates(
        doc,
        '.shop-sign__header-title--text, .company-name, .com-name a',
        'supplier',
      ),
      ...readJsonLdCandidates(doc),
    ];
  },
  isMarketplaceName: (text) => /^made[-\s]in[-\s]china(\.com)?\b/i.test(cleanText(text)),
  // The showroom's company details print the supplier's location as a line of text ("Guangdong, China").
  readContext(doc) {
    const text = cleanText(doc.querySelector('.detail-address')?.textContent ?? '');
    return text ? { text } : null;
  },
};
