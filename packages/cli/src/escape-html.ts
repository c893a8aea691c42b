const replacements: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => replacements[character] ?? character);
}

/** Only https and http links are kept; anything else (javascript:, data:) becomes plain text. */
export function isSafeLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
