import type { Encoding } from './decode.js';
import { delimiterNames, detectDelimiter, detectNewline } from './detect-delimiter.js';
import { detectFileKind } from './detect-file-kind.js';
import { createInputError } from './errors.js';
import { readFileHead, readText, resolveInput, type InputFile } from './input.js';
import { openWorkbookFile } from './open-workbook.js';
import { createRecordParser } from './parse-records.js';
import { createScreener, type Screener } from './screener.js';
import { describeHitEntity } from './hit-entity.js';
import { createTableScreen } from './screen-table.js';
import { screenWorkbook } from './screen-workbook.js';
import { readCliVersion } from './version.js';
import { createAuditRecord } from './audit-record.js';
import type { ScreenDraft, ScreenOptions, ScreenResult } from './screen-types.js';

export type {
  RowHit,
  RowProblem,
  ScreenOptions,
  ScreenProgress,
  ScreenResult,
  ScreenSummary,
  SheetSummary,
} from './screen-types.js';

const SAMPLE_CHARS = 64 * 1024;

function shortReason(reason: string): string {
  const colon = reason.indexOf(':');
  return colon > 0 ? reason.slice(0, colon) : reason;
}

/**
 * Screens a CSV file (or `-` for stdin) streaming, with constant memory apart from the hits; an .xlsx workbook
 * (known by its bytes, not its name) sheet by sheet.
 */
export async function screenFile(path: string, options: ScreenOptions = {}): Promise<ScreenResult> {
  return screenInput(await resolveInput(path), options);
}

/** Screens an already resolved input; see {@link screenFile}. */
export async function screenInput(
  input: InputFile,
  options: ScreenOptions = {},
): Promise<ScreenResult> {
  const started = performance.now();
  const startedAt = new Date();
  const minBand = options.minBand ?? 'review';
  const minScore = options.minScore ?? 0;
  const screener = options.screener ?? createScreener({ lists: options.lists ?? [], minBand });
  const progress = options.progress ?? { bytes: 0, rows: 0, totalBytes: undefined };
  progress.totalBytes = input.size;
  const maxProblems = options.maxProblems ?? 10_000;
  let encoding: Encoding | 'unknown' = options.encoding ?? 'utf-8';

  const result: ScreenDraft = {
    tool: `nkscreen ${readCliVersion()}`,
    input: input.label,
    encoding,
    delimiter: ',',
    headers: [],
    columns: [],
    columnsGuessed: false,
    minBand,
    lists: [...screener.lists],
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
  const { summary, problems } = result;

  const skip = (line: number, reason: string, sheet?: string) => {
    summary.rowsSkipped++;
    const key = shortReason(reason);
    summary.skippedByReason[key] = (summary.skippedByReason[key] ?? 0) + 1;
    const problem = sheet === undefined ? { line, reason } : { line, reason, sheet };
    if (problems.length < maxProblems) problems.push(problem);
    options.onProblem?.(problem);
  };

  const head = await readFileHead(input);
  if (head && input.path !== undefined && detectFileKind(head).kind === 'zip') {
    const workbook = await openWorkbookFile(input.path, input.label, input.size ?? 0);
    result.encoding = 'utf-8';
    result.workbook = await screenWorkbook(workbook, { result, screener, options, progress, skip });
    summary.bytes = progress.bytes = input.size ?? 0;
    return finishResult(result, { input, screener, started, startedAt, minScore });
  }
  const table = createTableScreen({ result, screener, options, progress, skip, strictWidth: true });
  const onRecord = table.onRecord;

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
        if (!table.summary) {
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
    expected: 'a CSV/TSV file or an .xlsx workbook',
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
  if (!table.summary)
    throw createInputError(`${input.label} is empty: expected a header row and data rows.`);
  result.encoding = encoding;
  return finishResult(result, { input, screener, started, startedAt, minScore });
}

/** Counts the hits by band, looks up the entities they point at and records the audit facts of the run. */
async function finishResult(
  result: ScreenDraft,
  run: { input: InputFile; screener: Screener; started: number; startedAt: Date; minScore: number },
): Promise<ScreenResult> {
  const { screener, started } = run;
  const { summary, hits } = result;
  summary.hits = hits.length;
  for (const hit of hits) summary.hitsByBand[hit.match.band]++;
  for (const hit of hits) {
    const key = hit.match.entityId;
    const listed = result.entities[key] ? undefined : screener.findEntity(key);
    if (listed) result.entities[key] = describeHitEntity(listed);
  }
  summary.entitiesHit = Object.keys(result.entities).length;
  const sha256 = await run.input.sha256();
  summary.elapsedMs = performance.now() - started;
  const audit = createAuditRecord({
    inputLabel: run.input.label,
    sha256,
    bytes: summary.bytes,
    rows: summary.rowsRead,
    minBand: result.minBand,
    minScore: run.minScore,
    lists: result.lists,
    startedAt: run.startedAt,
    durationMs: summary.elapsedMs,
  });
  return { ...result, audit };
}
