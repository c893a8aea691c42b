#!/usr/bin/env node
import { buildDataset } from './build-dataset.js';
import { isDatasetError } from './dataset-error.js';
import { fixDataset } from './fix-dataset.js';
import { compareWithLists } from './compare-with-lists.js';
import { formatIssues } from './format-issues.js';
import { formatListsReport } from './format-lists-report.js';
import { loadDataset, validateDataset } from './load-dataset.js';
import { readOfficialLists } from './read-official-lists.js';
import { createChangelog, releaseDataset } from './release-dataset.js';
import { summarize } from './summarize.js';
import { writeFileAtomically } from './write-file-atomically.js';

const usage = `Usage:
  nkscreen-dataset validate [dir] [--fix]   check data/entities.csv and data/sources.csv; --fix repairs formatting only
  nkscreen-dataset build [dir]              validate, then write dist/ (main entry, entities.json, entities.ftm.jsonl, datapackage.json)
  nkscreen-dataset release [dir] --date YYYY-MM-DD
                                            record the rows as release <package.json version> in releases/<version>.json
  nkscreen-dataset lists FILE... [--dir DIR] [--json]
                                            compare the rows with official list files as published: OFAC sdn.csv,
                                            alt.csv, add.csv, the UN consolidated XML, OpenSanctions FtM JSON lines
  nkscreen-dataset changelog [dir] [--out FILE]
                                            print (or write) the data changelog: rows added, changed, delisted per release

dir is the dataset directory holding data/ (default: the current directory).`;

const optionsByCommand: Record<string, readonly string[]> = {
  validate: ['--fix'],
  build: [],
  release: ['--date'],
  changelog: ['--out'],
  lists: ['--dir', '--json'],
};
const valueOptions = new Set(['--date', '--out', '--dir']);

function main(argv: readonly string[]): number {
  const [command = '', ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(usage);
    return 0;
  }
  const allowed = optionsByCommand[command];
  if (!allowed) {
    console.error(usage);
    return 2;
  }
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? '';
    if (!arg.startsWith('--')) positional.push(arg);
    else if (!allowed.includes(arg) || (valueOptions.has(arg) && rest[index + 1] === undefined)) {
      console.error(
        `${allowed.includes(arg) ? `${arg} needs a value` : `Unknown option ${arg}`}\n\n${usage}`,
      );
      return 2;
    } else options.set(arg, valueOptions.has(arg) ? (rest[(index += 1)] ?? '') : '');
  }
  if (command === 'lists')
    return report(() => lists(positional, options.get('--dir') ?? '.', options.has('--json')));
  const [dir = '.'] = positional;
  if (command === 'validate') return validate(dir, options.has('--fix'));
  if (command === 'build') return build(dir);
  return report(() =>
    command === 'release'
      ? release(dir, options.get('--date'))
      : changelog(dir, options.get('--out')),
  );
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

function release(dir: string, date: string | undefined): number {
  if (!date) {
    console.error(`release needs --date YYYY-MM-DD\n\n${usage}`);
    return 2;
  }
  const released = releaseDataset(dir, date);
  console.log(
    released.unchanged
      ? `${released.path} already records these rows; nothing written`
      : `recorded ${Object.keys(released.snapshot.entities).length} entities as release ${released.snapshot.version} (${date}, fingerprint ${released.snapshot.fingerprint}) in ${released.path}`,
  );
  return 0;
}

function changelog(dir: string, out: string | undefined): number {
  const markdown = createChangelog(dir);
  if (out) writeFileAtomically(out, markdown);
  else process.stdout.write(markdown);
  return 0;
}

function lists(files: readonly string[], dir: string, json: boolean): number {
  if (files.length === 0) {
    console.error(`lists needs at least one list file\n\n${usage}`);
    return 2;
  }
  const found = compareWithLists(loadDataset(dir).entities, readOfficialLists(files));
  process.stdout.write(json ? `${JSON.stringify(found, null, 2)}\n` : formatListsReport(found));
  return 0;
}

function report(run: () => number): number {
  try {
    return run();
  } catch (error) {
    console.error(isDatasetError(error) ? formatIssues(error.issues) : describeError(error));
    return 1;
  }
}

// A write failure (disk full, permission) is a sentence for the user, not a stack trace.
function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

process.exitCode = main(process.argv.slice(2));
