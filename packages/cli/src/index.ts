export { runCli } from './cli.js';
export { createScreener } from './screener.js';
export type { Screener, ScreenerOptions, ScreenerStats } from './screener.js';
export { screenFile, screenInput } from './screen.js';
export type {
  RowHit,
  RowProblem,
  ScreenOptions,
  ScreenProgress,
  ScreenResult,
  ScreenSummary,
} from './screen.js';
export { scanDocument, scanFile } from './scan.js';
export type { Mention, ScanOptions, ScanResult } from './scan.js';
export { extractVisibleText } from './html-text.js';
export type { VisibleText } from './html-text.js';
export { loadList, parseCsvList, parseFtmList } from './lists.js';
export type { ExtraList, ListedEntity } from './lists.js';
export { formatCsvReport } from './report-csv.js';
export { formatJsonReport } from './report-json.js';
export { formatHtmlReport } from './report-html.js';
export { writeFileAtomic } from './write-atomic.js';
export { resolveInput, readText } from './input.js';
export type { InputFile, DecodeOptions } from './input.js';
export type { Encoding } from './decode.js';
export type { HitEntity } from './hit-entity.js';
export type { CommandIo } from './commands/io.js';
export { CliError, isCliError, exitCodes } from './errors.js';
export type { CliErrorCode } from './errors.js';
export { createXlsx } from './write-xlsx.js';
export type { XlsxSheet, ListValidation } from './write-xlsx.js';
