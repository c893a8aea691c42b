import { readEmbeddedJsonCandidates } from './read-embedded-json';
import { readJsonLdCandidates } from './read-json-ld';
import { cleanText, readCandidates } from './read-text';
import type { SiteAdapter } from './types';

/** Built from Temu's public structure (store links `…-m-<id>.html`, `mallName` data); the fixture is synthetic. */
export const temuAdapter: SiteAdapter = {
  id: 'temu',
  domains: ['temu.com'],
  extract(doc) {
    const links = readCandidates(
      doc,
      'a[href*="-m-"][href$=".html"], [data-mall-name]',
      'seller',
      (element) => element.getAttribute('data-mall-name') || element.textContent,
    );
    const data = [
      ...readEmbeddedJsonCandidates(doc, { mallName: 'seller' }),
      ...readJsonLdCandidates(doc),
    ];
    for (const candidate of data) {
      candidate.anchor = links.find((link) => link.text === candidate.text)?.anchor ?? null;
    }
    return [...links, ...data];
  },
  isMarketplaceName: (text) => /^temu\b/i.test(cleanText(text)),
};
