import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFixtureDir } from '../test/fixture-dir.js';
import { buildDataset } from './build-dataset.js';
import { isDatasetError } from './dataset-error.js';
import { entityColumns, sourceColumns } from './vocabulary.js';

function buildFixture(name: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'nkscreen-dataset-out-'));
  const result = buildDataset(createFixtureDir(name), { outDir, version: '1.2.3' });
  const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
  return { result, outDir, read };
}

describe('buildDataset', () => {
  it('writes the main entry, entities.json, the FtM JSONL, datapackage.json and a copy of data/', () => {
    const { result, outDir } = buildFixture('valid');
    expect(result).toMatchObject({ entityCount: 3, sourceCount: 3 });
    for (const file of result.files) expect(existsSync(join(outDir, file)), file).toBe(true);
    expect(result.files).toEqual([
      'index.js',
      'index.cjs',
      'index.d.ts',
      'index.d.cts',
      'entities.json',
      'entities.ftm.jsonl',
      'datapackage.json',
      'data/entities.csv',
      'data/sources.csv',
    ]);
  });

  it('inlines the rows with each entity pointing at its shared source objects', () => {
    const { read } = buildFixture('valid');
    const esm = read('index.js');
    expect(esm).toContain("export * from './runtime.js';");
    expect(esm).toContain('"sources":[s[2], s[1]]');
    expect(esm).toContain('export const version = "1.2.3";');
    expect(esm).not.toMatch(/zod|papaparse|node:/);
    expect(read('index.cjs')).toContain("require('./runtime.cjs')");
    expect(read('index.d.cts')).toContain("export * from './runtime.cjs';");
  });

  it('writes entities.json with the version and sources resolved', () => {
    const { read } = buildFixture('valid');
    const json = JSON.parse(read('entities.json')) as {
      version: string;
      entities: { id: string; sources: { id: string }[] }[];
    };
    expect(json.version).toBe('1.2.3');
    expect(json.entities[2]?.sources.map((source) => source.id)).toEqual([
      'ust-2020-01-14-namgang',
      'hani-2020-01-16-namgang',
    ]);
  });

  it('describes both CSVs, column by column, in datapackage.json', () => {
    const { read } = buildFixture('valid');
    const dataPackage = JSON.parse(read('datapackage.json')) as {
      profile: string;
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(dataPackage.profile).toBe('tabular-data-package');
    expect(dataPackage.resources.map((resource) => [resource.name, resource.path])).toEqual([
      ['entities', 'data/entities.csv'],
      ['sources', 'data/sources.csv'],
    ]);
    expect(dataPackage.resources[0]?.schema.fields.map((field) => field.name)).toEqual([
      ...entityColumns,
    ]);
    expect(dataPackage.resources[1]?.schema.fields.map((field) => field.name)).toEqual([
      ...sourceColumns,
    ]);
  });

  it('refuses to build an invalid dataset and writes nothing', () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'nkscreen-dataset-out-')), 'dist');
    let thrown: unknown;
    try {
      buildDataset(createFixtureDir('many-problems'), { outDir });
    } catch (error) {
      thrown = error;
    }
    expect(isDatasetError(thrown) && thrown.issues).toHaveLength(6);
    expect(existsSync(outDir)).toBe(false);
  });

  it('fails clearly when data/*.csv are missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'nkscreen-dataset-empty-'));
    expect(() => buildDataset(empty)).toThrow(/data\/entities\.csv:1: not found in /);
  });
});
