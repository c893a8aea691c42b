import type * as z from 'zod';
import { checkDataset } from './check-dataset.js';
import { checkRows } from './check-rows.js';
import { decodeCsv } from './decode.js';
import { entitiesFile, sortIssues, sourcesFile, type DatasetIssue } from './issue.js';
import { parseCsv } from './parse-csv.js';
import { entityRowSchema, sourceRowSchema } from './schema.js';
import type { Entity, Source } from './types.js';
import { entityColumns, sourceColumns } from './vocabulary.js';

export interface Dataset {
  entities: Entity[];
  sources: Source[];
}

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; issues: DatasetIssue[] };

/** The raw bytes (or text) of both CSV files. */
export interface DatasetFiles {
  entities: Uint8Array | string;
  sources: Uint8Array | string;
}

/** Validates both CSVs in memory, reporting every problem in one pass. */
export function validateDatasetFiles(files: DatasetFiles): ValidationResult {
  const entities = readCsv(files.entities, entitiesFile, entityColumns, entityRowSchema);
  const sources = readCsv(files.sources, sourcesFile, sourceColumns, sourceRowSchema);
  const issues = locateColumns(
    [
      ...checkNotEmpty(entities, entitiesFile),
      ...entities.issues,
      ...sources.issues,
      ...checkDataset(entities.rows, sources.rows, {
        entitiesComplete: entities.complete,
        sourcesComplete: sources.complete,
      }),
    ],
    new Map([
      [entitiesFile, entities.header],
      [sourcesFile, sources.header],
    ]),
  );
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };

  const sourceList = sources.rows.flatMap((row) => (row.record ? [row.record] : []));
  const byId = new Map(sourceList.map((source) => [source.id, source]));
  const entityList = entities.rows.flatMap((row) =>
    row.record
      ? [{ ...row.record, sources: row.record.sourceIds.map((id) => byId.get(id) as Source) }]
      : [],
  );
  return { ok: true, data: { entities: entityList, sources: sourceList } };
}

function readCsv<T>(
  input: Uint8Array | string,
  file: string,
  columns: readonly string[],
  schema: z.ZodType<T>,
) {
  const decoded =
    typeof input === 'string'
      ? decodeCsv(new TextEncoder().encode(input), file)
      : decodeCsv(input, file);
  // An unreadable encoding has been reported already; "the file is empty" would only add noise.
  if (decoded.text === '' && decoded.issues.length > 0) {
    return { rows: [], complete: false, header: [], issues: decoded.issues };
  }
  const parsed = parseCsv(decoded.text, file);
  const checked = checkRows(parsed, file, columns, schema);
  return {
    rows: checked.rows,
    complete: checked.complete,
    header: checked.header,
    issues: [...decoded.issues, ...parsed.issues, ...checked.issues],
  };
}

/**
 * Gives each issue that names a column the 1-based position of that column in its file's header. Rows are read
 * by the first header cell of each name, so that is the one an issue points at. Header problems (column
 * `header`) are placed on their header cell where they are found, and a file could name a column `header`.
 */
function locateColumns(
  issues: readonly DatasetIssue[],
  headers: ReadonlyMap<string, readonly string[]>,
): DatasetIssue[] {
  return issues.map((issue) => {
    if (!issue.column || issue.column === 'header' || issue.columnNumber !== undefined)
      return issue;
    const index = headers.get(issue.file)?.indexOf(issue.column) ?? -1;
    return index === -1 ? issue : { ...issue, columnNumber: index + 1 };
  });
}

// Both files emptied down to their headers would otherwise read as "0 entities: valid" and ship an empty list.
function checkNotEmpty(
  read: { rows: unknown[]; issues: DatasetIssue[] },
  file: string,
): DatasetIssue[] {
  if (read.rows.length > 0 || read.issues.length > 0) return [];
  return [
    {
      file,
      line: 1,
      message:
        'holds no rows, only its header; a release needs at least one entity (restore the rows from git)',
    },
  ];
}
