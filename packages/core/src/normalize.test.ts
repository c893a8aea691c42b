import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName, tokenize } from './normalize.js';

describe('normalizeName', () => {
  it('folds case, strips marks and removes in-word periods and apostrophes', () => {
    expect(normalizeName('Korea Chŏlsan S.A.R.L.')).toBe('korea cholsan sarl');
    expect(normalizeName("Ch'olsan People’s")).toBe('cholsan peoples');
  });

  it('treats other punctuation, NBSP and zero-width characters as separators', () => {
    expect(normalizeName('CO.,LTD')).toBe('co ltd');
    expect(normalizeName('Nam\u00a0Gang\u200bTrading')).toBe('nam gang trading');
    expect(normalizeName('yanbian-silverstar-network')).toBe('yanbian silverstar network');
  });

  it('maps full-width forms to ASCII', () => {
    expect(normalizeName('ＣＯ．，ＬＴＤ')).toBe('co ltd');
  });

  it('transliterates Cyrillic and folds Cyrillic homoglyphs inside Latin words', () => {
    expect(normalizeName('ООО «Мокран»')).toBe('ooo mokran');
    expect(normalizeName('Чхолсан')).toBe('chkholsan');
    expect(normalizeName('\u0441ompany')).toBe('company');
  });

  it('keeps CJK runs as characters and folds Traditional to Simplified', () => {
    expect(normalizeName('鴨綠江技術開發公司')).toBe('鸭绿江技术开发公司');
    // Japanese shinjitai forms fold the same way (延辺 is 延边, 鉄 is 铁).
    expect(normalizeName('延辺銀星網絡科技')).toBe('延边银星网络科技');
    expect(normalizeName('鉄鋼')).toBe('铁钢');
    expect(normalizeName('延边银星网络科技有限公司')).toBe('延边银星网络科技有限公司');
  });

  it('keeps Hangul and splits a circled legal form off it', () => {
    expect(normalizeName('㈜남강무역회사')).toBe('주 남강무역회사');
  });

  it('returns an empty string for empty or non-string input', () => {
    expect(normalizeName('')).toBe('');
    expect(normalizeName(undefined as unknown as string)).toBe('');
  });

  it('is idempotent on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (input) => {
        const once = normalizeName(input);
        expect(normalizeName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokenize', () => {
  it('gives each token its UTF-16 span in the input', () => {
    const input = 'Paid to “Korea Nam Gang” 😀 延边银星';
    for (const token of tokenize(input)) {
      expect(token.start).toBeLessThan(token.end);
      expect(token.end).toBeLessThanOrEqual(input.length);
    }
    const han = tokenize(input).find((t) => t.script === 'han')!;
    expect(input.slice(han.start, han.end)).toBe('延边银星');
    expect(han.starts).toHaveLength(4);
  });

  it('marks upper-case and capitalised words', () => {
    const [mop, mansudae, mop2] = tokenize('MOP Mansudae mop');
    expect(mop).toMatchObject({ upper: true, capital: true });
    expect(mansudae).toMatchObject({ upper: false, capital: true });
    expect(mop2).toMatchObject({ upper: false, capital: false });
  });

  it('never throws and keeps spans inside the input for arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        // One code point may expand into several tokens (㏞ → v / m), so starts only never go back.
        let previousStart = 0;
        for (const token of tokenize(input)) {
          expect(token.start).toBeGreaterThanOrEqual(previousStart);
          expect(token.start).toBeLessThan(token.end);
          expect(token.end).toBeLessThanOrEqual(input.length);
          previousStart = token.start;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('handles a 1 MB string', () => {
    const input = 'Korea Namgang Trading Co., Ltd. 남강무역회사 延边银星 '.repeat(20000);
    expect(tokenize(input).length).toBeGreaterThan(100000);
  });
});
