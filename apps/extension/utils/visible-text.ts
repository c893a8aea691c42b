/** Text of one block element, assembled from its own text nodes (inline descendants included, nested blocks not). */
export interface TextBlock {
  block: Element;
  text: string;
  /** Each text node with the offset where its text starts in `text`. */
  pieces: { node: Text; start: number }[];
}

// Never read: code, data and form controls. Scripts and inline JSON are the classic false-positive source.
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'svg',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'CODE',
  'PRE',
  'MATH',
  'math',
]);

const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'BR',
  'INS',
  'DEL',
  'NOBR',
]);

/** Our own UI hosts (`nkscreen-badge`, `nkscreen-overlay`, or a suffixed name when a page took those): never scanned. */
const isOwnUi = (element: Element): boolean => element.tagName.startsWith('NKSCREEN-');

const MIN_TEXT_LENGTH = 3;
/**
 * Long blocks are read in windows of this many characters, overlapping by WINDOW_OVERLAP so a name on a window edge
 * is whole in one of them (no listed name is longer than a few hundred characters). Padding a paragraph therefore
 * cannot push a name out of reach, and each request to the matcher stays bounded.
 */
export const WINDOW_LENGTH = 4_000;
export const WINDOW_OVERLAP = 400;
/** A block longer than this (about 250 printed pages) is read up to here only: a stated bound on work per block. */
export const MAX_BLOCK_LENGTH = 1_000_000;

function isSkippedElement(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName) || isOwnUi(element) || element.hasAttribute('hidden');
}

/** True when `node` sits inside something the scan never reads (script, style, our UI, hidden subtree). */
export function isInsideSkippedElement(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (isSkippedElement(element)) return true;
  }
  return false;
}

function findBlock(element: Element, cache: Map<Element, Element>): Element {
  const cached = cache.get(element);
  if (cached) return cached;
  let block = element;
  while (INLINE_TAGS.has(block.tagName) && block.parentElement) block = block.parentElement;
  cache.set(element, block);
  return block;
}

const XHTML = 'http://www.w3.org/1999/xhtml';

/**
 * Walks the text nodes under `root` and yields once per node so a caller can slice the work; returns the visible
 * text blocks. A text-only walker with no filter callback keeps the walk native (a JS filter per node doubled its
 * cost on a 7,500-element page); script, style and form text is dropped by its parent's tag. Reads only: nothing
 * here writes to the DOM, so it never forces layout between writes.
 */
export function* walkTextBlocks(root: Node): Generator<void, TextBlock[]> {
  const doc = root.ownerDocument ?? (root as Document);
  const blocks = new Map<Element, TextBlock>();
  const blockCache = new Map<Element, Element>();
  if (root.nodeType === Node.ELEMENT_NODE && isSkippedElement(root as Element)) return [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let previousBlock: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    yield;
    const parent = node.parentElement;
    if (!parent || SKIPPED_TAGS.has(parent.tagName) || isOwnUi(parent)) continue;
    if (parent.namespaceURI !== XHTML) continue;
    const value = node.nodeValue ?? '';
    const block = findBlock(parent, blockCache);
    let entry = blocks.get(block);
    if (!/\S/.test(value)) {
      // Whitespace between inline tags still separates words ("<b>Korea</b> <span>Namgang</span>").
      if (entry && !entry.text.endsWith(' ')) entry.text += ' ';
      continue;
    }
    if (!entry) {
      entry = { block, text: '', pieces: [] };
      blocks.set(block, entry);
    } else if (previousBlock !== block) {
      // Coming back after a nested block: keep words on either side of it apart.
      entry.text += ' ';
    }
    entry.pieces.push({ node: node as Text, start: entry.text.length });
    entry.text += value;
    previousBlock = block;
  }
  const visible: TextBlock[] = [];
  for (const entry of blocks.values()) {
    if (entry.text.trim().length < MIN_TEXT_LENGTH) continue;
    yield;
    if (!isVisible(entry.block)) continue;
    if (entry.text.length <= WINDOW_LENGTH) visible.push(entry);
    else for (const window of splitIntoWindows(entry)) visible.push(window);
  }
  return visible;
}

/** Where a window may end: the last space before `limit` in its second half, else `limit` itself. */
function findWindowEnd(text: string, start: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const space = text.lastIndexOf(' ', limit);
  return space > start + WINDOW_LENGTH / 2 ? space : limit;
}

/**
 * Splits a long block into overlapping windows that keep the block element and re-base the text pieces, so
 * `findTextNodeAt` still finds the node holding a hit's first character.
 */
export function splitIntoWindows(entry: TextBlock): TextBlock[] {
  const windows: TextBlock[] = [];
  const total = Math.min(entry.text.length, MAX_BLOCK_LENGTH);
  for (let start = 0; start < total;) {
    const end = findWindowEnd(entry.text, start, Math.min(start + WINDOW_LENGTH, total));
    const pieces = entry.pieces
      .filter((piece, index) => {
        const next = entry.pieces[index + 1]?.start ?? Number.POSITIVE_INFINITY;
        return piece.start < end && next > start;
      })
      .map((piece) => ({ node: piece.node, start: piece.start - start }));
    windows.push({ block: entry.block, text: entry.text.slice(start, end), pieces });
    if (end >= total) break;
    start = Math.max(end - WINDOW_OVERLAP, start + 1);
  }
  return windows;
}

function isVisible(element: Element): boolean {
  // The hidden attribute is checked directly: it is cheap, and test DOMs without layout honour it too.
  if (element.closest('[hidden]')) return false;
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean })
    .checkVisibility;
  return check ? check.call(element, { visibilityProperty: true }) : true;
}

/** The text node holding UTF-16 offset `offset` of a block's text. */
export function findTextNodeAt(block: TextBlock, offset: number): Text | null {
  let found: Text | null = null;
  for (const piece of block.pieces) {
    if (piece.start > offset) break;
    found = piece.node;
  }
  return found;
}
