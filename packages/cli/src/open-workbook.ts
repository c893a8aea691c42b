import { readFile } from 'node:fs/promises';
import { describeZip } from './detect-file-kind.js';
import { createInputError, createUsageError } from './errors.js';
import { openXlsx, type SheetInfo, type Workbook } from './read-xlsx.js';
import { openZip, type ZipLimits } from './read-zip.js';

/** Largest workbook file read (it is held in memory while its sheets stream out of it). */
export const MAX_WORKBOOK_FILE_BYTES = 512 * 1024 * 1024;

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * Opens a zip input as a workbook: an .xlsx is read; an OpenDocument spreadsheet, a Word document or any other zip is
 * refused by what it is, with the way to get a file nkscreen reads.
 */
export async function openWorkbookFile(
  path: string,
  label: string,
  size: number,
  limits?: ZipLimits,
): Promise<Workbook> {
  if (size > MAX_WORKBOOK_FILE_BYTES)
    throw createInputError(
      `${label} is a ${Math.round(size / 2 ** 20)} MiB workbook; nkscreen reads workbooks up to ${MAX_WORKBOOK_FILE_BYTES / 2 ** 20} MiB. Export the sheet as CSV, which streams at any size.`,
    );
  const zip = openZip(await readFile(path), label, limits);
  if (zip.has('mimetype')) {
    const mimetype = new TextDecoder().decode(
      [...zip.readPart('mimetype')].reduce(
        (all, piece) => Buffer.concat([all, piece]),
        Buffer.alloc(0),
      ),
    );
    if (mimetype.startsWith(ODS_MIMETYPE))
      throw createInputError(
        `${label} is an OpenDocument spreadsheet (.ods), which nkscreen does not read yet: save it as .xlsx or "CSV UTF-8" from LibreOffice and pass that file.`,
      );
  }
  if (!zip.has('[Content_Types].xml') || !zip.names.some((name) => name.startsWith('xl/'))) {
    const { what, fix } = describeZip(zip.names);
    throw createInputError(`${label} is ${what}, not a CSV/TSV file or an .xlsx workbook: ${fix}.`);
  }
  const workbook = openXlsx(zip, label);
  if (workbook.sheets.length === 0)
    throw createInputError(
      `${label} is a workbook without worksheets; there is nothing to screen.`,
    );
  return workbook;
}

/** The sheets `--sheet` chooses (by tab name, then by 1-based number), or all of them. */
export function selectSheets(
  sheets: readonly SheetInfo[],
  wanted: string | undefined,
  label: string,
): SheetInfo[] {
  if (wanted === undefined) return [...sheets];
  const byName =
    sheets.find((sheet) => sheet.name === wanted) ??
    sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  const number = /^\d+$/.test(wanted.trim()) ? Number(wanted) : undefined;
  const found = byName ?? (number === undefined ? undefined : sheets[number - 1]);
  if (!found)
    throw createUsageError(
      `--sheet "${wanted}": ${label} has no such sheet. Its sheets are: ${sheets
        .map((sheet) => `${sheet.number} "${sheet.name}"`)
        .join(', ')}. Pass a name or a number.`,
    );
  return [found];
}
