import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvList } from './lists.js';
import { screenFile } from './screen.js';
import { createScreener } from './screener.js';

const list = parseCsvList('id,name,aliases\nacme,Acme Harbour Trading Company,\n', 'list.csv');

describe('screenFile', () => {
  it('returns the hits with their rows, the problems and a summary in which every row is counted', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nkscreen-screen-')), 'in.csv');
    writeFileSync(
      file,
      'Vendor;Notes\nAcme Harbour Trading Co;first\nOther Co\n;empty\nACME HARBOUR TRADING;last\n',
    );
    const problems: number[] = [];
    const result = await screenFile(file, {
      screener: createScreener({ lists: [list], withoutDataset: true }),
      onProblem: (problem) => problems.push(problem.line),
    });
    expect(result.delimiter).toBe(';');
    expect(result.columns).toEqual(['Vendor']);
    expect(result.hits.map((hit) => [hit.line, hit.value, hit.row[1]])).toEqual([
      [2, 'Acme Harbour Trading Co', 'first'],
      [5, 'ACME HARBOUR TRADING', 'last'],
    ]);
    expect(problems).toEqual([3, 4]);
    expect(result.summary).toMatchObject({
      rowsRead: 4,
      rowsScreened: 2,
      rowsSkipped: 2,
      rowsWithHits: 2,
      entitiesHit: 1,
    });
    expect(result.entities['list.csv:acme']).toMatchObject({
      name: 'Acme Harbour Trading Company',
      list: 'list.csv',
    });
  });

  it('gives every row of a repeated name its own hit, all sharing one match, so hits cost their rows', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nkscreen-screen-')), 'in.csv');
    writeFileSync(file, `Vendor,Notes\n${'Acme Harbour Trading Co,po\n'.repeat(3)}`);
    const result = await screenFile(file, {
      screener: createScreener({ lists: [list], withoutDataset: true }),
    });
    expect(result.hits.map((hit) => hit.line)).toEqual([2, 3, 4]);
    const [first, ...rest] = result.hits;
    for (const hit of rest) expect(hit.match).toBe(first!.match);
    expect(first!.match).toMatchObject({ entityId: 'list.csv:acme', band: 'match' });
  });
});
