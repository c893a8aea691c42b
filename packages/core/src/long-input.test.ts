import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { MAX_FUZZY_WORD, MAX_HANGUL_NAME } from './limits.js';
import { createMatcher } from './matcher.js';
import { FIXTURE_ENTITIES } from './test-fixtures.js';
import type { TextMatch } from './types.js';

const matcher = createMatcher(compileIndex(FIXTURE_ENTITIES));

/** Letters of one script, as a code point range. */
const SCRIPTS = {
  Latin: [0x61, 0x7a],
  Cyrillic: [0x430, 0x44f],
  Hangul: [0xac00, 0xd7a3],
  Han: [0x4e00, 0x9fa5],
} as const;
type Script = keyof typeof SCRIPTS;

const letter = (script: Script) =>
  fc
    .integer({ min: SCRIPTS[script][0], max: SCRIPTS[script][1] })
    .map((c) => String.fromCharCode(c));

/** One unbroken run of letters, thousands long: no space, no punctuation. */
const longToken = (script: Script | 'mixed') =>
  fc
    .array(
      script === 'mixed'
        ? fc.oneof(letter('Latin'), letter('Cyrillic'), letter('Hangul'), letter('Han'))
        : letter(script),
      { minLength: 1000, maxLength: 6000 },
    )
    .map((letters) => letters.join(''));

/** Where a listed name is planted inside (unspaced scripts) or beside (spaced scripts) a long run. */
const PLANTED: Record<Script | 'mixed', { name: string; entityId: string; glue: string }> = {
  Latin: { name: 'Mokran LLC', entityId: 'mokran', glue: ' ' },
  Cyrillic: { name: 'Korea Cholsan General Trading Corporation', entityId: 'cholsan', glue: ' ' },
  Hangul: { name: '조선남강무역회사', entityId: 'ntc', glue: '' },
  Han: { name: '延边银星网络科技有限公司', entityId: 'silverstar', glue: '' },
  mixed: { name: 'Korea Namgang Trading Corporation', entityId: 'ntc', glue: ' ' },
};

function expectValidSpans(text: string, matches: readonly TextMatch[]): void {
  for (const m of matches) {
    expect(m.span.start).toBeGreaterThanOrEqual(0);
    expect(m.span.end).toBeGreaterThan(m.span.start);
    expect(m.span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
  }
}

describe('long single tokens (issue 14: work is bounded per word and per run)', () => {
  for (const script of ['Latin', 'Cyrillic', 'Hangul', 'Han', 'mixed'] as const) {
    it(`still finds a listed name planted in long ${script} text, with valid spans`, () => {
      const { name, entityId, glue } = PLANTED[script];
      fc.assert(
        fc.property(longToken(script), longToken(script), (before, after) => {
          const text = `${before}${glue}${name}${glue}${after}`;
          const matches = matcher.scanText(text);
          expectValidSpans(text, matches);
          // The mention may be read from a shorter listed alias inside the name (Namgang Trading Corporation).
          const at = before.length + glue.length;
          const planted = matches.filter(
            (m) => m.entityId === entityId && m.span.start >= at && m.span.end <= at + name.length,
          );
          expect(planted).toHaveLength(1);
        }),
        { numRuns: 15, seed: 14 },
      );
    });

    it(`reads a lone long ${script} token as no name, without failing`, () => {
      fc.assert(
        fc.property(longToken(script), (token) => {
          expect(Array.isArray(matcher.matchName(token))).toBe(true);
          expectValidSpans(token, matcher.scanText(token));
        }),
        { numRuns: 10, seed: 15 },
      );
    });
  }

  it('reads a page-sized run of letters beside a listed name in one pass', () => {
    // 300,000 letters with no space: the run is compared with the name's words while its window is grown, and its
    // romanisation skeleton was once built a letter at a time, in time that grew with the square of its length.
    const text = `Supplier: Korea Namgang Trading Corporation ${'ab'.repeat(150_000)} shipped.`;
    const matches = matcher.scanText(text);
    expectValidSpans(text, matches);
    expect(matches.map((m) => [m.entityId, m.span.text])).toEqual([
      ['ntc', 'Korea Namgang Trading Corporation'],
    ]);
  });

  it('still reads a misspelt listed word of ordinary length as that word', () => {
    expect(matcher.matchName('Korea Namgnag Trading Corporation')[0]?.entityId).toBe('ntc');
  });

  it(`reads a word of up to ${MAX_FUZZY_WORD} letters as a typo, a longer one only as written`, () => {
    const word = (length: number) => 'Zorblat' + 'kemutirapso'.repeat(8).slice(0, length - 7);
    const entities = [MAX_FUZZY_WORD - 1, MAX_FUZZY_WORD + 1].map((length) => ({
      id: `w${length}`,
      name: `${word(length)} Trading LLC`,
    }));
    const long = createMatcher(compileIndex(entities));
    // One letter added: the misspelt word is one letter longer than the listed one.
    const misspelt = (length: number) => `${word(length)}x Trading LLC`;
    expect(long.matchName(misspelt(MAX_FUZZY_WORD - 1))[0]?.entityId).toBe(
      `w${MAX_FUZZY_WORD - 1}`,
    );
    expect(long.matchName(misspelt(MAX_FUZZY_WORD + 1))).toEqual([]);
    expect(long.matchName(`${word(MAX_FUZZY_WORD + 1)} Trading LLC`)[0]?.entityId).toBe(
      `w${MAX_FUZZY_WORD + 1}`,
    );
  });

  it(`takes a word longer than ${MAX_FUZZY_WORD} letters as written: a listed word padded by one letter is no typo of it`, () => {
    const padded = `Namgang${'a'.repeat(MAX_FUZZY_WORD)}`;
    expect(matcher.scanText(`Korea ${padded} Trading Corporation`)).toEqual([]);
  });

  it(`reads a Hangul run of up to ${MAX_HANGUL_NAME} syllables as a romanised name, a longer one only for its Hangul spellings`, () => {
    expect(matcher.scanText('공급자: 칠성무역회사').map((m) => m.entityId)).toEqual(['chilsong']);
    const run = '가'.repeat(MAX_HANGUL_NAME * 4);
    const text = `${run}조선남강무역회사${run}`;
    const matches = matcher.scanText(text);
    expect(matches.map((m) => [m.entityId, m.span.text])).toEqual([['ntc', '조선남강무역회사']]);
  });
});
