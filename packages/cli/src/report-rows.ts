import { describeNoHits } from './audit-record.js';
import { describeRowContext, formatScore } from './report-model.js';
import type { RowHit, ScreenResult } from './screen-types.js';

/** Left empty for the reviewer: filled in a spreadsheet, they make the report the record of the review. */
export const reviewerColumns = ['decision', 'reviewer', 'note'] as const;

// Evidence first: what the source says about the entity comes before how the name matched.
const hitColumns = [
  'sheet',
  'line',
  'column',
  'value',
  'entity_name',
  'evidence',
  'best_source',
  'tier',
  'band',
  'score',
  'matched_alias',
  'row_country',
  'context',
  'explanation',
  'entity_id',
  'list',
  'source_urls',
];
const auditColumns = [
  'screened_at',
  'input_file',
  'input_sha256',
  'dataset_version',
  'dataset_released_on',
  'matcher',
];

function auditCells(result: ScreenResult): string[] {
  const { audit } = result;
  return [
    audit.startedAt,
    audit.input.name,
    audit.input.sha256,
    audit.dataset.version,
    audit.dataset.releasedOn ?? 'unreleased',
    `${audit.matcher.version} match>=${audit.matcher.matchThreshold} review>=${audit.matcher.reviewThreshold} min-score ${audit.minScore}`,
  ];
}

function hitCells(result: ScreenResult, hit: RowHit): string[] {
  const entity = result.entities[hit.match.entityId];
  const best = entity?.sources[0];
  return [
    hit.sheet ?? '',
    String(hit.line),
    hit.column,
    hit.value,
    entity?.name ?? hit.match.name,
    entity?.evidence ?? '',
    best ? `${best.publisher}${best.publishedOn ? `, ${best.publishedOn}` : ''}: ${best.url}` : '',
    entity?.tier ?? '',
    hit.match.band,
    formatScore(hit.match.score),
    hit.match.matchedAlias,
    hit.country ?? '',
    entity ? describeRowContext(hit, entity) : '',
    hit.match.explanation.text,
    entity?.id ?? hit.match.entityId,
    entity?.list ?? '',
    (entity?.sources ?? []).map((source) => source.url).join(' | '),
  ];
}

/** What a reviewer may put in the `decision` column; the XLSX report offers them as a drop-down. */
export const decisionValues = ['confirmed', 'not the entity', 'needs more information'] as const;

/** The header of the CSV and XLSX reports: the outcome, the hit (evidence first), reviewer and audit columns. */
export const reportFields: readonly string[] = [
  'outcome',
  ...hitColumns,
  ...reviewerColumns,
  ...auditColumns,
];

/**
 * The report's lines after its header, one per hit, each carrying the run's audit facts and empty reviewer
 * columns; a run without hits gives one dated "no hits — not a clearance" line, so the file still records what
 * was screened against what. Cells are raw: each format makes them safe its own way.
 */
export function* generateReportRows(result: ScreenResult): Generator<string[]> {
  const audit = auditCells(result);
  const empty = reviewerColumns.map(() => '');
  if (result.hits.length === 0) {
    yield [describeNoHits(result.audit), ...hitColumns.map(() => ''), ...empty, ...audit];
    return;
  }
  for (const hit of result.hits) yield ['hit', ...hitCells(result, hit), ...empty, ...audit];
}
