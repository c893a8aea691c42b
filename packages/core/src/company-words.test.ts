import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { createMatcher } from './matcher.js';

const matcher = createMatcher(
  compileIndex([
    { id: 'osong', name: 'Korea Osong Shipping Company' },
    { id: 'ryukyong', name: 'Ryukyong Program Development' },
    { id: 'alis', name: 'Alis LLC' },
  ]),
);
const top = (name: string) => matcher.matchName(name)[0];

describe('country and organisation words', () => {
  it('read Koryo, Goryeo and 고려 as Korea', () => {
    for (const name of ['Koryo Osong Shipping Company', 'GORYEO OSONG SHIPPING COMPANY'])
      expect(top(name), name).toMatchObject({ entityId: 'osong', band: 'match' });
    expect(top('고려오송해운회사')).toMatchObject({ entityId: 'osong' });
  });

  it('take "entity" for an organisation word that costs little when added', () => {
    expect(top('Ryukyong Program Development Entity')).toMatchObject({
      entityId: 'ryukyong',
      band: 'match',
    });
  });

  it('never make a name out of a country word alone', () => {
    expect(matcher.matchName('Koryo')).toEqual([]);
    expect(matcher.matchName('Entity LLC')).toEqual([]);
  });
});
