import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm start` ends by serving this site; it must stop when it is sent SIGTERM (a terminal closing, a process
// manager, CI), leaving no server behind. The bounds below only catch a hang: nothing here measures speed.
const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const HANG_GUARD_MS = 90_000;

let child: ChildProcess;
let output = '';

function waitFor<T>(what: string, check: () => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const guard = setTimeout(
      () => reject(new Error(`gave up waiting for ${what}:\n${output}`)),
      HANG_GUARD_MS,
    );
    const poll = () => {
      const value = check();
      if (value !== undefined) {
        clearTimeout(guard);
        resolve(value);
      } else setTimeout(poll, 50);
    };
    poll();
  });
}

beforeAll(() => {
  if (!existsSync(`${dist}index.html`)) {
    throw new Error(
      `The built site is missing (${dist}). Build it first: npm run build -w @nkscreen/docs`,
    );
  }
  child = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
});

afterAll(() => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('npm start', () => {
  it('serves the docs, prints the dataset table once, and stops on SIGTERM', async () => {
    const url = await waitFor(
      'the listening line',
      () => /nkscreen docs: (http:\/\/127\.0\.0\.1:\d+\/?)/.exec(output)?.[1],
    );
    expect((await fetch(url)).status).toBe(200);

    const tableHeaders = output.split('\n').filter((line) => /^role\s.*\stotal$/.test(line.trim()));
    expect(tableHeaders).toHaveLength(1);
    expect(output).toContain('Validating the dataset');

    child.kill('SIGTERM');
    const exitCode = await waitFor('the exit after SIGTERM', () => child.exitCode ?? undefined);
    expect(exitCode).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });
});
