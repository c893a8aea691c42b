import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const binPath = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
export const fixture = (name: string) =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export const watchlistCsv = fixture('watchlist.csv');
export const watchlistFtm = fixture('watchlist.ftm.jsonl');

export interface BinRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `nkscreen` bin as a user would, outside CI and off a terminal unless `env` says otherwise.
 * `killAfterMs` is a hang guard, not a speed check: a run still going then is killed (SIGKILL) and fails its spec.
 */
export function runBin(
  args: readonly string[],
  options: {
    input?: string | Buffer;
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    killAfterMs?: number;
  } = {},
): Promise<BinRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      cwd: options.cwd,
      env: { ...process.env, CI: '', ...options.env },
      timeout: options.killAfterMs,
      killSignal: 'SIGKILL',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

export function createTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'nkscreen-cli-test-'));
}

/** A hit as the JSON report writes it (the fields specs look at). */
export interface JsonHit {
  line: number;
  sheet?: string;
  value: string;
  band: string;
}

/**
 * Writes `bytes` to a temp file called `name` (omit both to screen `file` as it is), runs `nkscreen screen` on it
 * with a JSON report and `extra` arguments, and returns the run and the report's hits (undefined when none was
 * written).
 */
export async function screenToJson(
  input: { name: string; bytes: Uint8Array | string } | { file: string },
  extra: readonly string[] = [],
): Promise<{ run: BinRun; hits: JsonHit[] | undefined; file: string }> {
  const dir = createTempDir();
  let file: string;
  if ('file' in input) file = input.file;
  else {
    file = join(dir, input.name);
    writeFileSync(file, input.bytes);
  }
  const out = join(dir, 'report.json');
  const run = await runBin(['screen', file, '--out', out, ...extra]);
  const hits = existsSync(out)
    ? (JSON.parse(readFileSync(out, 'utf8')) as { hits: JsonHit[] }).hits
    : undefined;
  return { run, hits, file };
}
