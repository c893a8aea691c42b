import { readEmbeddedJsonCandidates } from './read-embedded-json';
import { readJsonLdCandidates } from './read-json-ld';
import { cleanText, readCandidates } from './read-text';
import type { SiteAdapter } from './types';

export const aliexpressAdapter: SiteAdapter = {
  id: 'aliexpress',
  domains: ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'],
  extract(doc) {
    const links = readCandidates(doc, '.shop-name a, a[href*="/store/"]', 'seller').filter(
      // Store-navigation links ("Store home", in the page's language) sit beside the name link: keep the name, which
      // the embedded data confirms below.
      (candidate) => candidate.text.length > 1,
    );
    const embedded = readEmbeddedJsonCandidates(doc, { storeName: 'seller' });
    const confirmed = new Set(embedded.map((candidate) => candidate.text));
    const named = embedded.length > 0 ? links.filter((link) => confirmed.has(link.text)) : links;
    for (const candidate of embedded)
      candidate.anchor = named.find((link) => link.text === candidate.text)?.anchor ?? null;
    return [...embedded, ...named, ...readJsonLdCandidates(doc)];
  },
  isMarketplaceName: (text) => /^ali\s?express\b/i.test(cleanText(text)),
};
