import type * as z from 'zod';
import { checkHostileCells } from './check-hostile-cells.js';
import { cleanCell, findBlemishes } from './clean-cell.js';
import type { DatasetIssue } from './issue.js';
import type { CsvRow, ParsedCsv } from './parse-csv.js';
import { listColumns } from './vocabulary.js';

export interface CheckedRow<T> {
  line: number;
  /** The id cell as written (trimmed), even when the row is otherwise invalid. */
  id: string;
  /** The typed record; undefined when the row has problems. */
  record?: T;
  /** Cleaned cells by column, for cross-row checks that also look at invalid rows. */
  cells: Record<string, string>;
}

export interface CheckedFile<T> {
  rows: CheckedRow<T>[];
  issues: DatasetIssue[];
  /** True when every row could be read cell by cell, so cross-row checks may trust the file. */
  complete: boolean;
  /** The header's column names as read (trimmed), in file order. */
  header: string[];
}

/** Checks the header against `columns` and every row against `schema`, collecting every problem. */
export function checkRows<T>(
  parsed: ParsedCsv,
  file: string,
  columns: readonly string[],
  schema: z.ZodType<T>,
): CheckedFile<T> {
  const issues: DatasetIssue[] = [];
  if (parsed.header.length === 0) return { rows: [], issues, complete: false, header: [] };
  const today = new Date().toISOString().slice(0, 10);
  const header = parsed.header.map((name) => cleanCell(name, false));
  issues.push(...checkHeader(parsed.header, header, file, columns));
  const position = new Map<string, number>();
  header.forEach((name, index) => {
    if (!position.has(name)) position.set(name, index);
  });
  const missing = new Set(columns.filter((column) => !position.has(column)));

  for (const blank of parsed.blankLines) {
    issues.push({
      file,
      line: blank,
      message: 'blank line between rows; delete it',
      fixable: true,
    });
  }

  const rows = parsed.rows.map((row) => {
    const checked = checkRow(row, { file, columns, header, position, missing, schema, today });
    issues.push(...checked.issues);
    return checked.row;
  });
  const complete = parsed.complete && rows.every((row) => Object.keys(row.cells).length > 0);
  return { rows, issues, complete, header };
}

interface RowContext<T> {
  file: string;
  columns: readonly string[];
  header: string[];
  position: Map<string, number>;
  missing: Set<string>;
  schema: z.ZodType<T>;
  /** YYYY-MM-DD; a later date in any cell is an error. */
  today: string;
}

function checkRow<T>(
  row: CsvRow,
  context: RowContext<T>,
): { row: CheckedRow<T>; issues: DatasetIssue[] } {
  const { file, columns, header, position, missing, schema } = context;
  const issues: DatasetIssue[] = [];
  const cellAt = (column: string) => {
    const index = position.get(column);
    return index === undefined ? '' : (row.cells[index] ?? '');
  };
  const id = cleanCell(cellAt('id'), false);
  const located = { file, line: row.line, ...(id && { id }) };

  if (row.broken) return { row: { line: row.line, id, cells: {} }, issues };
  if (row.cells.length !== header.length) {
    const found = row.cells.length;
    const wanted = header.length;
    issues.push({
      ...located,
      message:
        found > wanted
          ? `row has ${found} cells but the header has ${wanted}: a comma inside a cell? Quote that cell ("Foo, Inc.")`
          : `row has ${found} cells but the header has ${wanted}: a missing comma? Every row has every column, empty ones too (,,)`,
    });
    return { row: { line: row.line, id, cells: {} }, issues };
  }

  const cells: Record<string, string> = {};
  for (const column of columns) {
    const cell = cellAt(column);
    const isList = listColumns.has(column);
    for (const blemish of findBlemishes(cell, isList)) {
      issues.push({
        ...located,
        column,
        fixable: true,
        message:
          blemish === 'spaces'
            ? `has spaces at the start or end ${isList ? 'of the cell or of a list item ' : ''}(${JSON.stringify(cell)}); remove them`
            : 'contains an invisible byte-order mark or zero-width space; delete it',
      });
    }
    cells[column] = cleanCell(cell, isList);
  }

  for (const problem of checkHostileCells(cells, context.today))
    issues.push({ ...located, ...problem });
  const result = schema.safeParse(cells);
  if (!result.success) {
    for (const problem of result.error.issues) {
      const column = String(problem.path[0] ?? '');
      if (missing.has(column)) continue;
      issues.push({ ...located, ...(column && { column }), message: problem.message });
    }
  }
  return {
    row: { line: row.line, id, cells, ...(result.success && { record: result.data }) },
    issues,
  };
}

function checkHeader(
  raw: readonly string[],
  header: readonly string[],
  file: string,
  columns: readonly string[],
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const expected = `expected exactly: ${columns.join(',')}`;
  const atCell = (index: number) => ({ file, line: 1, column: 'header', columnNumber: index + 1 });
  const spaced = raw.findIndex((name, index) => name !== header[index]);
  if (spaced !== -1) {
    issues.push({ ...atCell(spaced), message: 'has spaces around a column name', fixable: true });
  }
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (seen.has(name))
      issues.push({ ...atCell(index), message: `column '${name}' appears twice; ${expected}` });
    seen.add(name);
    if (!columns.includes(name)) {
      issues.push({ ...atCell(index), message: `unknown column '${name}'; ${expected}` });
    }
  });
  for (const column of columns) {
    if (!seen.has(column)) {
      issues.push({
        file,
        line: 1,
        column: 'header',
        message: `missing column '${column}'; ${expected}`,
      });
    }
  }
  const inOrder = columns.filter((column) => seen.has(column));
  const known = header
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => columns.includes(name));
  const misplaced = known.find(({ name }, rank) => name !== inOrder[rank]);
  if (issues.every((issue) => issue.fixable) && misplaced) {
    issues.push({ ...atCell(misplaced.index), message: `columns are out of order; ${expected}` });
  }
  return issues;
}
