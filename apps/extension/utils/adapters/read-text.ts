import type { TypedField } from '../fields';
import type { FieldCandidate } from './types';

// Bidi and zero-width marks Amazon wraps around labels and values (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
const INVISIBLE_MARKS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Collapses whitespace and strips invisible marks; the page's text is otherwise kept as written. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(INVISIBLE_MARKS, '').replace(/\s+/g, ' ').trim();
}

/** Lower-cased label without trailing colons, for comparing table labels across locales. */
export function normalizeLabel(text: string | null | undefined): string {
  return cleanText(text)
    .replace(/[:：]\s*$/, '')
    .trim()
    .toLowerCase();
}

/** One candidate per element matched by `selector`, read with `read` (the element's text by default). */
export function readCandidates(
  doc: ParentNode,
  selector: string,
  field: TypedField,
  read: (element: Element) => string | null = (element) => element.textContent,
): FieldCandidate[] {
  const candidates: FieldCandidate[] = [];
  for (const element of doc.querySelectorAll(selector)) {
    const text = cleanText(read(element));
    if (text) candidates.push({ field, text, anchor: element });
  }
  return candidates;
}

/** Decodes a percent-encoded URL piece, leaving it as it was when it is not valid encoding. */
export function decodeUrlPiece(piece: string): string {
  try {
    return decodeURIComponent(piece.replace(/\+/g, ' '));
  } catch {
    return piece;
  }
}
