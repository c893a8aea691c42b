import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-fixtures.js';
import { createTempDir, runBin, watchlistCsv } from './run-bin.js';

// Issue 14: input written to blind, stall or silence the screen. Each spec runs the built bin as a user would.

interface JsonReport {
  summary: { rowsRead: number; rowsScreened: number; rowsSkipped: number };
  hits: { line: number; value: string; entityId: string }[];
}

const LONG_CELL_LENGTH = 200_000;

// Letters that spell a listed name over and over, with no space: a cell that only a bound on word length keeps
// from costing time and memory quadratic in its length (before the bound: out of memory, exit 134, after 57 s).
const longLatinRun = 'ShadowHarbourTrading'.repeat(LONG_CELL_LENGTH / 20);
// Syllables spread over the whole Hangul block by a fixed step, unspaced: romanised, this was one giant word.
const longHangulRun = Array.from({ length: LONG_CELL_LENGTH }, (_, index) =>
  String.fromCharCode(0xac00 + ((index * 7919) % 11172)),
).join('');

// Only against a hang: the run takes about a second; before the bound it never finished.
const HANG_GUARD_MS = 180_000;

describe('nkscreen screen: a 200,000-character cell', () => {
  it.each([
    ['a run of Latin letters', longLatinRun],
    ['an unspaced run of Hangul syllables', longHangulRun],
  ])(
    'finishes with %s in one row, reads it as no name, and still reports the listed name in the next row',
    async (_script, longCell) => {
      expect(longCell).toHaveLength(LONG_CELL_LENGTH);
      const dir = createTempDir();
      const input = join(dir, 'suppliers.csv');
      writeFileSync(
        input,
        toCsv([
          ['Supplier Name', 'Country'],
          [longCell, 'China'],
          ['Shadow Harbour Trading Co', 'Russia'],
        ]),
      );
      const out = join(dir, 'report.json');
      const run = await runBin(
        ['screen', input, '--list', watchlistCsv, '--lists-only', '--out', out],
        { killAfterMs: HANG_GUARD_MS },
      );
      expect(run.signal, 'killed by the hang guard').toBeNull();
      expect(run.status, run.stderr).toBe(0);
      const report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
      expect(report.hits.map((hit) => [hit.line, hit.value, hit.entityId])).toEqual([
        [3, 'Shadow Harbour Trading Co', 'watchlist.csv:shadow-harbour'],
      ]);
      expect(report.summary).toMatchObject({ rowsRead: 2, rowsScreened: 2, rowsSkipped: 0 });
    },
    HANG_GUARD_MS + 30_000,
  );
});

// Erase the line (ESC[2K), go back to its start (CR) and up a line (ESC[1A), conceal what follows (ESC[8m), and
// reverse the rest (RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING): printed raw, codes like these made a
// terminal show nothing although hits were found.
const craftedName =
  'Shadow Harbour Trading Co \u001b[2K\r\u001b[1A\u001b[8m \u202eoC gnidarT\u202c';
// Finding raw control characters is what this pattern is for.
// eslint-disable-next-line no-control-regex
const RAW_ESCAPE_OR_BIDI = /[\u001b\u009b\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('nkscreen output of a supplier name crafted with terminal escape codes and a bidi override', () => {
  const rows = [
    ['Supplier Name', 'Country'],
    [craftedName, 'Russia'],
    ['Blue Lantern Manpower Corp', 'China'],
  ];

  it('screen shows every hit on the terminal, the crafted name with its codes written out, none run', async () => {
    const run = await runBin(['screen', '-', '--list', watchlistCsv, '--lists-only'], {
      input: toCsv(rows),
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(RAW_ESCAPE_OR_BIDI);
    expect(run.stdout).toContain(
      'line 2 · Supplier Name: “Shadow Harbour Trading Co \\u001b[2K\\u000d\\u001b[1A\\u001b[8m \\u202eoC gnidarT\\u202c”',
    );
    expect(run.stdout).toContain('Shadow Harbour Trading Company  [shadow-harbour]');
    expect(run.stdout).toContain('line 3 · Supplier Name: “Blue Lantern Manpower Corp”');
  });

  it('screen --out writes a CSV report without a raw escape or bidi character, every hit kept', async () => {
    const dir = createTempDir();
    const input = join(dir, 'suppliers.csv');
    writeFileSync(input, toCsv(rows));
    const out = join(dir, 'hits.csv');
    const run = await runBin([
      'screen',
      input,
      '--list',
      watchlistCsv,
      '--lists-only',
      '--out',
      out,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(RAW_ESCAPE_OR_BIDI);
    const report = readFileSync(out, 'utf8');
    expect(report).not.toMatch(RAW_ESCAPE_OR_BIDI);
    expect(report).toContain('\\u001b[2K');
    expect(report).toContain('\\u202eoC gnidarT\\u202c');
    const entityIds = report.match(/,(shadow-harbour|blue-lantern),watchlist\.csv,/g);
    expect(entityIds).toEqual([',shadow-harbour,watchlist.csv,', ',blue-lantern,watchlist.csv,']);
  });

  it('match shows the hit for the crafted name with its codes written out, none run', async () => {
    const run = await runBin(['match', craftedName, '--list', watchlistCsv, '--lists-only']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(RAW_ESCAPE_OR_BIDI);
    expect(run.stdout).toMatch(
      /^“Shadow Harbour Trading Co \\u001b\[2K\\u000d\\u001b\[1A\\u001b\[8m \\u202eoC gnidarT\\u202c”\n1\. Shadow Harbour Trading Company {2}\[shadow-harbour\]/,
    );
  });
});

describe('nkscreen screen --out that cannot be written', () => {
  it('refuses a path inside a regular file (fails even as root) before the input is read: exit 2, nothing written', async () => {
    const dir = createTempDir();
    const notAFolder = join(dir, 'notes.txt');
    writeFileSync(notAFolder, 'a file, not a folder');
    const out = join(notAFolder, 'report.html');
    // The input does not exist: had it been read first, the message would be about the input.
    const run = await runBin(['screen', join(dir, 'missing.csv'), '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `nkscreen: --out ${out}: ${notAFolder} is a file, not a folder. Choose a path inside a folder.\n`,
    );
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(readFileSync(notAFolder, 'utf8')).toBe('a file, not a folder');
    expect(existsSync(out)).toBe(false);
  });
});
