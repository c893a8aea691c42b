/** A report another package writes (eval or bench output); the methodology page renders it as measured. */
export interface MeasuredReport {
  title: string;
  /** The command that regenerates the file, from the repository root. */
  command: string;
  /** Repository-relative path of the file. */
  path: string;
  /** The parsed JSON, or undefined when the file has not been produced yet. */
  data: unknown;
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

function describe(title: string, command: string, path: string): MeasuredReport {
  return { title, command, path, data: findFile(path) };
}

export const measuredReports = {
  coreEval: describe(
    'Matching accuracy',
    'npm run eval -w @nkscreen/core',
    'packages/core/reports/eval.json',
  ),
  coreBench: describe(
    'Matcher speed',
    'npm run bench -w @nkscreen/core',
    'packages/core/reports/bench.json',
  ),
  cliBench: describe(
    'CLI screening speed',
    'npm run bench -w @nkscreen/cli',
    'packages/cli/reports/bench.json',
  ),
  extensionBench: describe(
    'Extension page-scan cost',
    'npm run bench -w @nkscreen/extension',
    'apps/extension/reports/bench.json',
  ),
} satisfies Record<string, MeasuredReport>;
