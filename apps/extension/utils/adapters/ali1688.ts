import { readEmbeddedJsonCandidates } from './read-embedded-json';
import { cleanText, decodeUrlPiece, readCandidates } from './read-text';
import type { FieldCandidate, SiteAdapter } from './types';

const MAX_COMPANIES = 100;

/** Company names from the search data (`"company":{"name":"…"}`), which the tiles never print. */
function readCompanyObjects(doc: Document): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  const pattern = /"company":\{[^{}]*?"name":"([^"\\]+)"/g;
  for (const script of doc.querySelectorAll('script:not([src])')) {
    for (const found of (script.textContent ?? '').matchAll(pattern)) {
      const text = cleanText(found[1]);
      if (text) out.push({ field: 'supplier', text, anchor: null });
      if (out.length >= MAX_COMPANIES) return out;
    }
  }
  return out;
}

export const ali1688Adapter: SiteAdapter = {
  id: '1688',
  domains: ['1688.com'],
  extract(doc) {
    const stores = readCandidates(doc, '[data-nick]', 'store', (element) =>
      decodeUrlPiece(element.getAttribute('data-nick') ?? ''),
    );
    const suppliers = [
      ...readCandidates(doc, '.company-name, a.company-name, [class*="companyName"]', 'supplier'),
      ...readCompanyObjects(doc),
      ...readEmbeddedJsonCandidates(doc, { company: 'supplier' }),
    ];
    // A supplier's chat nickname is often its legal name: give the data-only name that tile as its anchor.
    const storeByText = new Map(stores.map((store) => [store.text, store.anchor]));
    for (const supplier of suppliers) supplier.anchor ??= storeByText.get(supplier.text) ?? null;
    return [...suppliers, ...stores];
  },
  isMarketplaceName: (text) => /^(1688|阿里巴巴|alibaba)/i.test(cleanText(text)),
};
