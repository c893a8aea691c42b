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

/** Returns a function giving the 1-based line and column of an offset; line starts are indexed once. */
export function createLineLocator(
  text: string,
): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

/** 1-based line and column of an offset. */
export function locateOffset(text: string, offset: number): { line: number; column: number } {
  return createLineLocator(text)(offset);
}
