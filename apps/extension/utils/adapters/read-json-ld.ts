import type { TypedField } from '../fields';
import { cleanText } from './read-text';
import type { FieldCandidate } from './types';

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function nameOf(value: JsonValue | undefined): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const name = value['name'];
    return typeof name === 'string' ? name : '';
  }
  return '';
}

function asList(value: JsonValue | undefined): JsonValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function collectFromNode(node: JsonValue, out: FieldCandidate[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collectFromNode(child, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const push = (field: TypedField, value: JsonValue | undefined): void => {
    for (const entry of asList(value)) {
      const text = cleanText(nameOf(entry));
      if (text) out.push({ field, text, anchor: null });
    }
  };
  push('brand', node['brand']);
  push('manufacturer', node['manufacturer']);
  for (const offer of asList(node['offers'])) {
    if (offer && typeof offer === 'object' && !Array.isArray(offer)) {
      push('seller', offer['seller']);
      for (const nested of asList(offer['offers'])) {
        if (nested && typeof nested === 'object' && !Array.isArray(nested))
          push('seller', nested['seller']);
      }
    }
  }
  if (node['@graph']) collectFromNode(node['@graph'], out);
}

/** Brand, manufacturer and offer sellers from the page's schema.org JSON-LD blocks (Product / Offer). */
export function readJsonLdCandidates(doc: Document): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectFromNode(JSON.parse(script.textContent ?? '') as JsonValue, out);
    } catch {
      // A malformed block on someone else's page is not our error; skip it.
    }
  }
  return out;
}
