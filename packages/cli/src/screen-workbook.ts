import { createInputError, isCliError } from './errors.js';
import { selectSheets } from './open-workbook.js';
import type { Workbook } from './read-xlsx.js';
import { createTableScreen, type TableOptions } from './screen-table.js';
import type { SheetSummary } from './screen-types.js';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Screens the chosen sheets of a workbook, each with its own header. Rows carry the row number Excel shows and
 * the sheet's name. With every sheet read, a sheet without a name column (notes, a cover page) is passed over with a
 * note; a sheet chosen with `--sheet`, or a workbook where no sheet has one, is an error.
 */
export async function screenWorkbook(
  workbook: Workbook,
  table: Omit<TableOptions, 'strictWidth' | 'sheet'>,
): Promise<{ format: 'xlsx'; sheets: SheetSummary[] }> {
  const { options, result } = table;
  const chosen = selectSheets(workbook.sheets, options.sheet, result.input);
  options.onNote?.(
    `workbook: ${workbook.sheets.length} sheet${workbook.sheets.length === 1 ? '' : 's'} (${workbook.sheets
      .map((sheet) => `"${sheet.name}"`)
      .join(', ')}); screening ${options.sheet === undefined ? 'all' : `"${chosen[0]?.name}"`}`,
  );
  const sheets: SheetSummary[] = [];
  let lastError: unknown;
  for (const sheet of chosen) {
    const screen = createTableScreen({ ...table, sheet: sheet.name, strictWidth: false });
    try {
      for (const batch of workbook.readRows(sheet)) {
        options.signal?.throwIfAborted();
        for (const row of batch) screen.onRecord(row.cells, row.row);
        // Lets Ctrl-C and the progress bar in between batches.
        await yieldToEventLoop();
      }
    } catch (error) {
      const headerProblem = isCliError(error) && error.code === 'USAGE' && !screen.summary;
      if (!headerProblem || chosen.length === 1) throw error;
      lastError = error;
      options.onNote?.(`${(error as Error).message.replace(/ Pass .*$/, '')} — sheet skipped`);
      continue;
    }
    if (screen.summary) sheets.push(screen.summary);
    else options.onNote?.(`sheet "${sheet.name}" is empty — skipped`);
  }
  if (sheets.length === 0) {
    if (lastError) throw lastError;
    throw createInputError(`${result.input} has no rows in any sheet: there is nothing to screen.`);
  }
  const first = sheets[0] as SheetSummary;
  result.headers = first.headers;
  result.columns = first.columns;
  result.columnsGuessed = !(options.columns && options.columns.length > 0);
  return { format: 'xlsx', sheets };
}
