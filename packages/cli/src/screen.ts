import { version as datasetVersion } from '@nkscreen/dataset';
import type { Encoding } from './decode.js';
import { delimiterNames, detectDelimiter, detectNewline } from './detect-delimiter.js';
import { findColumns, guessNameColumns } from './detect-columns.js';
import { createInputError, createUsageError } from './errors.js';
import { readText, resolveInput, type InputFile } from './input.js';
import { createRecordParser } from './parse-records.js';
import { createScreener, detachString } from './screener.js';
import { describeHitEntity } from './hit-entity.js';
import { readCliVersion } from './version.js';
import type { ScreenOptions, ScreenResult } from './screen-types.js';

export type {
  RowHit,
  RowProblem,
  ScreenOptions,
  ScreenProgress,
  ScreenResult,
  ScreenSummary,
} from './screen-types.js';

const SAMPLE_CHARS = 64 * 1024;
const BLANK = /^\s*$/;

function shortReason(reason: string): string {
  const colon = reason.indexOf(':');
  return colon > 0 ? reason.slice(0, colon) : reason;
}

/** Screens a CSV file (or `-` for stdin) streaming, with constant memory apart from the hits. */
export async function screenFile(path: string, options: ScreenOptions = {}): Promise<ScreenResult> {
  return screenInput(await resolveInput(path), options);
}

/** Screens an already resolved input; see {@link screenFile}. */
export async function screenInput(
  input: InputFile,
  options: ScreenOptions = {},
): Promise<ScreenResult> {
  const started = performance.now();
  const minBand = options.minBand ?? 'review';
  const screener = options.screener ?? createScreener({ lists: options.lists ?? [], minBand });
  const progress = options.progress ?? { bytes: 0, rows: 0, totalBytes: undefined };
  progress.totalBytes = input.size;
  const maxProblems = options.maxProblems ?? 10_000;
  let encoding: Encoding | 'unknown' = options.encoding ?? 'utf-8';

  const result: ScreenResult = {
    tool: `nkscreen ${readCliVersion()}`,
    input: input.label,
    encoding,
    delimiter: ',',
    headers: [],
    columns: [],
    columnsGuessed: false,
    minBand,
    lists: [...screener.lists],
    datasetVersion,
    generatedAt: new Date().toISOString(),
    summary: {
      rowsRead: 0,
      rowsScreened: 0,
      rowsSkipped: 0,
      skippedByReason: {},
      rowsWithHits: 0,
      hits: 0,
      hitsByBand: { match: 0, review: 0 },
      entitiesHit: 0,
      bytes: 0,
      elapsedMs: 0,
    },
    hits: [],
    entities: {},
    problems: [],
  };
  const { summary, hits, problems } = result;
  let headerLength = 0;
  let columnIndexes: number[] = [];

  const skip = (line: number, reason: string) => {
    summary.rowsSkipped++;
    const key = shortReason(reason);
    summary.skippedByReason[key] = (summary.skippedByReason[key] ?? 0) + 1;
    const problem = { line, reason };
    if (problems.length < maxProblems) problems.push(problem);
    options.onProblem?.(problem);
  };

  const chooseColumns = (headers: string[]) => {
    result.headers = headers;
    headerLength = headers.length;
    if (options.columns && options.columns.length > 0) {
      const { indexes, missing } = findColumns(headers, options.columns);
      if (missing.length > 0) {
        throw createUsageError(
          `no column named ${missing.map((name) => `"${name}"`).join(', ')}. The header has: ${headers.map((header) => `"${header}"`).join(', ')}. Pass one of them with --column.`,
        );
      }
      columnIndexes = indexes;
    } else {
      columnIndexes = guessNameColumns(headers);
      result.columnsGuessed = true;
      if (columnIndexes.length === 0) {
        throw createUsageError(
          `cannot tell which column holds company names. The header has: ${headers.map((header) => `"${header}"`).join(', ')}. Pass the right one with --column "<header>".`,
        );
      }
    }
    result.columns = columnIndexes.map((index) => headers[index] ?? `column ${index + 1}`);
    const how = result.columnsGuessed
      ? 'guessed from the header; use --column to choose'
      : 'from --column';
    options.onNote?.(
      `screening column${result.columns.length > 1 ? 's' : ''} ${result.columns.map((name) => `"${name}"`).join(', ')} (${how})`,
    );
  };

  const onRecord = (fields: string[], line: number) => {
    if (headerLength === 0) {
      if (fields.length === 1 && BLANK.test(fields[0] ?? '')) return;
      chooseColumns(fields.map((field) => field.trim()));
      return;
    }
    summary.rowsRead++;
    progress.rows++;
    if (fields.length !== headerLength) {
      if (fields.length === 1 && fields[0] === '') skip(line, 'empty line');
      else
        skip(
          line,
          `wrong number of cells: expected ${headerLength} like the header, found ${fields.length}`,
        );
      return;
    }
    let named = false;
    let rowHit = false;
    for (let c = 0; c < columnIndexes.length; c++) {
      const index = columnIndexes[c] as number;
      const value = fields[index] as string;
      if (value === '' || BLANK.test(value)) continue;
      named = true;
      const matches = screener.matchName(value);
      if (matches.length === 0) continue;
      rowHit = true;
      const column = result.columns[c] as string;
      const row = fields.map(detachString);
      for (const match of matches)
        hits.push({ line, column, value: detachString(value), row, match });
    }
    if (!named) {
      skip(line, 'empty name: no name in the screened columns');
      return;
    }
    summary.rowsScreened++;
    if (rowHit) summary.rowsWithHits++;
  };

  let parser: ReturnType<typeof createRecordParser> | undefined;
  let sample = '';
  const startParser = (text: string) => {
    result.delimiter = detectDelimiter(text);
    const newline = detectNewline(text);
    options.onNote?.(`delimiter: ${delimiterNames[result.delimiter]}`);
    parser = createRecordParser({
      delimiter: result.delimiter,
      newline,
      onRecord,
      onMalformed: (line, reason) => {
        if (headerLength === 0) {
          throw createInputError(
            `line ${line}: the header row is malformed (${reason}). Fix the header and run again.`,
          );
        }
        summary.rowsRead++;
        progress.rows++;
        skip(line, reason);
      },
    });
    parser.push(text);
  };

  const text = readText(input, {
    encoding: options.encoding,
    onNote: (note) => {
      const found = /^encoding: ([\w-]+)/.exec(note)?.[1];
      if (found) encoding = found as Encoding;
      options.onNote?.(note);
    },
    onBytes: (bytes) => {
      progress.bytes += bytes;
      summary.bytes += bytes;
    },
  });
  for await (const chunk of text) {
    options.signal?.throwIfAborted();
    if (parser) parser.push(chunk);
    else {
      sample += chunk;
      if (sample.length >= SAMPLE_CHARS) {
        startParser(sample);
        sample = '';
      }
    }
  }
  if (!parser) startParser(sample);
  parser?.end();
  if (headerLength === 0)
    throw createInputError(`${input.label} is empty: expected a header row and data rows.`);

  result.encoding = encoding;
  summary.hits = hits.length;
  for (const hit of hits) summary.hitsByBand[hit.match.band]++;
  for (const hit of hits) {
    const key = hit.match.entityId;
    const listed = result.entities[key] ? undefined : screener.findEntity(key);
    if (listed) result.entities[key] = describeHitEntity(listed);
  }
  summary.entitiesHit = Object.keys(result.entities).length;
  summary.elapsedMs = performance.now() - started;
  return result;
}
