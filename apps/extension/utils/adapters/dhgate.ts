import { readEmbeddedJsonCandidates } from './read-embedded-json';
import { readJsonLdCandidates } from './read-json-ld';
import { cleanText, readCandidates } from './read-text';
import type { SiteAdapter } from './types';

export const dhgateAdapter: SiteAdapter = {
  id: 'dhgate',
  domains: ['dhgate.com'],
  extract(doc) {
    const storeLinks = readCandidates(doc, 'a[spm-index="store"][title]', 'seller', (link) =>
      link.getAttribute('title'),
    );
    const data = [
      ...readJsonLdCandidates(doc),
      ...readEmbeddedJsonCandidates(doc, { suppliername: 'seller' }),
    ];
    for (const candidate of data) {
      candidate.anchor = storeLinks.find((link) => link.text === candidate.text)?.anchor ?? null;
    }
    return [...storeLinks, ...data];
  },
  isMarketplaceName: (text) => /^dh\s?gate\b/i.test(cleanText(text)),
};
