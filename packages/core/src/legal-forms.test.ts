import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { createMatcher } from './matcher.js';

const matcher = createMatcher(
  compileIndex([
    { id: 'armex', name: 'Armex' },
    { id: 'aconde', name: 'Congo Aconde SARL' },
    { id: 'mokran', name: 'Mokran LLC' },
    { id: 'rixin', name: 'Rixin Foods Ltd.' },
    { id: 'sunrise', name: 'Zhejiang Sunrise Garment Group Co. Ltd.' },
  ]),
);
const top = (name: string) => matcher.matchName(name)[0];

describe('legal forms from every language of the reference table', () => {
  it('are read as legal forms, never as distinctive words, with or without marks', () => {
    for (const name of [
      'Armex Sp. z o.o.',
      'ARMEX SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ',
      'Armex Sdn. Bhd.',
      'Armex W.L.L.',
      'Công ty TNHH Armex',
      'CONG TY CO PHAN ARMEX',
      'ЗАКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО «АРМЕКС»',
    ])
      expect(top(name), name).toMatchObject({ entityId: 'armex', band: 'match' });
  });

  it('compare as legal forms of the same kind', () => {
    expect(top('Congo Aconde SARLU')).toMatchObject({ entityId: 'aconde', band: 'match' });
    expect(top('Congo Aconde SPRL')).toMatchObject({ entityId: 'aconde', band: 'match' });
    expect(top('Mokran Sdn Bhd')).toMatchObject({ entityId: 'mokran', band: 'match' });
  });

  it('alone never make a match', () => {
    expect(matcher.matchName('Sp. z o.o.')).toEqual([]);
    expect(matcher.matchName('Công ty TNHH')).toEqual([]);
  });
});

describe('sector words', () => {
  it('are one word in the singular, the plural and the possessive', () => {
    for (const name of ['Rixin Food Ltd', "Rixin Food's Ltd", 'Rixin Foods. Ltd.'])
      expect(top(name), name).toMatchObject({ entityId: 'rixin', band: 'match' });
    expect(top('Zhejiang Sunrise Garments Group')).toMatchObject({
      entityId: 'sunrise',
      band: 'match',
    });
  });
});
