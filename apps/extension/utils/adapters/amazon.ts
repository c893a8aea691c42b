import { AMAZON_DOMAINS } from '../marketplace-hosts';
import type { TypedField } from '../fields';
import { cleanText, decodeUrlPiece, normalizeLabel, readCandidates } from './read-text';
import type { FieldCandidate, SiteAdapter } from './types';

/**
 * Detail-table labels in the languages of Amazon's storefronts. Tables carry no ids per row, so the label is the
 * only anchor there; every storefront language is listed so no locale depends on English.
 */
const DETAIL_LABELS: Readonly<Record<string, TypedField>> = Object.fromEntries([
  ...[
    'manufacturer',
    'fabricante',
    'hersteller',
    'fabricant',
    'produttore',
    'fabbricante',
    'fabrikant',
    'producent',
    'tillverkare',
    'üretici',
    'メーカー',
    '製造元',
    '制造商',
    '生产商',
    'الشركة المصنعة',
    'المصنع',
    'निर्माता',
    'производитель',
  ].map((label) => [label, 'manufacturer' as const]),
  ...[
    'brand',
    'brand name',
    'marca',
    'nombre de la marca',
    'marke',
    'markenname',
    'marque',
    'nom de marque',
    'merk',
    'märke',
    'marka',
    'ブランド',
    'ブランド名',
    '品牌',
    'العلامة التجارية',
    'ब्रांड',
  ].map((label) => [label, 'brand' as const]),
]);

const SELLER_SELECTORS = [
  '#sellerProfileTriggerId',
  '#merchant-info a[href*="seller="]',
  '#aod-offer-soldBy a[href*="seller="]',
  '[offer-display-feature-name="desktop-merchant-info"] .offer-display-feature-text-message',
].join(',');

function brandFromBylineHref(href: string): string {
  const store = /\/stores\/([^/?#]+)\/page\//.exec(href);
  if (store?.[1]) return decodeUrlPiece(store[1]);
  const query = /[?&]field-(?:brandtextbin|lbr_brands_browse-bin)=([^&#]+)/.exec(href);
  return query?.[1] ? decodeUrlPiece(query[1]) : '';
}

function readDetailTables(doc: Document): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  for (const row of doc.querySelectorAll('table[id^="productDetails"] tr')) {
    const field = DETAIL_LABELS[normalizeLabel(row.querySelector('th')?.textContent)];
    const cell = row.querySelector('td');
    const text = cleanText(cell?.textContent);
    if (field && cell && text) out.push({ field, text, anchor: cell });
  }
  for (const item of doc.querySelectorAll('#detailBullets_feature_div li')) {
    const label = item.querySelector('.a-text-bold');
    const field = DETAIL_LABELS[normalizeLabel(label?.textContent)];
    const value = label?.nextElementSibling;
    const text = cleanText(value?.textContent);
    if (field && value && text) out.push({ field, text, anchor: value });
  }
  return out;
}

export const amazonAdapter: SiteAdapter = {
  id: 'amazon',
  domains: AMAZON_DOMAINS,
  extract(doc) {
    return [
      ...readCandidates(doc, SELLER_SELECTORS, 'seller'),
      ...readCandidates(doc, '#bylineInfo', 'brand', (link) =>
        brandFromBylineHref(link.getAttribute('href') ?? ''),
      ),
      // The product-overview row's class names the attribute (po-brand) in every locale.
      ...readCandidates(doc, 'tr.po-brand td:last-child', 'brand'),
      ...readCandidates(doc, 'tr.po-manufacturer td:last-child', 'manufacturer'),
      ...readDetailTables(doc),
    ];
  },
  isMarketplaceName: (text) => /^amazon\b/i.test(cleanText(text)),
};
