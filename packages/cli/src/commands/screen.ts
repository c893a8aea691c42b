import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { parseBand, parseCommandArgs, parseEncodingOption, parseMinScore } from '../args.js';
import { createUsageError, exitCodes } from '../errors.js';
import { formatScreenHits, formatScreenSummary } from '../format-text.js';
import { resolveInput } from '../input.js';
import { shouldShowProgress, startProgress } from '../progress.js';
import { streamCsvReport } from '../report-csv.js';
import { streamHtmlReport } from '../report-html.js';
import { streamJsonReport } from '../report-json.js';
import { formatXlsxReport } from '../report-xlsx.js';
import { screenInput, type RowProblem, type ScreenProgress, type ScreenResult } from '../screen.js';
import { createScreener } from '../screener.js';
import { sanitizeForTerminal } from '../sanitize-text.js';
import { writeFileAtomic, type FileContent } from '../write-atomic.js';
import type { CommandIo } from './io.js';
import { checkListsOnly, loadLists } from './load-lists.js';

export const screenHelp = `Usage: nkscreen screen <file.csv | file.xlsx | -> [options]

Screens every row of a supplier list against the dataset (and your own lists), streaming, so files of any size
work. Reads UTF-8 and UTF-16 (with or without BOM) and detects legacy encodings (Windows-1252/1251, CP949,
GBK/GB18030, Big5, Shift_JIS, EUC-JP); comma, semicolon or tab delimited. Reads .xlsx workbooks: every sheet,
each with its own header, hits located by sheet and the row number Excel shows.
The name columns are guessed from the header (supplier, vendor, company, manufacturer, ... name) unless given;
country, city and address columns (also in Korean, Chinese, Japanese, Russian, Spanish, French, German) are
read as context: a listed entity that needs its country or city is a match only when the row names it.

Options:
  --column <header>    a column holding company names; repeat for several (default: guessed, and printed)
  --out <file>         write the report: .html (for reviewers), .csv or .xlsx (with reviewer columns) or .json;
                       written atomically (without --out the hits are printed). Every report opens with its
                       audit record: dataset version and date, matcher and thresholds, the file's name and
                       SHA-256, rows, time; a run without hits still records that, dated.
  --list <file>        add your own list: .csv (id,name,aliases) or FollowTheMoney .jsonl (OpenSanctions export);
                       repeat for several lists
  --lists-only         match only against the --list files, not the bundled dataset
  --min-band <band>    review (default: both bands) or match (only strong matches)
  --min-score <0..1>   leave out hits scoring below this (default: every hit of the band)
  --fail-on-hit        exit 1 when any row matched (for CI and scripts)
  --sheet <name|n>     in a workbook, screen only this sheet (its tab name, or 1 for the first tab)
  --encoding <name>    any WHATWG label (utf-8, euc-kr/cp949, gbk, big5, shift_jis, windows-1251, ...),
                       when detection gets it wrong or says it is unsure
  -h, --help           show this help

Exit codes: 0 done, 1 hits with --fail-on-hit, 2 usage or input error, 130 interrupted.

Examples:
  nkscreen screen suppliers.csv
  nkscreen screen suppliers.csv --column "Vendor Name" --out report.html
  nkscreen screen export.csv --list opensanctions.ftm.jsonl --min-band match --fail-on-hit
  cat suppliers.csv | nkscreen screen - --out hits.json
`;

const reportFormats = {
  '.csv': streamCsvReport,
  '.json': streamJsonReport,
  '.html': streamHtmlReport,
  '.htm': streamHtmlReport,
  '.xlsx': formatXlsxReport,
} as const satisfies Record<string, (result: ScreenResult) => FileContent>;

const MAX_PROBLEMS_PRINTED = 20;

/**
 * Checks `--out` before any input is read: a known report type, not a directory, not the input file itself (compared
 * by device and inode, so another spelling or case of the same path is caught too), and a folder this user can write.
 */
async function checkOutPath(
  out: string,
  inputPath: string,
): Promise<(result: ScreenResult) => FileContent> {
  const format = reportFormats[extname(out).toLowerCase() as keyof typeof reportFormats];
  if (!format)
    throw createUsageError(
      `--out ${out}: the report file must end in .html, .csv, .json or .xlsx.`,
    );
  const existing = await stat(out).catch(() => undefined);
  if (existing?.isDirectory())
    throw createUsageError(
      `--out ${out} is a directory; give a file name inside it, e.g. ${join(out, `report${extname(out) || '.html'}`)}.`,
    );
  if (existing && inputPath !== '-') {
    const input = await stat(inputPath).catch(() => undefined);
    if (input && input.dev === existing.dev && input.ino === existing.ino)
      throw createUsageError(
        `--out ${out} is the input file ${inputPath}; choose another report path.`,
      );
  }
  const folder = dirname(resolve(out));
  const folderInfo = await stat(folder).catch(() => undefined);
  if (!folderInfo)
    throw createUsageError(
      `--out ${out}: the folder ${dirname(out)} does not exist. Create it or choose another path.`,
    );
  if (!folderInfo.isDirectory())
    throw createUsageError(
      `--out ${out}: ${dirname(out)} is a file, not a folder. Choose a path inside a folder.`,
    );
  await access(folder, constants.W_OK).catch(() => {
    throw createUsageError(
      `--out ${out}: the folder ${dirname(out)} is not writable. Choose a folder you can write to.`,
    );
  });
  if (existing) {
    await access(out, constants.W_OK).catch(() => {
      throw createUsageError(
        `--out ${out} exists and is not writable. Choose another path or change its permissions.`,
      );
    });
  }
  return format;
}

export async function runScreen(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('screen', args, {
    column: { type: 'string', multiple: true },
    out: { type: 'string', short: 'o' },
    list: { type: 'string', multiple: true },
    'lists-only': { type: 'boolean' },
    'min-band': { type: 'string' },
    'min-score': { type: 'string' },
    'fail-on-hit': { type: 'boolean' },
    encoding: { type: 'string' },
    sheet: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(screenHelp);
    return exitCodes.ok;
  }
  if (positionals.length !== 1) {
    throw createUsageError(
      positionals.length === 0
        ? 'give the CSV file to screen, or - to read stdin: nkscreen screen suppliers.csv'
        : `give one file; found ${positionals.length}: ${positionals.join(', ')}.`,
    );
  }
  const path = positionals[0] as string;
  const minBand = parseBand(values['min-band']);
  const minScore = parseMinScore(values['min-score']);
  const encoding = parseEncodingOption(values.encoding);
  const format = values.out ? await checkOutPath(values.out, path) : undefined;
  const input = await resolveInput(path);
  const lists = await loadLists(values.list ?? [], io);
  const withoutDataset = checkListsOnly(values['lists-only'], lists);
  const screener = createScreener({ lists, minBand, withoutDataset });

  const progress: ScreenProgress = { bytes: 0, rows: 0, totalBytes: undefined };
  const bar = shouldShowProgress(io.stderr, io.env)
    ? startProgress(progress, io.stderr as NodeJS.WriteStream)
    : undefined;
  const clear = bar ? '\r\u001b[K' : '';
  let printed = 0;
  const onProblem = (problem: RowProblem) => {
    if (printed < MAX_PROBLEMS_PRINTED)
      io.stderr.write(
        `${clear}${sanitizeForTerminal(`${input.label}:${problem.sheet === undefined ? '' : `[${problem.sheet}] row `}${problem.line}: skipped: ${problem.reason}`)}\n`,
      );
    else if (printed === MAX_PROBLEMS_PRINTED)
      io.stderr.write(`${clear}(more skipped rows are not printed; the summary counts them all)\n`);
    printed++;
  };
  let result: ScreenResult;
  try {
    result = await screenInput(input, {
      columns: values.column ?? [],
      minBand,
      minScore,
      screener,
      ...(encoding ? { encoding } : {}),
      ...(values.sheet === undefined ? {} : { sheet: values.sheet }),
      onNote: (note) => io.stderr.write(`${clear}${sanitizeForTerminal(note)}\n`),
      onProblem,
      progress,
      ...(io.signal ? { signal: io.signal } : {}),
    });
  } finally {
    bar?.stop();
  }

  if (values.out && format) {
    await writeFileAtomic(values.out, format(result));
  } else {
    io.stdout.write(sanitizeForTerminal(formatScreenHits(result)));
  }
  io.stderr.write(`${formatScreenSummary(result)}\n`);
  if (values.out) io.stderr.write(`report written to ${values.out}\n`);
  return values['fail-on-hit'] && result.hits.length > 0 ? exitCodes.hits : exitCodes.ok;
}
