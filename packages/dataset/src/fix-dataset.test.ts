import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFixtureDir, readFixture } from '../test/fixture-dir.js';
import { fixDataset } from './fix-dataset.js';
import { validateDataset } from './load-dataset.js';

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe('fixDataset', () => {
  it('sorts rows and trims cells and list items, after which the dataset is valid', () => {
    // Start from the trailing-spaces fixture with its rows out of order.
    const [header, ...rows] = readFixture('trailing-spaces', 'entities.csv')
      .toString('utf8')
      .trimEnd()
      .split('\n');
    const unsorted = createFixtureDir('valid', {
      entities: `${[header, ...rows.reverse()].join('\n')}\n`,
    });
    expect(validateDataset(unsorted).ok).toBe(false);

    expect(fixDataset(unsorted)).toEqual({ changed: ['data/entities.csv'], skipped: [] });
    expect(validateDataset(unsorted).ok).toBe(true);
    expect(read(unsorted, 'data/entities.csv')).toBe(
      readFixture('valid', 'entities.csv').toString('utf8'),
    );
  });

  it('turns CRLF and a BOM into plain UTF-8 with \\n, changing no cell', () => {
    const dir = createFixtureDir('crlf', { sources: readFixture('bom', 'sources.csv') });
    fixDataset(dir);
    expect(read(dir, 'data/entities.csv')).toBe(
      readFixture('valid', 'entities.csv').toString('utf8'),
    );
    expect(read(dir, 'data/sources.csv')).toBe(
      readFixture('valid', 'sources.csv').toString('utf8'),
    );
  });

  it('leaves a valid, tidy dataset untouched', () => {
    expect(fixDataset(createFixtureDir('valid'))).toEqual({ changed: [], skipped: [] });
  });

  it('quotes only where CSV needs it', () => {
    const dir = createFixtureDir('valid', {
      entities: readFixture('valid', 'entities.csv')
        .toString('utf8')
        .replace(',Beijing Sukbakso,', ',"Beijing Sukbakso",'),
    });
    fixDataset(dir);
    expect(read(dir, 'data/entities.csv')).toBe(
      readFixture('valid', 'entities.csv').toString('utf8'),
    );
  });

  it('does not touch content: wrong values stay for a person to correct', () => {
    const dir = createFixtureDir('many-problems');
    const before = read(dir, 'data/entities.csv');
    fixDataset(dir);
    expect(read(dir, 'data/entities.csv')).toBe(before);
    expect(validateDataset(dir).ok).toBe(false);
  });

  it('refuses files whose structure is broken, saying why', () => {
    expect(fixDataset(createFixtureDir('unclosed-quote')).skipped).toEqual([
      { file: 'data/entities.csv', reason: 'its quoting is broken; fix the reported quote first' },
    ]);
    expect(fixDataset(createFixtureDir('extra-column')).skipped).toEqual([
      {
        file: 'data/entities.csv',
        reason: 'some rows have the wrong number of cells; fix those rows first',
      },
    ]);
  });
});
