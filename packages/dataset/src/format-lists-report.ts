import type { ListsReport } from './compare-with-lists.js';

/** The lists report as plain text, one finding per line, counts first. */
export function formatListsReport(report: ListsReport): string {
  const incomplete = report.checked.filter((check) => check.missingSpellings.length > 0);
  const lines = [
    `${report.checked.length} designated row identifier(s) found on the lists; ${incomplete.length} miss a listed spelling; ${report.candidates.length} DPRK-program candidate(s); ${report.identifierMismatches.length} identifier mismatch(es); ${report.removed.length} row identifier(s) not on the lists read.`,
  ];
  if (incomplete.length > 0)
    lines.push('', 'Listed spellings missing from the row (add as alias or weak alias):');
  for (const check of incomplete) {
    lines.push(
      `  ${check.entity} (${check.identifier}): ${check.missingSpellings.map((name) => `"${name}"`).join(', ')}`,
    );
  }
  if (report.candidates.length > 0)
    lines.push('', 'DPRK-program entries absent from the dataset (candidates for a researcher):');
  for (const entry of report.candidates) {
    const aka = entry.aliases.length > 0 ? `; a.k.a. ${entry.aliases.join(' | ')}` : '';
    const where = entry.countries.length > 0 ? `; ${entry.countries.join(', ')}` : '';
    lines.push(`  ${entry.id} ${entry.name} [${entry.programs.join(', ')}]${where}${aka}`);
  }
  if (report.identifierMismatches.length > 0)
    lines.push('', 'Rows holding a listed spelling without its identifier:');
  for (const { entity, identifier, listedName } of report.identifierMismatches) {
    lines.push(`  ${entity}: listed as "${listedName}" under ${identifier}`);
  }
  if (report.removed.length > 0)
    lines.push(
      '',
      'Active rows whose identifier is not on the lists read (delisted, or the file is incomplete):',
    );
  for (const { entity, identifier } of report.removed) lines.push(`  ${entity} (${identifier})`);
  return `${lines.join('\n')}\n`;
}
