import { execFileSync } from 'node:child_process';

/** How the methodology page reads a report; anything it cannot read is shown generically. */
export type ReportKind = 'eval' | 'coreBench' | 'cliBench' | 'extensionBench';

/** A report another package writes (eval or bench output); the methodology page renders it as measured. */
export interface MeasuredReport {
  kind: ReportKind;
  title: string;
  /** The command that regenerates the file, from the repository root. */
  command: string;
  /** Repository-relative path of the file. */
  path: string;
  /** The parsed JSON, or undefined when the file has not been produced yet. */
  data: unknown;
  /** When the file was last committed, for reports that do not say when they were measured. */
  committedAt: string | undefined;
}

// Globs rather than imports: a report that does not exist yet must not fail the build.
const files = import.meta.glob<unknown>(
  [
    '../../../../packages/core/reports/eval.json',
    '../../../../packages/core/reports/bench.json',
    '../../../../packages/cli/reports/bench.json',
    '../../../extension/reports/bench.json',
  ],
  { eager: true, import: 'default' },
);

function findFile(repositoryPath: string): unknown {
  const entry = Object.entries(files).find(([key]) =>
    key.endsWith(repositoryPath.replace(/^apps\//, '')),
  );
  return entry?.[1];
}

function findCommitDate(repositoryPath: string): string | undefined {
  try {
    const date = execFileSync(
      'git',
      ['log', '-1', '--format=%cI', '--', `:(top)${repositoryPath}`],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    ).trim();
    return date || undefined;
  } catch {
    // Not a git checkout (for example a source tarball): the page then says the date is unknown.
    return undefined;
  }
}

function describe(kind: ReportKind, title: string, command: string, path: string): MeasuredReport {
  const data = findFile(path);
  return {
    kind,
    title,
    command,
    path,
    data,
    committedAt: data === undefined ? undefined : findCommitDate(path),
  };
}

export const measuredReports = {
  coreEval: describe(
    'eval',
    'Matching accuracy',
    'npm run eval -w @nkscreen/core',
    'packages/core/reports/eval.json',
  ),
  coreBench: describe(
    'coreBench',
    'Matcher speed',
    'npm run bench -w @nkscreen/core',
    'packages/core/reports/bench.json',
  ),
  cliBench: describe(
    'cliBench',
    'CLI screening speed',
    'npm run bench -w @nkscreen/cli',
    'packages/cli/reports/bench.json',
  ),
  extensionBench: describe(
    'extensionBench',
    'Extension page-scan cost',
    'npm run bench -w @nkscreen/extension',
    'apps/extension/reports/bench.json',
  ),
} satisfies Record<string, MeasuredReport>;
