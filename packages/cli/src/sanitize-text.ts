// C0 and C1 controls (ESC starts terminal escape sequences; CR overwrites the line), DEL, and the invisible
// characters that reorder or hide text: bidi embeddings, overrides and isolates, the Arabic letter mark, and the
// line and paragraph separators. Matching control characters is this module's job.
const UNSAFE_IN_TERMINAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_CELL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeCharacter = (character: string) =>
  `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text from the input made safe to print: every control or bidi character (except line feed and tab) is shown as its
 * `\uXXXX` escape, so a crafted supplier name can neither erase the lines around it nor reverse what is shown. The
 * escape is also valid inside a JSON string, so JSON output can pass through it unchanged in meaning.
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(UNSAFE_IN_TERMINAL, escapeCharacter);
}

/** The same for a spreadsheet cell, which may keep its line breaks (CR, LF) and tabs. */
export function sanitizeCell(text: string): string {
  return text.replace(UNSAFE_IN_CELL, escapeCharacter);
}
