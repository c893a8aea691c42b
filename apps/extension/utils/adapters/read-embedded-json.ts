import type { TypedField } from '../fields';
import { cleanText } from './read-text';
import type { FieldCandidate } from './types';

const MAX_VALUES_PER_KEY = 50;

function decodeJsonString(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads string values of named keys from the page's inline data scripts (`"storeName":"…"`), also when the JSON is
 * itself a string inside a script (`\"storeName\":\"…\"`). The values are structured fields, not free text: the
 * generic scan never reads script text.
 */
export function readEmbeddedJsonCandidates(
  doc: Document,
  keys: Readonly<Record<string, TypedField>>,
): FieldCandidate[] {
  const keyPattern = Object.keys(keys).map(escapeRegExp).join('|');
  if (!keyPattern) return [];
  const pattern = new RegExp(
    `(\\\\?)"(${keyPattern})\\1"\\s*:\\s*\\1"((?:[^"\\\\]|\\\\[^"])*)\\1"`,
    'g',
  );
  const counts = new Map<string, number>();
  const out: FieldCandidate[] = [];
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const type = script.getAttribute('type');
    if (type && !/javascript|json|module/i.test(type)) continue;
    const source = script.textContent ?? '';
    for (const found of source.matchAll(pattern)) {
      const key = found[2] ?? '';
      const field = keys[key];
      const count = counts.get(key) ?? 0;
      if (!field || count >= MAX_VALUES_PER_KEY) continue;
      // A double-escaped value (`\\u002F`) needs two rounds of decoding.
      let value = decodeJsonString(found[3] ?? '');
      if (found[1]) value = decodeJsonString(value);
      const text = cleanText(value);
      if (text) {
        counts.set(key, count + 1);
        out.push({ field, text, anchor: null });
      }
    }
  }
  return out;
}
