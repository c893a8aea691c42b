// The evaluation's own helpers: a wrong CSV reader or sampler would change every number the eval prints.
import { describe, expect, it } from 'vitest';
import { createLongToken, LONG_TOKEN_SCRIPTS } from '../bench/long-tokens.mjs';
import { evenSample } from '../eval/lib/bulk-run.mjs';
import { toEvalEntities } from '../eval/lib/eval-systems.mjs';
import { looseKey } from '../eval/lib/negative-lists.mjs';
import { parseCsv, parseCsvObjects } from '../eval/lib/read-csv.mjs';

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and a newline inside a quoted field', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\n1,2,3,4\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('drops a byte-order mark, accepts CRLF and skips blank lines', () => {
    expect(parseCsvObjects('\uFEFFcountry,name\r\n\r\nChina,Yi Chang Tai\r\n')).toEqual([
      { country: 'China', name: 'Yi Chang Tai' },
    ]);
  });

  it('keeps a last record that has no newline and empty fields', () => {
    expect(parseCsv('x,,z')).toEqual([['x', '', 'z']]);
  });
});

describe('evenSample', () => {
  it('takes every k-th item from the first, at most about the asked size', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(evenSample(items, 4)).toEqual([0, 3, 6, 9]);
    expect(evenSample(items, 20)).toEqual(items);
    expect(evenSample(items, 0)).toEqual([]);
  });
});

describe('looseKey', () => {
  it('ignores case, punctuation and width', () => {
    expect(looseKey('KOREA PAEKHO TRADING CORPORATION, LTD.')).toBe(
      looseKey('Korea Paekho Trading Corporation Ltd'),
    );
    expect(looseKey('ＡＢＣ')).toBe('abc');
  });
});

describe('toEvalEntities', () => {
  it('turns the dataset’s requires strings into the context shape', () => {
    const [entity] = toEvalEntities([
      {
        id: 'x',
        name: 'X',
        aliases: [],
        weakAliases: [],
        countries: ['RU'],
        requires: ['country:RU', 'city:Artyom'],
      },
    ]);
    expect(entity).toEqual({
      id: 'x',
      name: 'X',
      aliases: [],
      weakAliases: [],
      countries: ['RU'],
      requires: { countries: ['RU'], cities: ['Artyom'] },
    });
  });
});

describe('createLongToken', () => {
  it('makes one unbroken run of letters of the asked length in each script, the same for a seed', () => {
    for (const script of LONG_TOKEN_SCRIPTS) {
      const token = createLongToken(script, 300, 7);
      expect([...token]).toHaveLength(300);
      expect(token).toMatch(/^\p{L}+$/u);
      expect(createLongToken(script, 300, 7)).toBe(token);
    }
    expect(createLongToken('Hangul', 50, 1)).toMatch(/^\p{Script=Hangul}+$/u);
    expect(createLongToken('mixed', 400, 1)).toMatch(/\p{Script=Latin}/u);
    expect(createLongToken('mixed', 400, 1)).toMatch(/\p{Script=Han}/u);
  });
});
