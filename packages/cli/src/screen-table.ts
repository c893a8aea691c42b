import { findColumns, guessContextColumns, guessNameColumns } from './detect-columns.js';
import { createUsageError } from './errors.js';
import { detachString, type MatchContext, type Screener } from './screener.js';
import type { ScreenDraft, ScreenOptions, ScreenProgress, SheetSummary } from './screen-types.js';

const BLANK = /^\s*$/;

export interface TableOptions {
  result: ScreenDraft;
  screener: Screener;
  options: ScreenOptions;
  progress: ScreenProgress;
  /** Counts and records a row that was not screened. */
  skip(line: number, reason: string, sheet?: string): void;
  /** The sheet's name in a workbook; absent for CSV. */
  sheet?: string;
  /** CSV rows must have as many cells as the header; a workbook omits empty cells at a row's end. */
  strictWidth: boolean;
}

export interface TableScreen {
  /** Takes the header (first non-blank record) and then every data row. */
  onRecord(fields: string[], line: number): void;
  readonly summary: SheetSummary | undefined;
}

const quoteAll = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

function describeColumns(headers: readonly string[], indexes: readonly number[]): string[] {
  return indexes.map((index) => headers[index] ?? `column ${index + 1}`);
}

/** Picks the cells of `indexes` that hold something, for the matcher's context. */
function pickCells(fields: readonly string[], indexes: readonly number[]): string[] {
  const cells: string[] = [];
  for (const index of indexes) {
    const cell = fields[index]?.trim();
    if (cell) cells.push(cell);
  }
  return cells;
}

/**
 * Screens one table — a CSV file or one sheet of a workbook: its first record is the header, which chooses the name
 * columns (given or guessed) and the country, city and address columns whose cells become the matcher's context.
 */
export function createTableScreen(table: TableOptions): TableScreen {
  const { result, screener, options, progress, skip, sheet } = table;
  const { summary, hits } = result;
  const minScore = options.minScore ?? 0;
  let headers: string[] | undefined;
  let names: number[] = [];
  let places = guessContextColumns([]);
  let sheetSummary: SheetSummary | undefined;
  const prefix = sheet === undefined ? '' : `sheet "${sheet}": `;

  const chooseColumns = (header: string[]) => {
    headers = header;
    if (options.columns && options.columns.length > 0) {
      const { indexes, missing } = findColumns(header, options.columns);
      if (missing.length > 0)
        throw createUsageError(
          `${prefix}no column named ${quoteAll(missing)}. The header has: ${quoteAll(header)}. Pass one of them with --column.`,
        );
      names = indexes;
    } else {
      names = guessNameColumns(header);
      if (names.length === 0)
        throw createUsageError(
          `${prefix}cannot tell which column holds company names. The header has: ${quoteAll(header)}. Pass the right one with --column "<header>".`,
        );
    }
    places = guessContextColumns(header, names);
    const columns = describeColumns(header, names);
    const guessed = !(options.columns && options.columns.length > 0);
    if (sheet === undefined) {
      result.headers = header;
      result.columns = columns;
      result.columnsGuessed = guessed;
    }
    sheetSummary = { name: sheet ?? '', headers: header, columns, rowsRead: 0, hits: 0 };
    const how = guessed ? 'guessed from the header; use --column to choose' : 'from --column';
    options.onNote?.(
      `${prefix}screening column${columns.length > 1 ? 's' : ''} ${quoteAll(columns)} (${how})`,
    );
    const placeNames = [...places.countries, ...places.cities, ...places.addresses];
    if (placeNames.length > 0)
      options.onNote?.(
        `${prefix}context from ${quoteAll(describeColumns(header, placeNames))} (country, city and address cells weigh on each match)`,
      );
  };

  const contextOf = (fields: readonly string[]): MatchContext | undefined => {
    const countries = pickCells(fields, places.countries);
    const cities = pickCells(fields, places.cities);
    const text = pickCells(fields, places.addresses).join(', ');
    if (countries.length === 0 && cities.length === 0 && text === '') return undefined;
    return {
      ...(countries.length > 0 ? { countries } : {}),
      ...(cities.length > 0 ? { cities } : {}),
      ...(text ? { text } : {}),
    };
  };

  const onRecord = (fields: string[], line: number) => {
    if (!headers) {
      if (fields.every((field) => BLANK.test(field))) return;
      chooseColumns(fields.map((field) => field.trim()));
      return;
    }
    summary.rowsRead++;
    if (sheetSummary) sheetSummary.rowsRead++;
    progress.rows++;
    if (table.strictWidth && fields.length !== headers.length) {
      if (fields.length === 1 && fields[0] === '') skip(line, 'empty line', sheet);
      else
        skip(
          line,
          `wrong number of cells: expected ${headers.length} like the header, found ${fields.length}`,
          sheet,
        );
      return;
    }
    let named = false;
    let rowHit = false;
    const context = contextOf(fields);
    for (let c = 0; c < names.length; c++) {
      const value = fields[names[c] as number] ?? '';
      if (value === '' || BLANK.test(value)) continue;
      named = true;
      const found = screener.matchName(value, context);
      const matches = minScore > 0 ? found.filter((match) => match.score >= minScore) : found;
      if (matches.length === 0) continue;
      rowHit = true;
      const column = sheetSummary?.columns[c] as string;
      const row = fields.map(detachString);
      const country = context?.countries?.map(detachString).join(', ');
      for (const match of matches) {
        hits.push({
          line,
          column,
          value: detachString(value),
          row,
          // Already detached from the parsed block by the screener, and shared by every hit of the same name.
          match,
          ...(sheet === undefined ? {} : { sheet }),
          ...(country ? { country } : {}),
        });
        if (sheetSummary) sheetSummary.hits++;
      }
    }
    if (!named) {
      skip(line, 'empty name: no name in the screened columns', sheet);
      return;
    }
    summary.rowsScreened++;
    if (rowHit) summary.rowsWithHits++;
  };

  return {
    onRecord,
    get summary() {
      return sheetSummary;
    },
  };
}
