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

function readLoginIds(doc: Document): Map<string, string> {
  const pairs = new Map<string, string>();
  const pattern = /"loginid":"([^"\\]+)"[^{}]*?"company":"([^"\\]+)"/g;
  for (const script of doc.querySelectorAll('script:not([src])')) {
    for (const found of (script.textContent ?? '').matchAll(pattern)) {
      const company = cleanText(found[2]);
      if (company && !pairs.has(company)) pairs.set(company, cleanText(found[1]));
    }
  }
  return pairs;
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
    // The tile prints only the chat nickname (data-nick); the search data pairs it with the legal name (loginid →
    // company), which gives a data-only supplier name its tile to sit beside.
    const storeByText = new Map(stores.map((store) => [store.text, store.anchor]));
    const loginByCompany = readLoginIds(doc);
    for (const supplier of suppliers) {
      supplier.anchor ??=
        storeByText.get(supplier.text) ??
        storeByText.get(loginByCompany.get(supplier.text) ?? '') ??
        null;
    }
    return [...suppliers, ...stores];
  },
  isMarketplaceName: (text) => /^(1688|阿里巴巴|alibaba)/i.test(cleanText(text)),
};
