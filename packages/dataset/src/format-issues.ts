import type { DatasetIssue } from './issue.js';

const fixHint = ' (run `nkscreen-dataset validate --fix`)';

/** `data/entities.csv:12:5 [some-id] countries: unknown country code 'XX'; …` */
export function formatIssue(issue: DatasetIssue): string {
  // The file:line:column form of compilers and linters, but the column is the cell's place in the header
  // (spreadsheet column E is 5), not a character offset, which would mean little in a CSV line.
  const position = issue.columnNumber ? `${issue.line}:${issue.columnNumber}` : `${issue.line}`;
  const id = issue.id ? ` [${issue.id}]` : '';
  const column = issue.column ? ` ${issue.column}` : '';
  const hint = issue.fixable ? fixHint : '';
  return `${issue.file}:${position}${id}${column}: ${issue.message}${hint}`;
}

/** The one place issues become text: one line per problem, in the order given. */
export function formatIssues(issues: readonly DatasetIssue[]): string {
  return issues.map(formatIssue).join('\n');
}
