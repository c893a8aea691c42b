import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitCodes } from '../errors.js';
import type { CommandIo } from './io.js';

export const validateHelp = `Usage: nkscreen validate [dir] [--fix]

Checks a dataset directory (data/entities.csv and data/sources.csv) and prints every problem as
data/entities.csv:<line> [<id>] <column>: <message>; exits 1 when there is any. Runs nkscreen-dataset validate.
dir defaults to the current directory, or packages/dataset when run from the repository root.

Options:
  --fix        repair formatting only (sorting, spacing, list separators)
  -h, --help   show this help

Examples:
  nkscreen validate
  nkscreen validate packages/dataset --fix
`;

export const buildHelp = `Usage: nkscreen build [dir]

Validates the dataset, then writes its dist/ (main entry, entities.json, entities.ftm.jsonl, datapackage.json).
Runs nkscreen-dataset build; dir defaults as for validate.

Examples:
  nkscreen build
  nkscreen build packages/dataset
`;

/** The dataset package's own command-line script, found through its package.json `bin`. */
export function findDatasetBin(): string {
  const manifestUrl = import.meta.resolve('@nkscreen/dataset/package.json');
  const manifest = JSON.parse(readFileSync(new URL(manifestUrl), 'utf8')) as {
    bin?: Record<string, string>;
  };
  const relative = manifest.bin?.['nkscreen-dataset'] ?? './dist/cli.js';
  return fileURLToPath(new URL(relative, manifestUrl));
}

/** Without a directory, a contributor at the repository root means the workspace's dataset. */
function withDefaultDir(args: readonly string[]): string[] {
  const hasDir = args.some((arg) => !arg.startsWith('-'));
  const here = process.cwd();
  if (hasDir || existsSync(join(here, 'data', 'entities.csv'))) return [...args];
  const workspace = join(here, 'packages', 'dataset');
  return existsSync(join(workspace, 'data', 'entities.csv')) ? [...args, workspace] : [...args];
}

/** Runs `nkscreen-dataset <command>` with the same arguments and output, and returns its exit code. */
export async function runDatasetCommand(
  command: 'validate' | 'build',
  args: readonly string[],
  io: CommandIo,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(command === 'validate' ? validateHelp : buildHelp);
    return exitCodes.ok;
  }
  const child = spawn(process.execPath, [findDatasetBin(), command, ...withDefaultDir(args)], {
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      resolve(code ?? (signal ? exitCodes.interrupted : exitCodes.internal)),
    );
  });
}
