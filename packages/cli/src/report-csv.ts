import Papa from 'papaparse';
import { describeNoHits } from './audit-record.js';
import { describeRowContext, formatScore } from './report-model.js';
import { sanitizeCell } from './sanitize-text.js';
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

/**
 * One CSV line per hit, each carrying the run's audit facts and empty reviewer columns; a run without hits writes
 * one dated "no hits — not a clearance" line instead, so the file still records what was screened against what.
 * Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) get a leading `'` (OWASP's CSV
 * injection advice), because every value comes from the screened file or from page text.
 */
export function formatCsvReport(result: ScreenResult): string {
  const fields = ['outcome', ...hitColumns, ...reviewerColumns, ...auditColumns];
  const audit = auditCells(result);
  const empty = reviewerColumns.map(() => '');
  const rows =
    result.hits.length === 0
      ? [[describeNoHits(result.audit), ...hitColumns.map(() => ''), ...empty, ...audit]]
      : result.hits.map((hit) => ['hit', ...hitCells(result, hit), ...empty, ...audit]);
  const safe = rows.map((row) => row.map(sanitizeCell));
  return `${Papa.unparse({ fields, data: safe }, { escapeFormulae: true, newline: '\n' })}\n`;
}
