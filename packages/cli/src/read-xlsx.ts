import { createInputError } from './errors.js';
import { createXmlPartParser, parseXmlPart } from './parse-xml-part.js';
import type { ZipArchive } from './read-zip.js';

/** One worksheet, as Excel lists it in the tabs. */
export interface SheetInfo {
  name: string;
  /** 1-based position among the tabs (`--sheet 2`). */
  number: number;
  part: string;
}

/** A row with at least one value: `row` is the row number Excel shows. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface WorkbookLimits {
  /** Characters in one cell; Excel itself stops at 32,767. */
  maxCellChars: number;
  maxSharedStrings: number;
}

export const defaultWorkbookLimits: WorkbookLimits = {
  maxCellChars: 1_000_000,
  maxSharedStrings: 20_000_000,
};

export interface Workbook {
  sheets: SheetInfo[];
  /** The sheet's rows in batches (one per inflated piece), so memory stays flat however long the sheet is. */
  readRows(sheet: SheetInfo): Generator<SheetRow[]>;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;

// OOXML writes characters XML cannot hold (a carriage return in a cell) as _xHHHH_.
const decodeEscapes = (text: string) =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      )
    : text;

function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function readRelationships(
  zip: ZipArchive,
  label: string,
  part: string,
): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  const path = relsPath(part);
  if (!zip.has(path)) return rels;
  parseXmlPart(label, path, zip.readPart(path), {
    open(name, attributes) {
      if (name === 'Relationship' && attributes.Id && attributes.Target)
        rels.set(attributes.Id, {
          type: attributes.Type ?? '',
          target: resolvePart(part, attributes.Target),
        });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** Column number (1-based) of a cell reference such as `B7` or `AA12`. */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

function readSharedStrings(
  zip: ZipArchive,
  label: string,
  part: string | undefined,
  limits: WorkbookLimits,
): string[] {
  const strings: string[] = [];
  if (!part || !zip.has(part)) return strings;
  let current = '';
  let inText = false;
  let phonetic = 0;
  parseXmlPart(label, part, zip.readPart(part), {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        if (strings.length >= limits.maxSharedStrings)
          throw createInputError(
            `${label} holds more than ${limits.maxSharedStrings.toLocaleString('en')} distinct texts; nkscreen stops here. Export the sheet as CSV.`,
          );
        strings.push(decodeEscapes(current));
      }
    },
    text(text) {
      // Japanese workbooks carry the reading of a name (furigana) in rPh runs; it is not part of the cell.
      if (!inText) return;
      current += text;
      if (current.length > limits.maxCellChars)
        throw createInputError(
          `${label}: shared text ${strings.length + 1} is longer than ${limits.maxCellChars.toLocaleString('en')} characters; nkscreen stops here. Shorten the cell or export the sheet as CSV.`,
        );
    },
  });
  return strings;
}

/**
 * Reads an .xlsx (Office Open XML) workbook: the sheet list from the workbook part, texts from the shared strings,
 * and each worksheet streamed row by row. Only values are read — formulas' cached results, never the formulas.
 */
export function openXlsx(
  zip: ZipArchive,
  label: string,
  limits: WorkbookLimits = defaultWorkbookLimits,
): Workbook {
  const root = [...readRelationships(zip, label, '').values()].find((rel) =>
    OFFICE_DOCUMENT.test(rel.type),
  );
  const workbookPart = root?.target ?? 'xl/workbook.xml';
  if (!zip.has(workbookPart))
    throw createInputError(
      `${label} is a zip without a workbook part (${workbookPart}). Pass an .xlsx saved by Excel or LibreOffice, or a CSV.`,
    );
  const rels = readRelationships(zip, label, workbookPart);
  const sheets: SheetInfo[] = [];
  parseXmlPart(label, workbookPart, zip.readPart(workbookPart), {
    open(name, attributes) {
      if (name !== 'sheet') return;
      const id =
        attributes['r:id'] ?? Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
      const rel = id ? rels.get(id) : undefined;
      // Chart sheets and macro sheets have no rows to screen; they keep their place in the numbering.
      if (rel && WORKSHEET.test(rel.type))
        sheets.push({
          name: attributes.name ?? `Sheet${sheets.length + 1}`,
          number: 0,
          part: rel.target,
        });
    },
    close() {},
    text() {},
  });
  sheets.forEach((sheet, index) => (sheet.number = index + 1));
  const sharedPart = [...rels.values()].find((rel) => rel.type.endsWith('/sharedStrings'))?.target;
  let shared: string[] | undefined;

  function* readRows(sheet: SheetInfo): Generator<SheetRow[]> {
    shared ??= readSharedStrings(zip, label, sharedPart, limits);
    const strings = shared;
    const batch: SheetRow[] = [];
    let row: SheetRow | undefined;
    let lastRow = 0;
    let column = 0;
    let type = '';
    let value = '';
    let capture = false;
    let phonetic = 0;
    const where = () => `${label} [${sheet.name}] row ${row?.row ?? lastRow + 1}`;
    const parser = createXmlPartParser(label, sheet.part, {
      open(name, attributes) {
        if (name === 'row') {
          const number = attributes.r ? Number(attributes.r) : lastRow + 1;
          if (!Number.isInteger(number) || number < 1 || number > MAX_ROW)
            throw createInputError(
              `${label} [${sheet.name}]: row number ${attributes.r} is outside Excel's grid.`,
            );
          row = { row: number, cells: [] };
          column = 0;
        } else if (name === 'c') {
          column = attributes.r ? columnOf(attributes.r) : column + 1;
          if (column < 1 || column > MAX_COLUMN)
            throw createInputError(`${where()}: cell ${attributes.r} is outside Excel's grid.`);
          type = attributes.t ?? 'n';
          value = '';
        } else if (name === 'rPh') phonetic++;
        else if ((name === 'v' || name === 't') && phonetic === 0) capture = true;
      },
      close(name) {
        if (name === 'v' || name === 't') capture = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'c' && row) {
          let text = value;
          if (type === 's') {
            const found = strings[Number(value)];
            if (found === undefined)
              throw createInputError(
                `${where()}: a cell points at shared text ${value}, which the workbook does not have.`,
              );
            text = found;
          } else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
          else if (type === 'inlineStr') text = decodeEscapes(value);
          if (text !== '') {
            while (row.cells.length < column - 1) row.cells.push('');
            row.cells[column - 1] = text;
          }
        } else if (name === 'row' && row) {
          lastRow = row.row;
          if (row.cells.length > 0) batch.push(row);
          row = undefined;
        }
      },
      text(text) {
        if (!capture) return;
        value += text;
        if (value.length > limits.maxCellChars)
          throw createInputError(
            `${where()}: a cell is longer than ${limits.maxCellChars.toLocaleString('en')} characters; nkscreen stops here. Shorten the cell or export the sheet as CSV.`,
          );
      },
    });
    for (const piece of zip.readPart(sheet.part)) {
      parser.write(piece);
      yield batch.splice(0);
    }
    parser.end();
    yield batch.splice(0);
  }

  return { sheets, readRows };
}
