import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { isNkscreenError } from './errors.js';
import { createMatcher } from './matcher.js';
import { FIXTURE_ENTITIES } from './test-fixtures.js';

const matcher = createMatcher(compileIndex(FIXTURE_ENTITIES));
const top = (name: string) => matcher.matchName(name)[0];

describe('matchName', () => {
  it('finds a listed name exactly, with score 1', () => {
    expect(top('Korea Namgang Trading Corporation')).toMatchObject({
      entityId: 'ntc',
      band: 'match',
      score: 1,
    });
  });

  it('returns [] when nothing is close', () => {
    expect(matcher.matchName('Acme Widgets Inc.')).toEqual([]);
    expect(matcher.matchName('')).toEqual([]);
  });

  it('ignores legal forms in any of our languages, at the start, the end or in brackets', () => {
    for (const name of [
      'Mokran Limited Liability Company',
      'ООО «Мокран»',
      'Общество с ограниченной ответственностью «Мокран»',
      'MOKRAN, LLC',
    ]) {
      expect(top(name)).toMatchObject({ entityId: 'mokran', band: 'match' });
    }
    expect(
      top('Mansudae Overseas Projects Architectural and Technical Services (Pty) Ltd'),
    ).toMatchObject({ entityId: 'mopats' });
  });

  it('never matches on generic words and legal forms alone', () => {
    for (const name of [
      'Korea Trading Co., Ltd.',
      'Korea General Trading Corporation',
      'International Trading Company Limited',
      'Korea Shipping Corporation',
    ]) {
      expect(matcher.matchName(name)).toEqual([]);
    }
  });

  it('understands abbreviated generic words', () => {
    expect(top('Korea Gen. Corp. for Ext. Construction')).toMatchObject({
      entityId: 'genco',
      band: 'match',
    });
    expect(top('CHINYONG IT COOPERATION CO., LTD.')).toMatchObject({
      entityId: 'chinyong',
      band: 'match',
    });
  });

  it('folds Korean romanisations together', () => {
    expect(top('Jinyeong Information Technology Cooperation Company')).toMatchObject({
      entityId: 'chinyong',
      band: 'match',
    });
    expect(top('Korea Sobaegsu Trading Company')).toMatchObject({
      entityId: 'sobaeksu',
      band: 'match',
    });
    expect(top('Amrokgang Technology Development Co.')).toMatchObject({
      entityId: 'amnokgang',
      band: 'match',
    });
  });

  it('tolerates one typo in 5–7 letters and two from 8 letters, none in short words', () => {
    expect(top('Korea Namgnag Trading Corporation')).toMatchObject({ entityId: 'ntc' });
    expect(top('Korea Osang Shipping Co')).toMatchObject({ entityId: 'osong', band: 'match' });
    expect(top('Volasys Silver Stor')?.band ?? 'none').not.toBe('match');
    expect(top('Volasis Silver Star')).toMatchObject({ entityId: 'volasys', band: 'match' });
    expect(matcher.matchName('Mandai Wildlife Group')).toEqual([]);
  });

  it('accepts free word order and split or merged words', () => {
    expect(top('SOBAEKSU TRADING COMPANY, KOREA')).toMatchObject({
      entityId: 'sobaeksu',
      band: 'match',
    });
    expect(top('Korea Nam Gang Trading Corporation')).toMatchObject({
      entityId: 'ntc',
      band: 'match',
    });
    expect(top('YANBIAN SILVER STAR NETWORK TECHNOLOGY CO LTD')).toMatchObject({
      entityId: 'silverstar',
      band: 'match',
    });
  });

  it('charges heavily for an extra distinctive word on the query side', () => {
    expect(matcher.matchName('Silverstar Electronics Co., Ltd.')).toEqual([]);
    expect(matcher.matchName('Silver Star Casino')).toEqual([]);
    expect(matcher.matchName('Mokran Chinese Restaurant, Seoul')).toEqual([]);
  });

  it('does not cut a listed name out of a longer one', () => {
    expect(top('China Silver Star Hotel')?.band ?? 'none').not.toBe('match');
    expect(
      top('Freelance contract with Volasys Silver Star (Vladivostok) for mobile app development'),
    ).toMatchObject({
      entityId: 'volasys',
      band: 'match',
    });
  });

  it('reads IT as information technology on either side', () => {
    expect(top('Chinyong IT Cooperation Company')).toMatchObject({
      entityId: 'chinyong',
      band: 'match',
    });
    expect(top('CHINYONG INFORMATION TECHNOLOGY COOPERATION CO')).toMatchObject({
      entityId: 'chinyong',
      band: 'match',
    });
  });

  it('requires numbers to agree', () => {
    expect(top("Department 53, Ministry of People's Armed Forces (DPRK)")).toMatchObject({
      entityId: 'dept53',
      band: 'match',
    });
    expect(matcher.matchName('Department 54')).toEqual([]);
  });

  it('prefers the sibling whose distinctive words are all covered', () => {
    const results = matcher.matchName(
      'Mansudae Overseas Projects Architectural and Technical Services',
    );
    expect(results[0]).toMatchObject({ entityId: 'mopats', band: 'match' });
    expect(results.find((r) => r.entityId === 'mop')?.band ?? 'none').not.toBe('match');
    expect(top('Mansudae Overseas Projects')).toMatchObject({ entityId: 'mop', score: 1 });
  });

  it('matches acronyms only as whole upper-case words', () => {
    expect(top('MOPATS')).toMatchObject({ entityId: 'mopats', band: 'review' });
    expect(matcher.matchName('Microfiber Spin Mop with Bucket, 2 Refill Heads')).toEqual([]);
    expect(matcher.matchName('Genco Shipping & Trading Limited')).toEqual([]);
    expect(matcher.matchName('mopats')).toEqual([]);
  });

  it('finds script aliases and romanises Hangul names', () => {
    expect(top('延边银星网络科技有限公司')).toMatchObject({
      entityId: 'silverstar',
      band: 'match',
    });
    expect(top('鴨綠江技術開發公司')).toMatchObject({ entityId: 'amnokgang', band: 'match' });
    expect(top('남강무역회사')).toMatchObject({ entityId: 'ntc', band: 'match' });
    expect(top('Генеральная торговая компания «Чхолсан»')).toMatchObject({
      entityId: 'cholsan',
      band: 'match',
    });
  });

  it('finds a name inside a longer line', () => {
    expect(top('Remittance ref. 2019/114 - NAMGANG TRADING CORP PYONGYANG DPRK')).toMatchObject({
      entityId: 'ntc',
      band: 'match',
    });
    expect(matcher.matchName('Namgang Dam water level rises after heavy rain')).toEqual([]);
  });

  it('keeps scores below 1 for anything but the listed spelling, so they still order results', () => {
    const exact = top('Korea Osong Shipping Co')!;
    const variant = top('KOREA OSONG SHIPING CO')!;
    const shorter = top('Osong Shipping Co., Ltd.')!;
    expect(exact.score).toBe(1);
    expect(variant.score).toBeLessThan(1);
    expect(shorter.score).toBeLessThan(1);
    expect(variant.band).toBe('match');
  });

  it('honours limit and minBand', () => {
    expect(matcher.matchName('Mansudae Overseas Projects', { limit: 1 })).toHaveLength(1);
    expect(matcher.matchName('Sobaeksu Co', { minBand: 'match' })).toEqual([]);
    expect(matcher.matchName('Sobaeksu Co', { minBand: 'review' })[0]).toMatchObject({
      entityId: 'sobaeksu',
      band: 'review',
    });
  });

  it('explains a match in one readable sentence with a per-word alignment', () => {
    const match = top('Korea Nam Gang Trading Co')!;
    expect(match.matchedAlias).toBe('Korea Namgang Trading Corporation');
    expect(match.explanation.text).toBe(
      '“Korea Nam Gang Trading Co” ≈ “Korea Namgang Trading Corporation”: Korea (exact), Nam Gang ≈ Namgang (split token), Trading (exact), legal form Co ≈ Corporation',
    );
    expect(match.explanation.alignment.map((a) => a.op)).toEqual([
      'exact',
      'split',
      'exact',
      'legal_form',
    ]);
    expect(match.explanation.unmatched).toEqual({ query: [], alias: [] });
    const partial = top('Osong Shipping Co., Ltd.')!;
    expect(partial.explanation.unmatched.alias).toEqual(['Korea']);
  });

  it('rejects bad options with a typed error', () => {
    const codeOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return isNkscreenError(error) ? error.code : 'untyped';
      }
      return undefined;
    };
    expect(codeOf(() => matcher.matchName('x', { limit: 0 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => matcher.matchName('x', { minBand: 'maybe' as 'match' }))).toBe(
      'INVALID_OPTION',
    );
    expect(codeOf(() => matcher.matchName(42 as unknown as string))).toBe('INVALID_INPUT');
    expect(codeOf(() => createMatcher(compileIndex([]), { matchThreshold: 2 }))).toBe(
      'INVALID_OPTION',
    );
    expect(
      codeOf(() => createMatcher(compileIndex([]), { matchThreshold: 0.6, reviewThreshold: 0.7 })),
    ).toBe('INVALID_OPTION');
    expect(codeOf(() => createMatcher({} as never))).toBe('INVALID_INDEX');
  });
});
