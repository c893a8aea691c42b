import { listAuditFacts } from './audit-record.js';
import { decisionValues, generateReportRows, reportFields } from './report-rows.js';
import { sanitizeCell } from './sanitize-text.js';
import type { ScreenResult } from './screen-types.js';
import { createXlsx } from './write-xlsx.js';

// Wide enough to read the evidence and the explanation without resizing; the rest fit their usual content.
const widths: Record<string, number> = {
  evidence: 60,
  explanation: 50,
  best_source: 40,
  outcome: 12,
};

/**
 * The XLSX report for review in Excel: a Hits sheet (the CSV report's columns, with a drop-down of decisions in
 * `decision`) and an Audit sheet. Every cell is a shared string, never a formula, so a cell starting with `=`,
 * `+`, `-` or `@` is shown as the text it is and cannot run.
 */
export function formatXlsxReport(result: ScreenResult): Uint8Array {
  const rows = [
    reportFields,
    ...Array.from(generateReportRows(result), (row) => row.map(sanitizeCell)),
  ];
  return createXlsx([
    {
      name: 'Hits',
      rows,
      widths: reportFields.map((field) => widths[field] ?? 16),
      validations: [{ column: reportFields.indexOf('decision'), values: decisionValues }],
    },
    {
      name: 'Audit',
      rows: [['Fact', 'Value'], ...listAuditFacts(result.audit)],
      widths: [18, 90],
    },
  ]);
}
