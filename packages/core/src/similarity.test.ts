import { describe, expect, it } from 'vitest';
import { boundedEditDistance, compareWords, toSkeleton, typoBudget } from './similarity.js';

describe('toSkeleton', () => {
  it('folds McCune–Reischauer, Revised Romanization and informal spellings together', () => {
    const same = [
      ['cholsan', 'cheolsan'],
      ['chinyong', 'jinyeong'],
      ['sobaeksu', 'sobaegsu'],
      ['sobaeksu', 'sobaeksoo'],
      ['amnokgang', 'amrokgang'],
      ['chilsong', 'chilseong'],
      ['ryonbong', 'ryeonbong'],
    ];
    for (const [a, b] of same) expect(toSkeleton(a!)).toBe(toSkeleton(b!));
    expect(toSkeleton('chilsong')).not.toBe(toSkeleton('chilsung'));
  });

  it.each([
    ['tchang', 'jang'],
    ['thaekh', 'deg'],
    ['phosh', 'bos'],
    ['weoleu', 'wolu'],
    ['armex', 'armegs'],
    ['rimbra', 'nimbna'],
    ['lee-2', 'ne2'],
  ])('folds %s to %s', (word, skeleton) => {
    expect(toSkeleton(word)).toBe(skeleton);
  });

  it('reads a token of any length (a page may hold one word of a million letters)', () => {
    const long = 'ab'.repeat(500_000);
    expect(toSkeleton(long)).toBe(long);
    expect(toSkeleton(`${'x'.repeat(20_000)}q`)).toBe('gs'.repeat(20_000) + 'g');
  });
});

describe('compareWords', () => {
  it('allows one edit in 5–7 letters, two from 8, none in 4 or fewer', () => {
    expect(typoBudget(4)).toBe(0);
    expect(typoBudget(5)).toBe(1);
    expect(typoBudget(8)).toBe(2);
    expect(compareWords('volasis', 'volasys')).toEqual({ similarity: 0.9, op: 'typo' });
    expect(compareWords('namgnag', 'namgang')).toMatchObject({ op: 'typo' });
    expect(compareWords('stor', 'star')).toBeNull();
    expect(compareWords('valassis', 'volasys')).toBeNull();
  });

  it('keeps two-edit typos below one-edit ones and needs the same first letter', () => {
    expect(compareWords('mansudea', 'mansudae')!.similarity).toBe(0.9);
    expect(compareWords('mansdaae', 'mansudae')!.similarity).toBeLessThan(0.9);
    expect(compareWords('bolasys', 'volasys')).toBeNull();
  });

  it('scores romanisation variants just below exact', () => {
    expect(compareWords('cheonsurim', 'chonsurim')).toEqual({
      similarity: 0.95,
      op: 'romanization',
    });
  });
});

describe('boundedEditDistance', () => {
  it('counts adjacent transpositions as one edit and stops past the bound', () => {
    expect(boundedEditDistance('yanbain', 'yanbian', 2)).toBe(1);
    expect(boundedEditDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
