import type { DatasetIssue } from './issue.js';

const fixHint = ' (run `nkscreen-dataset validate --fix`)';

/** `data/entities.csv:12 [some-id] countries: unknown country code 'XX'; …` */
export function formatIssue(issue: DatasetIssue): string {
  const id = issue.id ? ` [${issue.id}]` : '';
  const column = issue.column ? ` ${issue.column}` : '';
  const hint = issue.fixable ? fixHint : '';
  return `${issue.file}:${issue.line}${id}${column}: ${issue.message}${hint}`;
}

/** The one place issues become text: one line per problem, in the order given. */
export function formatIssues(issues: readonly DatasetIssue[]): string {
  return issues.map(formatIssue).join('\n');
}
