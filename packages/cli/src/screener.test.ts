import { describe, expect, it } from 'vitest';
import { parseCsvList } from './lists.js';
import { createScreener, detachString } from './screener.js';

const list = parseCsvList(
  'id,name,aliases,weak_aliases\nacme,Acme Harbour Trading Company,,AHT\n',
  'list.csv',
);

describe('createScreener', () => {
  it('matches against the given lists and remembers every distinct name', () => {
    const screener = createScreener({ lists: [list], withoutDataset: true });
    const first = screener.matchName('Acme Harbour Trading Co');
    expect(first[0]).toMatchObject({ entityId: 'list.csv:acme', band: 'match' });
    expect(screener.matchName('Acme Harbour Trading Co')).toBe(first);
    expect(screener.stats).toMatchObject({ names: 2, matched: 1, cachedExact: 1 });
  });

  it('shares a miss between spellings that normalise alike, but not with upper-case words', () => {
    const screener = createScreener({ lists: [list], withoutDataset: true });
    expect(screener.matchName('Pegatron  corporation')).toEqual([]);
    expect(screener.matchName('Pegatron Corporation')).toEqual([]);
    expect(screener.stats.cachedNormalised).toBe(1);
    screener.matchName('PEGATRON CORPORATION');
    expect(screener.stats.matched).toBe(2);
  });

  it('finds the listed entity behind a match', () => {
    const screener = createScreener({ lists: [list], withoutDataset: true });
    expect(screener.findEntity('list.csv:acme')).toMatchObject({ id: 'acme', list: 'list.csv' });
    expect(screener.entityCount).toBe(1);
  });
});

describe('detachString', () => {
  it('returns an equal string', () => {
    const long = 'x'.repeat(100) + 'Acme Harbour Trading Company';
    expect(detachString(long.slice(100))).toBe('Acme Harbour Trading Company');
  });
});
