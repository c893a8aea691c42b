import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-atomic.js';

const folder = () => mkdtempSync(join(tmpdir(), 'nkscreen-write-'));

describe('writeFileAtomic', () => {
  it('writes text given in pieces exactly as if it were one string', async () => {
    const dir = folder();
    const pieces = Array.from({ length: 50_000 }, (_, i) => `line ${i} ünïcödé\n`);
    await writeFileAtomic(join(dir, 'report.csv'), pieces);
    expect(readFileSync(join(dir, 'report.csv'), 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(dir)).toEqual(['report.csv']);
  });

  it('removes the temporary file a killed earlier run left, and keeps one whose writer still runs', async () => {
    const dir = folder();
    // A pid that existed and has exited: the process spawned here has finished by the time spawnSync returns.
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
    const stale = `.report.html.${deadPid}.0badc0de.tmp`;
    const live = `.report.html.${process.ppid}.feedf00d.tmp`;
    writeFileSync(join(dir, stale), 'half a report');
    writeFileSync(join(dir, live), 'being written');
    await writeFileAtomic(join(dir, 'report.html'), '<p>done</p>');
    expect(readdirSync(dir).sort()).toEqual([live, 'report.html'].sort());
  });
});
