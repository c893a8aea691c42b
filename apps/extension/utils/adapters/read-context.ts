import type { PageContext } from '../match-client';
import { cleanText } from './read-text';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const PARTY_KEYS = ['seller', 'manufacturer', 'brand', 'offers', 'provider', '@graph'];
/** Only the address of a party that sells or makes the goods counts; a page's own publisher does not. */
const PARTY_TYPES = new Set([
  'Organization',
  'Corporation',
  'LocalBusiness',
  'Store',
  'OnlineStore',
]);

function textOf(value: Json | undefined): string {
  if (typeof value === 'string') return cleanText(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) return textOf(value['name']);
  return '';
}

function collectAddresses(node: Json, isParty: boolean, out: PageContext): void {
  if (Array.isArray(node)) {
    for (const child of node) collectAddresses(child, isParty, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const types = [node['@type']].flat().filter((type): type is string => typeof type === 'string');
  const party = isParty || types.some((type) => PARTY_TYPES.has(type));
  const address = node['address'];
  if (party && address && typeof address === 'object' && !Array.isArray(address)) {
    const country = textOf(address['addressCountry']);
    const city = textOf(address['addressLocality']);
    if (country) (out.countries ??= []).push(country);
    if (city) (out.cities ??= []).push(city);
  }
  for (const key of PARTY_KEYS) {
    const child = node[key];
    if (child !== undefined) collectAddresses(child, key !== '@graph' || party, out);
  }
}

/**
 * The seller's or maker's address as the page's schema.org JSON-LD states it (`PostalAddress.addressCountry`,
 * `addressLocality`): the page context every marketplace adapter can read without site selectors.
 */
export function readJsonLdContext(doc: Document): PageContext | null {
  const out: PageContext = {};
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectAddresses(JSON.parse(script.textContent ?? '') as Json, false, out);
    } catch {
      // A malformed block on someone else's page is not our error; skip it.
    }
  }
  return out.countries || out.cities ? out : null;
}
