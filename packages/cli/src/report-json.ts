import type { ScreenResult } from './screen-types.js';
import { describeNoHits } from './audit-record.js';
import { pairRow } from './report-model.js';

/** The whole result as JSON for scripts; each hit's row is an object keyed by header. */
export function formatJsonReport(result: ScreenResult): string {
  const report = {
    audit: result.audit,
    outcome: result.hits.length === 0 ? describeNoHits(result.audit) : undefined,
    minBand: result.minBand,
    encoding: result.encoding,
    delimiter: result.delimiter,
    columns: result.columns,
    columnsGuessed: result.columnsGuessed,
    summary: result.summary,
    hits: result.hits.map((hit) => ({
      line: hit.line,
      ...(hit.sheet === undefined ? {} : { sheet: hit.sheet }),
      ...(hit.country === undefined ? {} : { rowCountry: hit.country }),
      column: hit.column,
      value: hit.value,
      row: Object.fromEntries(pairRow(result.headers, hit.row)),
      ...hit.match,
    })),
    entities: result.entities,
    problems: result.problems,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
