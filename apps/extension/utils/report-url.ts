import type { FindingSummary } from './finding';

const REPOSITORY_URL = 'https://github.com/nkscreen/nkscreen';

export interface ReportContext {
  hostname: string;
  finding: FindingSummary;
  datasetVersion: string;
  extensionVersion: string;
}

/**
 * A prefilled new-issue page on the project's repository. Opening it sends nothing: the user reads, edits and
 * submits it on GitHub. The page URL path is left out on purpose; only the host is included.
 */
export function createReportUrl({
  hostname,
  finding,
  datasetVersion,
  extensionVersion,
}: ReportContext): string {
  const title = `Possible false positive: ${finding.entityId} on ${hostname}`;
  const body = [
    '<!-- Please check the details below and tell us what is wrong. Nothing was sent automatically. -->',
    '',
    `- Site: ${hostname}`,
    `- Field: ${finding.field}`,
    `- Text on the page: ${finding.pageText}`,
    `- Matched entity: ${finding.entityId} (${finding.entityName})`,
    `- Match: ${finding.band}, score ${finding.score.toFixed(2)}`,
    `- Dataset version: ${datasetVersion}`,
    `- Extension version: ${extensionVersion}`,
    '',
    'What is wrong with this warning?',
    '',
  ].join('\n');
  const params = new URLSearchParams({ labels: 'false-positive', title, body });
  return `${REPOSITORY_URL}/issues/new?${params.toString()}`;
}
