import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { createMatcher } from './matcher.js';

// OFAC SDN spellings with no distinctive word: legal forms, stop words and words too common to anchor a name on.
const listed = ['DES INTERNATIONAL CO., LTD.', 'SC SOUTH LLC', 'A A TRADING FZCO', 'EP-LDA'];
const matcher = createMatcher(compileIndex(listed.map((name) => ({ id: name, name }))));

describe('names with no distinctive word', () => {
  it.each(listed)(
    'are found when asked exactly as listed, in any case or punctuation: %s',
    (name) => {
      for (const asked of [name, name.toLowerCase(), name.replace(/[.,-]/g, ' ')]) {
        const [best] = matcher.matchName(asked);
        expect(best).toMatchObject({ entityId: name, band: 'match', score: 1 });
        expect(best!.explanation.text).toContain('written exactly as listed');
      }
    },
  );

  it('are not found from part of their words, or with other words', () => {
    for (const asked of [
      'International Co., Ltd.',
      'DES INTERNATIONAL TRADING CO., LTD.',
      'South LLC',
      'SC SOUTH',
      'Trading FZCO',
      'EP',
    ])
      expect(matcher.matchName(asked)).toEqual([]);
  });
});
