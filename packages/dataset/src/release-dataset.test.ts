import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFixtureDir, readFixture } from '../test/fixture-dir.js';
import { buildDataset } from './build-dataset.js';
import { createChangelog, releaseDataset } from './release-dataset.js';

function createPackage(version: string, entities?: string): string {
  const dir = createFixtureDir('valid', entities === undefined ? {} : { entities });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ version }));
  return dir;
}

const setVersion = (dir: string, version: string) =>
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ version }));

const validEntities = readFixture('valid', 'entities.csv').toString('utf8');

async function importBuilt(dir: string): Promise<Record<string, unknown>> {
  buildDataset(dir);
  // Build output is plain ESM beside a runtime the test does not need: read the constants from the text.
  const text = readFileSync(join(dir, 'dist/index.js'), 'utf8');
  const read = (name: string) =>
    JSON.parse(
      new RegExp(`export const ${name} = (.*);`).exec(text)?.[1] ?? 'undefined',
    ) as unknown;
  return Object.fromEntries(
    ['version', 'datasetVersion', 'datasetReleasedOn', 'datasetFingerprint'].map((name) => [
      name,
      read(name),
    ]),
  );
}

describe('the dataset identifies itself', () => {
  it('an unreleased build says version+fingerprint and no release date', async () => {
    const built = await importBuilt(createPackage('1.0.0'));
    expect(built).toEqual({
      version: '1.0.0',
      datasetVersion: `1.0.0+${String(built.datasetFingerprint).slice(0, 8)}`,
      datasetReleasedOn: null,
      datasetFingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it('a released build carries the version and its date; any changed cell changes the fingerprint', async () => {
    const dir = createPackage('1.0.0');
    releaseDataset(dir, '2026-12-01');
    const released = await importBuilt(dir);
    expect(released).toMatchObject({ datasetVersion: '1.0.0', datasetReleasedOn: '2026-12-01' });

    writeFileSync(
      join(dir, 'data/entities.csv'),
      validEntities.replace('Beijing Sukbakso,', 'Beijing Sukbakso Hotel,'),
    );
    const edited = await importBuilt(dir);
    expect(edited.datasetFingerprint).not.toBe(released.datasetFingerprint);
    expect(edited).toMatchObject({ datasetReleasedOn: null });
  });

  it('formatting-only edits keep the fingerprint', async () => {
    const tidy = await importBuilt(createPackage('1.0.0'));
    const crlf = await importBuilt(createPackage('1.0.0', validEntities.replaceAll('\n', '\r\n')));
    expect(crlf.datasetFingerprint).toBe(tidy.datasetFingerprint);
  });

  it('never rewrites a released snapshot with other rows', () => {
    const dir = createPackage('1.0.0');
    releaseDataset(dir, '2026-12-01');
    expect(releaseDataset(dir, '2026-12-02').unchanged).toBe(true);
    writeFileSync(
      join(dir, 'data/entities.csv'),
      validEntities.replace('Beijing Sukbakso,', 'Beijing Sukbakso Hotel,'),
    );
    expect(() => releaseDataset(dir, '2026-12-02')).toThrow(
      /already records release 1\.0\.0 with other rows/,
    );
    expect(() => releaseDataset(dir, '2026-13-02')).toThrow(/is not a date/);
  });
});

describe('the data changelog', () => {
  it('lists added, changed, delisted and removed rows per release, newest first, then unreleased rows', () => {
    const dir = createPackage('1.0.0');
    const [header, sukbakso, pagoda, namgang] = validEntities.trimEnd().split('\n');
    writeFileSync(join(dir, 'data/entities.csv'), `${[header, pagoda, namgang].join('\n')}\n`);
    releaseDataset(dir, '2026-11-01');

    setVersion(dir, '1.1.0');
    const delisted = (namgang ?? '').replace(',active,,', ',delisted,2026-11-20,');
    writeFileSync(
      join(dir, 'data/entities.csv'),
      `${[header, sukbakso, pagoda, delisted].join('\n')}\n`,
    );
    releaseDataset(dir, '2026-12-01');

    setVersion(dir, '1.2.0');
    const renamed = (pagoda ?? '').replace('Hunchun Pagoda,', 'Hunchun Pagoda Seafood,');
    writeFileSync(
      join(dir, 'data/entities.csv'),
      `${[header, sukbakso, renamed, delisted].join('\n')}\n`,
    );

    expect(createChangelog(dir)).toBe(`# Data changelog

Rows added, changed, delisted and removed in each release of the dataset.

## Unreleased

### Changed (1)

- Hunchun Pagoda Seafood (\`hunchun-pagoda\`)

## 1.1.0 (2026-12-01)

### Added (1)

- Beijing Sukbakso (\`beijing-sukbakso\`)

### Delisted (1)

- Korea Namgang Trading Corporation (\`korea-namgang-trading-corporation\`)

## 1.0.0 (2026-11-01)

### Added (2)

- Hunchun Pagoda (\`hunchun-pagoda\`)
- Korea Namgang Trading Corporation (\`korea-namgang-trading-corporation\`)
`);
  });
});
