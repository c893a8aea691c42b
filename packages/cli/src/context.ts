/** The words around a span of text, whitespace collapsed, with `…` where the text goes on. */
export function extractContext(
  text: string,
  start: number,
  end: number,
  options: { words?: number } = {},
): string {
  const words = options.words ?? 8;
  const before = text.slice(Math.max(0, start - 400), start).split(/\s+/);
  const after = text.slice(end, end + 400).split(/\s+/);
  // The first piece before and the last piece after may be cut mid-word by the 400-character window.
  const head = before
    .slice(-words - 1)
    .join(' ')
    .replace(/^\s+/, '');
  const tail = after
    .slice(0, words + 1)
    .join(' ')
    .replace(/\s+$/, '');
  const headCut = before.length > words + 1 || start - 400 > 0;
  const tailCut = after.length > words + 1 || end + 400 < text.length;
  const middle = text.slice(start, end).replace(/\s+/g, ' ');
  return `${headCut ? '…' : ''}${head}${middle}${tail}${tailCut ? '…' : ''}`
    .replace(/\s+/g, ' ')
    .trim();
}

/** 1-based line and column of an offset. */
export function locateOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
