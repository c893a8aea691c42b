import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { cleanCell } from './clean-cell.js';
import { decodeCsv } from './decode.js';
import { entitiesFile, sourcesFile } from './issue.js';
import { resolveDatasetDir } from './load-dataset.js';
import { parseCsv } from './parse-csv.js';
import { nodeWriteFs, writeFileAtomically, type WriteFs } from './write-file-atomically.js';
import { entityColumns, listColumns, sourceColumns } from './vocabulary.js';

export interface FixResult {
  /** Files rewritten. */
  changed: string[];
  /** Files left alone, with the reason: their structure must be repaired by hand first. */
  skipped: { file: string; reason: string }[];
}

/**
 * Repairs formatting only — trims cells and list items, drops invisible characters and blank lines,
 * sorts rows by id, writes UTF-8 with `\n` and minimal quoting. It never changes what a cell says.
 * Each file is replaced atomically: a failed write leaves it exactly as it was.
 */
export function fixDataset(dir: string, fs: WriteFs = nodeWriteFs): FixResult {
  const root = resolveDatasetDir(dir);
  const result: FixResult = { changed: [], skipped: [] };
  for (const [file, columns] of [
    [entitiesFile, entityColumns],
    [sourcesFile, sourceColumns],
  ] as const) {
    const path = join(root, file);
    const original = readFileSync(path);
    const fixed = fixCsv(original, file, columns);
    if (typeof fixed !== 'string') result.skipped.push({ file, reason: fixed.reason });
    else if (fixed !== original.toString('utf8')) {
      writeFileAtomically(path, fixed, fs);
      result.changed.push(file);
    }
  }
  return result;
}

/** The repaired text of one CSV, or why it cannot be repaired automatically. */
export function fixCsv(
  bytes: Uint8Array,
  file: string,
  columns: readonly string[],
): string | { reason: string } {
  const decoded = decodeCsv(bytes, file);
  if (decoded.issues.length > 0) return { reason: 'it is not UTF-8; save it as UTF-8 first' };
  const parsed = parseCsv(decoded.text, file);
  if (parsed.issues.length > 0 || !parsed.complete) {
    return { reason: 'its quoting is broken; fix the reported quote first' };
  }
  const header = parsed.header.map((name) => cleanCell(name, false));
  if ([...header].sort().join() !== [...columns].sort().join()) {
    return { reason: 'its header does not have the expected columns; fix the header first' };
  }
  if (parsed.rows.some((row) => row.cells.length !== header.length)) {
    return { reason: 'some rows have the wrong number of cells; fix those rows first' };
  }
  const idIndex = header.indexOf('id');
  const rows = parsed.rows
    .map((row) =>
      row.cells.map((cell, index) => cleanCell(cell, listColumns.has(header[index] ?? ''))),
    )
    .sort((a, b) => compare(a[idIndex] ?? '', b[idIndex] ?? ''));
  return `${Papa.unparse({ fields: header, data: rows }, { newline: '\n', quotes: false })}\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
