import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supplierRows, toCsv } from './csv-fixtures.js';
import { binPath, createTempDir, watchlistCsv } from './run-bin.js';

/** Starts a screening that reads stdin, feeds it rows, and kills it while it still waits for more. */
function interruptMidRun(
  signal: NodeJS.Signals,
  out: string,
  input = defaultInput(),
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [binPath, 'screen', '-', '--list', watchlistCsv, '--out', out],
      {
        env: { ...process.env, CI: '' },
      },
    );
    let stderr = '';
    let killed = false;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      // The column line is printed once the first rows have been parsed: the run is under way.
      if (!killed && stderr.includes('screening column')) killed = child.kill(signal);
    });
    child.on('error', reject);
    child.stdin.on('error', () => undefined);
    child.on('close', (code, closeSignal) => resolve({ code, signal: closeSignal, stderr }));
    child.stdin.write(input);
  });
}

function defaultInput(): string {
  const rows = toCsv(supplierRows);
  return rows + rows.split('\n').slice(1).join('\n').repeat(2000);
}

describe('an interrupted run', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('keeps the old report and leaves no temporary file (%s)', async (signal, code) => {
    const dir = createTempDir();
    const out = join(dir, 'report.html');
    writeFileSync(out, 'OLD REPORT');
    const result = await interruptMidRun(signal, out);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain('no report was written, an existing one is unchanged');
    expect(readFileSync(out, 'utf8')).toBe('OLD REPORT');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('answers Ctrl-C while it reads supplier names of 40,000 characters, keeping the old report', async () => {
    // Each cell is one unbroken run, Latin then unspaced Hangul: work per cell is bounded, so the signal is
    // handled between rows and the run stops (the vitest timeout is only a hang guard).
    const long = (letters: string) =>
      letters.repeat(Math.ceil(40_000 / letters.length)).slice(0, 40_000);
    const rows = Array.from({ length: 40 }, (_, i) => [
      long(i % 2 ? '남강무역회사조선' : 'ShadowHarbourTrading'),
      'China',
      '',
    ]);
    const dir = createTempDir();
    const out = join(dir, 'report.csv');
    writeFileSync(out, 'OLD REPORT');
    const result = await interruptMidRun('SIGINT', out, toCsv([supplierRows[0]!, ...rows]));
    expect(result.code).toBe(130);
    expect(readFileSync(out, 'utf8')).toBe('OLD REPORT');
    expect(readdirSync(dir)).toEqual(['report.csv']);
  });

  it('keeps the old report when killed outright (SIGKILL)', async () => {
    const dir = createTempDir();
    const out = join(dir, 'report.json');
    writeFileSync(out, '{"old":true}');
    const result = await interruptMidRun('SIGKILL', out);
    expect(result.signal).toBe('SIGKILL');
    expect(readFileSync(out, 'utf8')).toBe('{"old":true}');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
