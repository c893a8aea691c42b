import { describeNoHits } from './audit-record.js';
import { pairRow } from './report-model.js';
import type { RowHit, ScreenResult } from './screen-types.js';

function describeHit(result: ScreenResult, hit: RowHit): object {
  return {
    line: hit.line,
    ...(hit.sheet === undefined ? {} : { sheet: hit.sheet }),
    ...(hit.country === undefined ? {} : { rowCountry: hit.country }),
    column: hit.column,
    value: hit.value,
    row: Object.fromEntries(pairRow(result.headers, hit.row)),
    ...hit.match,
  };
}

/** `"key": value` lines at the object's first level, indented as JSON.stringify(…, null, 2) would. */
function field(key: string, value: unknown): string {
  return `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
}

/**
 * The whole result as JSON for scripts, in pieces: the audit record first, then one piece per hit, so hundreds of
 * thousands of hits are written without building one string larger than the engine allows.
 */
export function* streamJsonReport(result: ScreenResult): Generator<string> {
  const head = [
    field('audit', result.audit),
    ...(result.hits.length === 0 ? [field('outcome', describeNoHits(result.audit))] : []),
    field('tool', result.tool),
    field('lists', result.lists),
    field('minBand', result.minBand),
    field('encoding', result.encoding),
    field('delimiter', result.delimiter),
    field('columns', result.columns),
    field('columnsGuessed', result.columnsGuessed),
    ...(result.workbook ? [field('workbook', result.workbook)] : []),
    field('summary', result.summary),
  ];
  yield `{\n${head.join(',\n')},\n  "hits": [`;
  let separator = '\n    ';
  for (const hit of result.hits) {
    yield separator + JSON.stringify(describeHit(result, hit), null, 2).replace(/\n/g, '\n    ');
    separator = ',\n    ';
  }
  yield `\n  ],\n${field('entities', result.entities)},\n${field('problems', result.problems)}\n}\n`;
}

/** The whole JSON report as one string (for small results and the API); the CLI writes {@link streamJsonReport}. */
export function formatJsonReport(result: ScreenResult): string {
  return [...streamJsonReport(result)].join('');
}
