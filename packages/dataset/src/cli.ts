#!/usr/bin/env node
import { buildDataset } from './build-dataset.js';
import { isDatasetError } from './dataset-error.js';
import { fixDataset } from './fix-dataset.js';
import { formatIssues } from './format-issues.js';
import { validateDataset } from './load-dataset.js';
import { summarize } from './summarize.js';

const usage = `Usage:
  nkscreen-dataset validate [dir] [--fix]   check data/entities.csv and data/sources.csv; --fix repairs formatting only
  nkscreen-dataset build [dir]              validate, then write dist/ (main entry, entities.json, entities.ftm.jsonl, datapackage.json)

dir is the dataset directory holding data/ (default: the current directory).`;

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  const flags = rest.filter((arg) => arg.startsWith('--'));
  const [dir = '.'] = rest.filter((arg) => !arg.startsWith('--'));
  const unknown = flags.filter((flag) => flag !== '--fix' || command !== 'validate');
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(usage);
    return 0;
  }
  if ((command !== 'validate' && command !== 'build') || unknown.length > 0) {
    console.error(unknown.length > 0 ? `Unknown option ${unknown.join(' ')}\n\n${usage}` : usage);
    return 2;
  }
  return command === 'validate' ? validate(dir, flags.includes('--fix')) : build(dir);
}

function validate(dir: string, fix: boolean): number {
  if (fix) {
    let fixed;
    try {
      fixed = fixDataset(dir);
    } catch (error) {
      console.error(`validate --fix stopped, no file was changed: ${describeError(error)}`);
      return 1;
    }
    for (const file of fixed.changed) console.log(`fixed formatting in ${file}`);
    for (const { file, reason } of fixed.skipped)
      console.error(`${file}: not fixed automatically: ${reason}`);
  }
  const result = validateDataset(dir);
  if (!result.ok) {
    console.error(formatIssues(result.issues));
    const files = [...new Set(result.issues.map((issue) => issue.file))].join(' and ');
    console.error(`\n${result.issues.length} problem(s) in ${files}.`);
    return 1;
  }
  console.log(summarize(result.data));
  return 0;
}

function build(dir: string): number {
  try {
    const built = buildDataset(dir);
    console.log(
      `built ${built.entityCount} entities and ${built.sourceCount} sources into ${built.outDir}: ${built.files.join(', ')}`,
    );
    return 0;
  } catch (error) {
    if (!isDatasetError(error)) {
      console.error(`build stopped: ${describeError(error)}`);
      return 1;
    }
    console.error(formatIssues(error.issues));
    console.error(`\nbuild stopped: ${error.issues.length} problem(s); nothing was written.`);
    return 1;
  }
}

// A write failure (disk full, permission) is a sentence for the user, not a stack trace.
function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

process.exitCode = main(process.argv.slice(2));
