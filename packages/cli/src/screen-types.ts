import type { Band, Match } from '@nkscreen/core';
import type { AuditRecord } from './audit-record.js';
import type { Encoding } from './decode.js';
import type { Delimiter } from './detect-delimiter.js';
import type { HitEntity } from './hit-entity.js';
import type { ExtraList } from './lists.js';
import type { Screener } from './screener.js';

export interface ScreenOptions {
  /** Name columns (`--column`); guessed from the headers when empty. */
  columns?: readonly string[];
  minBand?: Band;
  /** Hits scoring below this (0–1, `--min-score`) are left out; 0 keeps every hit of the band. */
  minScore?: number;
  lists?: readonly ExtraList[];
  /** A screener to reuse (its index and cache); built from `lists` when absent. */
  screener?: Screener;
  encoding?: Encoding;
  /** Lines worth telling the user as the run goes: encoding, delimiter, the columns chosen. */
  onNote?: (note: string) => void;
  /** Every malformed or skipped row, as soon as it is read. */
  onProblem?: (problem: RowProblem) => void;
  /** Counters updated while reading, for a progress bar that polls them. */
  progress?: ScreenProgress;
  signal?: AbortSignal;
  /** Problems kept in the result (all are counted). */
  maxProblems?: number;
  /** In a workbook, the one sheet to screen (`--sheet`): its name as on the tab, or its 1-based number. */
  sheet?: string;
}

export interface ScreenProgress {
  bytes: number;
  rows: number;
  totalBytes: number | undefined;
}

/** One cell that matched a listed entity. */
export interface RowHit {
  /** Physical line (1-based) where the row starts; in a workbook, the row number Excel shows. */
  line: number;
  /** The workbook sheet the row is on; absent for CSV. */
  sheet?: string;
  /** The row's country cells as written (joined with ", "), when the file has a country column. */
  country?: string;
  column: string;
  value: string;
  /** Every cell of the row, in header order. */
  row: readonly string[];
  match: Match;
}

export interface RowProblem {
  line: number;
  reason: string;
  /** The workbook sheet the row is on; absent for CSV. */
  sheet?: string;
}

/** One table screened: a CSV file, or one sheet of a workbook. */
export interface SheetSummary {
  /** The sheet's name; empty for CSV. */
  name: string;
  headers: string[];
  /** The name columns screened. */
  columns: string[];
  rowsRead: number;
  hits: number;
}

export interface ScreenSummary {
  /** Data rows after the header, blank lines included: rowsScreened + rowsSkipped. */
  rowsRead: number;
  rowsScreened: number;
  rowsSkipped: number;
  /** Skipped rows by short reason. */
  skippedByReason: Record<string, number>;
  rowsWithHits: number;
  hits: number;
  hitsByBand: Record<Band, number>;
  entitiesHit: number;
  bytes: number;
  elapsedMs: number;
}

export interface ScreenResult {
  /** `nkscreen <version>`: the tool that wrote the result. */
  tool: string;
  input: string;
  encoding: Encoding | 'unknown';
  delimiter: Delimiter;
  headers: string[];
  columns: string[];
  columnsGuessed: boolean;
  minBand: Band;
  lists: string[];
  summary: ScreenSummary;
  hits: RowHit[];
  /** The entities the hits point at, by `match.entityId`. */
  entities: Record<string, HitEntity>;
  problems: RowProblem[];
  /** Which data, matcher, thresholds and file this run used, and when: the header of every report. */
  audit: AuditRecord;
  /** Set for a workbook: its format and every sheet screened, with the headers a hit's `row` lines up with. */
  workbook?: { format: 'xlsx'; sheets: SheetSummary[] };
}

/** A result while its input is still being read: everything but the audit record, which needs the whole input. */
export type ScreenDraft = Omit<ScreenResult, 'audit'>;
