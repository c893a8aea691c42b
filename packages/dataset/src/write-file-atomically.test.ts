import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFixtureDir, readFixture } from '../test/fixture-dir.js';
import { buildDataset } from './build-dataset.js';
import { fixDataset } from './fix-dataset.js';
import { nodeWriteFs, writeFileAtomically, type WriteFs } from './write-file-atomically.js';

// A disk that fills up after `limit` bytes: the write succeeds but the file is cut short, as under `ulimit -f`.
function createFullDisk(limit: number): WriteFs {
  return {
    ...nodeWriteFs,
    writeFileSync: (path, content) => {
      const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
      nodeWriteFs.writeFileSync(path, bytes.subarray(0, limit));
    },
  };
}

// A disk that refuses to write at all (EACCES, ENOSPC).
const failingDisk: WriteFs = {
  ...nodeWriteFs,
  writeFileSync: () => {
    throw new Error('ENOSPC: no space left on device');
  },
};

const scratch = () => mkdtempSync(join(tmpdir(), 'nkscreen-atomic-'));

describe('writeFileAtomically', () => {
  it('replaces the file with the new content and leaves no temp file', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.csv'), 'old');
    writeFileAtomically(join(dir, 'a.csv'), 'new content');
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });

  it('keeps the old file whole when the write is cut short, and says so', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.csv'), 'old');
    expect(() =>
      writeFileAtomically(join(dir, 'a.csv'), 'x'.repeat(100), createFullDisk(20)),
    ).toThrow(/wrote 100 bytes but read back 20/);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });

  it('removes temp files that a killed run left beside the target', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.csv.nkscreen-tmp-99999'), 'half');
    writeFileSync(join(dir, 'other.csv.nkscreen-tmp-99999'), 'not ours');
    writeFileAtomically(join(dir, 'a.csv'), 'whole');
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'other.csv.nkscreen-tmp-99999']);
  });
});

describe('commands that write', () => {
  it('validate --fix leaves entities.csv byte for byte as it was when the disk fills up', () => {
    const dir = createFixtureDir('unsorted');
    const before = readFileSync(join(dir, 'data/entities.csv'));
    expect(() => fixDataset(dir, createFullDisk(20))).toThrow(/was not changed/);
    expect(readFileSync(join(dir, 'data/entities.csv'))).toEqual(before);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['entities.csv', 'sources.csv']);
  });

  it('build keeps an earlier build intact when a write fails', () => {
    const dir = createFixtureDir('valid');
    const outDir = join(dir, 'dist');
    buildDataset(dir, { outDir, version: '1.0.0' });
    const before = readFileSync(join(outDir, 'entities.json'));
    expect(() => buildDataset(dir, { outDir, version: '1.0.1', fs: failingDisk })).toThrow(
      /ENOSPC/,
    );
    expect(readFileSync(join(outDir, 'entities.json'))).toEqual(before);
    expect(readdirSync(outDir).filter((name) => name.includes('nkscreen-tmp'))).toEqual([]);
    expect(readFixture('valid', 'entities.csv')).toEqual(
      readFileSync(join(dir, 'data/entities.csv')),
    );
  });
});
