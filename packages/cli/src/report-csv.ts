import Papa from 'papaparse';
import { generateReportRows, reportFields } from './report-rows.js';
import { sanitizeCell } from './sanitize-text.js';
import type { ScreenResult } from './screen-types.js';

const ROWS_PER_CHUNK = 1000;
const unparseOptions = { escapeFormulae: true, newline: '\n' } as const;

/**
 * The CSV report in chunks of lines, so a run with hundreds of thousands of hits is written piece by piece and
 * never held as one string. Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) get
 * a leading `'`, as OWASP's CSV-injection advice says, because every value comes from the screened file.
 */
export function* streamCsvReport(result: ScreenResult): Generator<string> {
  yield `${Papa.unparse([reportFields as string[]], unparseOptions)}\n`;
  let rows: string[][] = [];
  for (const row of generateReportRows(result)) {
    rows.push(row.map(sanitizeCell));
    if (rows.length === ROWS_PER_CHUNK) {
      yield `${Papa.unparse(rows, unparseOptions)}\n`;
      rows = [];
    }
  }
  if (rows.length > 0) yield `${Papa.unparse(rows, unparseOptions)}\n`;
}

/** The whole CSV report as one string (for small results and the API); the CLI writes {@link streamCsvReport}. */
export function formatCsvReport(result: ScreenResult): string {
  return [...streamCsvReport(result)].join('');
}
