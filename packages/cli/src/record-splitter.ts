const QUOTE = '"';

export interface RecordBlock {
  /** Complete records joined by their original line breaks, without the last record's line break. */
  text: string;
  /** Physical line (1-based) where each record starts. */
  lines: number[];
  /** Offsets of each record in `text` (start inclusive, end exclusive, line break excluded). */
  starts: number[];
  ends: number[];
}

export interface RecordSplitterOptions {
  delimiter: string;
  newline: '\r\n' | '\n' | '\r';
  /** A quoted cell may span at most this many lines before its opening line is reported as malformed. */
  maxRecordLines?: number;
  maxRecordChars?: number;
  /** Line number of the first line pushed (default 1). */
  firstLine?: number;
  onBlock(block: RecordBlock): void;
  onMalformed(line: number, reason: string): void;
}

export interface RecordSplitter {
  push(text: string): void;
  end(): void;
}

/**
 * Splits CSV text into records by the quoting rules papaparse applies, but bounds a quoted cell: papaparse reads an
 * unterminated quote to the end of the input as one cell (losing every later row, and re-parsing the growing
 * remainder on each streamed chunk), so here such a line is reported and reading resumes on the next line.
 */
export function createRecordSplitter(options: RecordSplitterOptions): RecordSplitter {
  const { delimiter, onBlock, onMalformed } = options;
  const breakChar = options.newline === '\r' ? '\r' : '\n';
  const maxLines = options.maxRecordLines ?? 100;
  const maxChars = options.maxRecordChars ?? 64 * 1024;
  let remainder = '';
  let nextLine = options.firstLine ?? 1;

  // Returns whether a quoted cell is still open at `end` (exclusive), starting at a cell start or inside quotes.
  function scanLine(
    text: string,
    start: number,
    end: number,
    inQuote: boolean,
    nextQuote: number,
  ): boolean {
    if (!inQuote && (nextQuote === -1 || nextQuote >= end)) return false;
    let i = start;
    let quoted = inQuote;
    for (;;) {
      if (quoted) {
        const close = text.indexOf(QUOTE, i);
        if (close === -1 || close >= end) return true;
        if (close + 1 < end && text[close + 1] === QUOTE) {
          i = close + 2;
          continue;
        }
        let after = close + 1;
        while (after < end && text[after] === ' ') after++;
        if (after >= end) return false;
        // Text after a closing quote (`"ACME" Ltd,`): papaparse would keep looking for a later quote and swallow
        // the following rows; ending the cell here keeps the damage to this one row, which papaparse then flags.
        quoted = false;
        i = text.startsWith(delimiter, after) ? after + delimiter.length : after;
        continue;
      }
      if (i < end && text[i] === QUOTE) {
        quoted = true;
        i++;
        continue;
      }
      const next = text.indexOf(delimiter, i);
      if (next === -1 || next >= end) return false;
      i = next + delimiter.length;
    }
  }

  function process(text: string, final: boolean): void {
    const block: RecordBlock = { text: '', lines: [], starts: [], ends: [] };
    let blockStart = -1;
    let blockEnd = -1;
    const flush = () => {
      if (blockStart < 0) return;
      block.text = text.slice(blockStart, blockEnd);
      for (let k = 0; k < block.starts.length; k++) {
        block.starts[k] = (block.starts[k] ?? 0) - blockStart;
        block.ends[k] = (block.ends[k] ?? 0) - blockStart;
      }
      onBlock(block);
      block.lines = [];
      block.starts = [];
      block.ends = [];
      blockStart = -1;
    };

    let recordStart = 0;
    let recordLine = nextLine;
    let lineStart = 0;
    let linesInRecord = 0;
    let firstLineBreak = -1;
    let inQuote = false;
    let nextQuote = text.indexOf(QUOTE);
    const reportRunaway = (atEnd: boolean) => {
      flush();
      onMalformed(
        recordLine,
        atEnd
          ? 'unterminated quoted cell: a cell on this line opens a quote that is never closed; check for a stray "'
          : `unterminated quoted cell: a cell on this line opens a quote that is not closed within ${maxLines} lines; check for a stray "`,
      );
      // Resume on the line after the one that opened the quote.
      recordStart = firstLineBreak + 1;
      lineStart = recordStart;
      recordLine += 1;
      linesInRecord = 0;
      inQuote = false;
    };
    for (;;) {
      let lineBreak = text.indexOf(breakChar, lineStart);
      if (lineBreak === -1) {
        if (!final) break;
        if (lineStart >= text.length) {
          // The input ends inside a quoted cell that began on an earlier line.
          if (linesInRecord === 0 || recordStart >= text.length) break;
          reportRunaway(true);
          continue;
        }
        lineBreak = text.length;
      }
      let contentEnd = lineBreak;
      if (breakChar === '\n' && contentEnd > lineStart && text[contentEnd - 1] === '\r')
        contentEnd--;
      if (nextQuote !== -1 && nextQuote < lineStart) nextQuote = text.indexOf(QUOTE, lineStart);
      inQuote = scanLine(text, lineStart, contentEnd, inQuote, nextQuote);
      linesInRecord++;
      if (linesInRecord === 1) firstLineBreak = lineBreak;
      const atEnd = lineBreak >= text.length;
      if (!inQuote) {
        if (blockStart < 0) blockStart = recordStart;
        block.lines.push(recordLine);
        block.starts.push(recordStart);
        block.ends.push(contentEnd);
        blockEnd = contentEnd;
        recordLine += linesInRecord;
        recordStart = lineBreak + 1;
        lineStart = recordStart;
        linesInRecord = 0;
        if (atEnd) break;
        continue;
      }
      const runaway = linesInRecord >= maxLines || lineBreak - recordStart > maxChars || atEnd;
      if (!runaway) {
        lineStart = lineBreak + 1;
        continue;
      }
      reportRunaway(atEnd);
      if (recordStart > text.length || (recordStart === text.length && final)) break;
    }
    flush();
    remainder = recordStart < text.length ? text.slice(recordStart) : '';
    nextLine = recordLine;
  }

  return {
    push(text) {
      process(remainder + text, false);
    },
    end() {
      if (remainder.length > 0) process(remainder, true);
      remainder = '';
    },
  };
}
