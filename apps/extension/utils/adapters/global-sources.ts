import { readJsonLdCandidates } from './read-json-ld';
import { cleanText, readCandidates } from './read-text';
import type { SiteAdapter } from './types';

/** Built from Global Sources' public product-page structure; no real save was available (fixture is synthetic). */
export const globalSourcesAdapter: SiteAdapter = {
  id: 'global-sources',
  domains: ['globalsources.com'],
  extract(doc) {
    return [
      ...readCandidates(doc, '[data-supplier-name]', 'supplier', (element) =>
        element.getAttribute('data-supplier-name'),
      ),
      ...readCandidates(
        doc,
        '.supplier-name, .company-name, a[href*="/company/"][title]',
        'supplier',
        (element) => element.getAttribute('title') || element.textContent,
      ),
      ...readJsonLdCandidates(doc),
    ];
  },
  isMarketplaceName: (text) => /^global\s?sources\b/i.test(cleanText(text)),
};
