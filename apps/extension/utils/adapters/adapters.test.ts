// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PLANTED, parseFixture } from '../../fixtures/load-fixture';
import { findSiteAdapter } from './registry';
import type { FieldCandidate } from './types';

function extract(file: string, hostname: string): FieldCandidate[] {
  const adapter = findSiteAdapter(hostname);
  if (!adapter) throw new Error(`no adapter for ${hostname}`);
  return adapter
    .extract(parseFixture(file))
    .filter((candidate) => !adapter.isMarketplaceName(candidate.text));
}

function fields(candidates: FieldCandidate[]): string[] {
  return [
    ...new Set(candidates.map((candidate) => `${candidate.field}: ${candidate.text}`)),
  ].sort();
}

describe('findSiteAdapter', () => {
  it('keys adapters by host family, every Amazon TLD included', () => {
    expect(findSiteAdapter('www.amazon.co.jp')?.id).toBe('amazon');
    expect(findSiteAdapter('www.amazon.com.br')?.id).toBe('amazon');
    expect(findSiteAdapter('zhenbenchina.en.alibaba.com')?.id).toBe('alibaba');
    expect(findSiteAdapter('detail.1688.com')?.id).toBe('1688');
    expect(findSiteAdapter('he.aliexpress.com')?.id).toBe('aliexpress');
    expect(findSiteAdapter('bidisco.en.made-in-china.com')?.id).toBe('made-in-china');
    expect(findSiteAdapter('www.globalsources.com')?.id).toBe('global-sources');
    expect(findSiteAdapter('ie.dhgate.com')?.id).toBe('dhgate');
    expect(findSiteAdapter('www.temu.com')?.id).toBe('temu');
  });

  it('returns null for other sites and look-alike hosts', () => {
    expect(findSiteAdapter('example.com')).toBeNull();
    expect(findSiteAdapter('notamazon.com')).toBeNull();
    expect(findSiteAdapter('amazon.com.evil.test')).toBeNull();
  });
});

describe('amazon adapter', () => {
  it('reads seller, brand and manufacturer on amazon.in from ids, hrefs and classes', () => {
    const candidates = extract('amazon-in-product.html', 'www.amazon.in');
    expect(fields(candidates)).toEqual([
      'brand: KINIS',
      'brand: kinis',
      'manufacturer: KINIS',
      `seller: ${PLANTED.SELLER}`,
    ]);
    expect(candidates.find((candidate) => candidate.field === 'seller')?.anchor?.id).toBe(
      'sellerProfileTriggerId',
    );
  });

  it('never reads names from scripts or inline JSON', () => {
    const candidates = extract('amazon-in-product.html', 'www.amazon.in');
    expect(candidates.some((candidate) => candidate.text.includes(PLANTED.SCRIPT_ONLY))).toBe(
      false,
    );
  });

  it('works on the Spanish page without English labels', () => {
    expect(fields(extract('amazon-es-product.html', 'www.amazon.es'))).toEqual([
      'brand: Hercules',
      `manufacturer: ${PLANTED.MANUFACTURER}`,
      `seller: ${PLANTED.SELLER}`,
    ]);
  });

  it('treats Amazon itself as the marketplace, not as a seller', () => {
    const adapter = findSiteAdapter('www.amazon.com');
    const all = adapter?.extract(parseFixture('amazon-com-product.html')) ?? [];
    const seller = all.find((candidate) => candidate.field === 'seller');
    expect(seller?.text).toBe('Amazon.com');
    expect(adapter?.isMarketplaceName('Amazon EU S.à r.l.')).toBe(true);
    expect(adapter?.isMarketplaceName('Amazon Segunda mano')).toBe(true);
    expect(adapter?.isMarketplaceName('Kamazon Trading')).toBe(false);
    expect(fields(extract('amazon-com-product.html', 'www.amazon.com'))).toEqual([
      'brand: Data Analyst & Business Analytics Tees',
      'manufacturer: Data Analyst & Business Analytics Tees',
    ]);
  });
});

describe('alibaba adapter', () => {
  it('reads the supplier card, not related-product suppliers', () => {
    expect(fields(extract('alibaba-product.html', 'www.alibaba.com'))).toEqual([
      `supplier: ${PLANTED.SUPPLIER}`,
    ]);
  });

  it('reads the supplier’s registration country for the matcher’s context', () => {
    const adapter = findSiteAdapter('www.alibaba.com');
    expect(adapter?.readContext?.(parseFixture('alibaba-product.html'))).toEqual({
      countries: ['CN'],
    });
  });
});

describe('1688 adapter', () => {
  it('reads legal names from the search data and anchors them to the tile with the paired nickname', () => {
    const candidates = extract('1688-offer-search.html', 's.1688.com');
    const planted = candidates.filter((candidate) => candidate.text === PLANTED.SUPPLIER);
    expect(planted.length).toBeGreaterThan(0);
    expect(planted.every((candidate) => candidate.field === 'supplier')).toBe(true);
    expect(planted.some((candidate) => candidate.anchor?.getAttribute('data-nick'))).toBe(true);
    expect(fields(candidates)).toContain('store: 荣亮达电子');
    expect(fields(candidates)).toContain('supplier: 东莞市励图电子有限公司');
  });
});

describe('aliexpress adapter', () => {
  it('reads the store on the Hebrew right-to-left page, skipping the navigation link', () => {
    const candidates = extract('aliexpress-he-item.html', 'he.aliexpress.com');
    expect(fields(candidates)).toEqual([`seller: ${PLANTED.SELLER}`]);
    expect(candidates.every((candidate) => candidate.anchor?.closest('.shop-name'))).toBe(true);
  });
});

describe('dhgate adapter', () => {
  it('reads the store nickname from the store link and JSON-LD', () => {
    const candidates = extract('dhgate-item.html', 'ie.dhgate.com');
    expect(fields(candidates)).toEqual([`seller: ${PLANTED.SELLER}`]);
    expect(candidates.every((candidate) => candidate.anchor !== null)).toBe(true);
  });
});

describe('made-in-china adapter', () => {
  it('reads the legal name from the shop sign', () => {
    expect(
      fields(extract('made-in-china-seller-profile.html', 'bidisco.en.made-in-china.com')),
    ).toEqual([`supplier: ${PLANTED.SUPPLIER}`]);
  });

  it('reads the supplier’s location line (shown in a collapsed section) for the matcher’s context', () => {
    const adapter = findSiteAdapter('bidisco.en.made-in-china.com');
    expect(adapter?.readContext?.(parseFixture('made-in-china-seller-profile.html'))).toEqual({
      text: 'Guangdong, China',
    });
  });
});

describe('global sources adapter (synthetic fixture)', () => {
  it('reads the supplier attribute and link, and the JSON-LD brand', () => {
    expect(fields(extract('global-sources-product.html', 'www.globalsources.com'))).toEqual([
      'brand: Sonic Wave',
      `supplier: ${PLANTED.SUPPLIER}`,
    ]);
  });
});

describe('temu adapter (synthetic fixture)', () => {
  it('reads the store from its link and the embedded mallName', () => {
    const candidates = extract('temu-item.html', 'www.temu.com');
    expect(fields(candidates)).toEqual([`seller: ${PLANTED.SELLER}`]);
    expect(candidates.every((candidate) => candidate.anchor !== null)).toBe(true);
  });
});
