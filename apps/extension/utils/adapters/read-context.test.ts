// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readJsonLdContext } from './read-context';

function page(jsonLd: unknown): Document {
  document.head.innerHTML = `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`;
  return document;
}

describe('readJsonLdContext', () => {
  it('reads the seller’s country and city from a product’s offer', () => {
    const doc = page({
      '@type': 'Product',
      offers: {
        '@type': 'Offer',
        seller: {
          '@type': 'Organization',
          name: 'Some Trading Co',
          address: {
            '@type': 'PostalAddress',
            addressCountry: 'RU',
            addressLocality: 'Vladivostok',
          },
        },
      },
    });
    expect(readJsonLdContext(doc)).toEqual({ countries: ['RU'], cities: ['Vladivostok'] });
  });

  it('ignores addresses of things that are not a selling or making party, and bad JSON', () => {
    expect(
      readJsonLdContext(page({ '@type': 'WebPage', address: { addressCountry: 'US' } })),
    ).toBeNull();
    document.head.innerHTML = '<script type="application/ld+json">{not json</script>';
    expect(readJsonLdContext(document)).toBeNull();
  });
});
