import { decodeHtmlEntities } from './html-entities.js';

/** The text a reader sees on a saved page, with a way back to offsets in the HTML source. */
export interface VisibleText {
  text: string;
  /** Maps an offset in `text` to the offset in the HTML where that piece of text starts (approximately inside it). */
  toSourceOffset(textOffset: number): number;
}

// Elements whose content is never shown as page text (raw text: skipped to the closing tag).
const SKIPPED_RAW = new Set([
  'script',
  'style',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'textarea',
]);
// Elements whose content is parsed but not shown.
const HIDDEN_ELEMENTS = new Set(['head', 'template', 'object', 'datalist', 'select']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
// An open element of the key closes when one of these opens (the HTML parser's implied end tags, simplified).
const IMPLIED_END: Record<string, readonly string[]> = {
  p: [
    'p',
    'div',
    'ul',
    'ol',
    'table',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'section',
    'article',
    'header',
    'footer',
  ],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  option: ['option'],
  td: ['td', 'th', 'tr'],
  th: ['td', 'th', 'tr'],
  tr: ['tr'],
};

const OPEN_TAG = /<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const CLOSE_TAG = /<\/([a-zA-Z][^\s/>]*)[^>]*>/y;
const ATTRIBUTE = /([^\s=/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function hidesContent(attributes: string): boolean {
  if (!attributes.trim()) return false;
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? match[3] ?? match[4] ?? '').trim().toLowerCase();
    if (name === 'hidden') return true;
    if (name === 'aria-hidden' && value === 'true') return true;
    if (name === 'style' && HIDING_STYLE.test(value)) return true;
  }
  return false;
}

/**
 * Extracts the visible text of an HTML document, tolerant of broken markup: no script, style, template, head,
 * noscript or hidden content (`hidden`, `aria-hidden="true"`, inline `display:none` / `visibility:hidden`),
 * block elements separated by line breaks so names in neighbouring cells never run together.
 */
export function extractVisibleText(html: string): VisibleText {
  const parts: string[] = [];
  const segmentText: number[] = [];
  const segmentSource: number[] = [];
  let length = 0;
  const stack: { name: string; hidden: boolean }[] = [];
  const hidden = () => stack.length > 0 && (stack[stack.length - 1] as { hidden: boolean }).hidden;

  const append = (text: string, sourceOffset: number) => {
    if (!text) return;
    segmentText.push(length);
    segmentSource.push(sourceOffset);
    parts.push(text);
    length += text.length;
  };
  const breakLine = (sourceOffset: number) => {
    if (length > 0 && !parts[parts.length - 1]?.endsWith('\n')) append('\n', sourceOffset);
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const end = lt === -1 ? n : lt;
    if (end > i && !hidden()) append(decodeHtmlEntities(html.slice(i, end)), i);
    if (lt === -1) break;
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? n : close + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      const close = html.indexOf('>', lt);
      i = close === -1 ? n : close + 1;
      continue;
    }
    if (next === '/') {
      CLOSE_TAG.lastIndex = lt;
      const match = CLOSE_TAG.exec(html);
      if (!match) {
        if (!hidden()) append('<', lt);
        i = lt + 1;
        continue;
      }
      const name = (match[1] ?? '').toLowerCase();
      let found = stack.length - 1;
      while (found >= 0 && stack[found]?.name !== name) found--;
      if (found >= 0) stack.length = found;
      if (BLOCK.has(name)) breakLine(lt);
      i = CLOSE_TAG.lastIndex;
      continue;
    }
    OPEN_TAG.lastIndex = lt;
    const match = OPEN_TAG.exec(html);
    if (!match) {
      if (!hidden()) append('<', lt);
      i = lt + 1;
      continue;
    }
    i = OPEN_TAG.lastIndex;
    const name = (match[1] ?? '').toLowerCase();
    const attributes = match[2] ?? '';
    if (SKIPPED_RAW.has(name)) {
      const closing = new RegExp(`</${name}[\\s>/]`, 'ig');
      closing.lastIndex = i;
      const closeMatch = closing.exec(html);
      if (!closeMatch) {
        i = n;
        break;
      }
      const close = html.indexOf('>', closeMatch.index);
      i = close === -1 ? n : close + 1;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && IMPLIED_END[top.name]?.includes(name)) stack.pop();
    if (BLOCK.has(name)) breakLine(lt);
    if (VOID.has(name) || attributes.trimEnd().endsWith('/')) continue;
    stack.push({ name, hidden: hidden() || HIDDEN_ELEMENTS.has(name) || hidesContent(attributes) });
  }

  const text = parts.join('');
  return {
    text,
    toSourceOffset(textOffset) {
      let low = 0;
      let high = segmentText.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((segmentText[middle] ?? 0) <= textOffset) low = middle;
        else high = middle - 1;
      }
      if (segmentText.length === 0) return 0;
      return (segmentSource[low] ?? 0) + (textOffset - (segmentText[low] ?? 0));
    },
  };
}
