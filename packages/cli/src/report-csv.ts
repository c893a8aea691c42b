import Papa from 'papaparse';
import type { ScreenResult } from './screen-types.js';
import { formatScore } from './report-model.js';
import { sanitizeCell } from './sanitize-text.js';

const header = [
  'line',
  'column',
  'value',
  'band',
  'score',
  'entity_id',
  'entity_name',
  'list',
  'matched_alias',
  'tier',
  'evidence',
  'explanation',
  'source_urls',
];

/**
 * One CSV line per hit. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) are prefixed with `'`,
 * because the values come from the screened file.
 */
export function formatCsvReport(result: ScreenResult): string {
  const rows = result.hits.map((hit) => {
    const entity = result.entities[hit.match.entityId];
    return [
      String(hit.line),
      hit.column,
      hit.value,
      hit.match.band,
      formatScore(hit.match.score),
      entity?.id ?? hit.match.entityId,
      entity?.name ?? hit.match.name,
      entity?.list ?? '',
      hit.match.matchedAlias,
      entity?.tier ?? '',
      entity?.evidence ?? '',
      hit.match.explanation.text,
      (entity?.sources ?? []).map((source) => source.url).join(' | '),
    ];
  });
  const safe = rows.map((row) => row.map(sanitizeCell));
  return `${Papa.unparse({ fields: header, data: safe }, { escapeFormulae: true, newline: '\n' })}\n`;
}
