import Papa from 'papaparse';
import type { DatasetIssue } from './issue.js';

export interface CsvRow {
  /** Physical line the row starts on (1-based); quoted cells with line breaks push later rows down. */
  line: number;
  cells: string[];
  /** True when the quoting of this row is broken, so its cells cannot be trusted. */
  broken: boolean;
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
  /** Lines that hold nothing (or only spaces) between rows. */
  blankLines: number[];
  issues: DatasetIssue[];
  /** False when the text could not be split into rows reliably (an unclosed quote). */
  complete: boolean;
}

/** Splits decoded CSV text into a header and rows with their line numbers, reporting quoting problems. */
export function parseCsv(text: string, file: string): ParsedCsv {
  const parsed: ParsedCsv = { header: [], rows: [], blankLines: [], issues: [], complete: true };
  if (text.trim() === '') {
    parsed.issues.push({
      file,
      line: 1,
      message: 'the file is empty; it needs at least its header line',
    });
    parsed.complete = false;
    return parsed;
  }
  let offset = 0;
  let line = 1;
  let sawHeader = false;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const rowLine = line;
      const end = result.meta.cursor;
      line += countNewlines(text, offset, end);
      offset = end;
      const cells = result.data;
      const atEnd = text.slice(end).trim() === '';
      const lastLine = line - (text[end - 1] === '\n' ? 1 : 0);
      const id = sawHeader && parsed.header[0]?.trim() === 'id' ? cells[0]?.trim() : undefined;
      for (const error of result.errors) {
        parsed.issues.push({
          ...describeQuoteError(error.code, file, rowLine, lastLine),
          ...(id && { id }),
        });
        parsed.complete = false;
      }
      if (cells.length === 1 && (cells[0] ?? '').trim() === '') {
        if (sawHeader && !(atEnd && cells[0] === '')) parsed.blankLines.push(rowLine);
        return;
      }
      if (!sawHeader) {
        parsed.header = cells;
        sawHeader = true;
        return;
      }
      parsed.rows.push({ line: rowLine, cells, broken: result.errors.length > 0 });
    },
  });
  return parsed;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1))
    count += 1;
  return count;
}

function describeQuoteError(
  code: string,
  file: string,
  line: number,
  lastLine: number,
): DatasetIssue {
  const span = lastLine > line ? ` (lines ${line}–${lastLine} were read as one row)` : '';
  if (code === 'MissingQuotes' || (code === 'InvalidQuotes' && lastLine > line)) {
    return {
      file,
      line,
      message: `unclosed quote: a cell on this line opens a " that is not closed where the cell ends${span}; add the closing " or remove the opening one`,
    };
  }
  if (code === 'InvalidQuotes') {
    return {
      file,
      line,
      message:
        'a quoted cell goes on after its closing quote; quote the whole cell and write any " inside it as ""',
    };
  }
  return { file, line, message: `could not be read as CSV (${code}); check the quotes and commas` };
}
