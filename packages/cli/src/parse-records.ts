import Papa from 'papaparse';
import { createRecordSplitter, type RecordBlock, type RecordSplitter } from './record-splitter.js';

export interface RecordParserOptions {
  delimiter: string;
  newline: '\r\n' | '\n' | '\r';
  /** Called for every record papaparse split cleanly, in input order. `fields` is not kept by the parser. */
  onRecord(fields: string[], line: number): void;
  /** Called for every record that cannot be trusted, with the reason. */
  onMalformed(line: number, reason: string): void;
  /** How far a quoted cell may run before its line is reported (see the record splitter). */
  maxRecordLines?: number;
}

const papaReasons: Record<string, string> = {
  InvalidQuotes: 'malformed quotes: text follows a closing quote inside a cell',
  MissingQuotes: 'unterminated quoted cell',
};

/** Streams CSV text into records: the splitter bounds quoted cells, papaparse splits each block into fields. */
export function createRecordParser(options: RecordParserOptions): RecordSplitter {
  const { delimiter, newline, onRecord, onMalformed } = options;
  const config = { delimiter, newline, quoteChar: '"' } as const;

  function createSplitter(firstLine: number): RecordSplitter {
    return createRecordSplitter({
      delimiter,
      newline,
      firstLine,
      ...(options.maxRecordLines ? { maxRecordLines: options.maxRecordLines } : {}),
      onBlock: parseBlock,
      onMalformed,
    });
  }

  // A malformed record that spans several lines may have swallowed good rows (a stray quote pairs with the
  // quote that opens a later row): report its first line only and read the lines after it again.
  function rejectRecord(line: number, reason: string, text: string): void {
    onMalformed(line, reason);
    const lineBreak = text.indexOf(newline === '\r' ? '\r' : '\n');
    if (lineBreak === -1) return;
    const again = createSplitter(line + 1);
    again.push(text.slice(lineBreak + 1));
    again.end();
  }

  function parseOneByOne(block: RecordBlock): void {
    for (let k = 0; k < block.lines.length; k++) {
      const line = block.lines[k] ?? 0;
      const text = block.text.slice(block.starts[k], block.ends[k]).replace(/\r$/, '');
      if (text === '') {
        onRecord([''], line);
        continue;
      }
      const result = Papa.parse<string[]>(text, config);
      const first = result.errors[0];
      if (first) rejectRecord(line, papaReasons[first.code] ?? first.message, text);
      else if (result.data.length !== 1 || !result.data[0]) {
        onMalformed(line, 'mixed line breaks: this row could not be split consistently');
      } else onRecord(result.data[0], line);
    }
  }

  function parseBlock(block: RecordBlock): void {
    const result = Papa.parse<string[]>(block.text, config);
    // Papaparse and the splitter agree on record boundaries unless line breaks are mixed (LF rows in a CRLF file)
    // or a quote is malformed; then each record is parsed on its own.
    if (result.data.length !== block.lines.length) {
      parseOneByOne(block);
      return;
    }
    let errorRows: Map<number, string> | undefined;
    for (const error of result.errors) {
      if (error.row === undefined) continue;
      errorRows ??= new Map();
      if (!errorRows.has(error.row))
        errorRows.set(error.row, papaReasons[error.code] ?? error.message);
    }
    const rows = result.data;
    for (let k = 0; k < rows.length; k++) {
      const line = block.lines[k] ?? 0;
      const reason = errorRows?.get(k);
      if (reason !== undefined)
        rejectRecord(line, reason, block.text.slice(block.starts[k], block.ends[k]));
      else onRecord(rows[k] as string[], line);
    }
  }

  return createSplitter(1);
}
