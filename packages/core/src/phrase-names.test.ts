import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { createMatcher } from './matcher.js';
import { loadIndex, serializeIndex } from './serialize.js';

// OFAC SDN spellings made only of words and phrases the lexicon knows: the index anchors each on its phrase
// (trade bank, commercial bank, Islamic Revolutionary Guard Corps, Al Qaida). Before, none of them was found even
// when written exactly as listed: a phrase was never looked up, and no single word of a text reached it.
const listed = [
  "AL QA'IDA",
  "PEOPLE'S LIBERATION ARMY",
  'KOREA TRADE BANK',
  'ISLAMIC REVOLUTIONARY GUARD CORPS',
  'RASON INTERNATIONAL COMMERCIAL BANK',
  'REAL ESTATE BANK',
];
const matcher = createMatcher(
  loadIndex(serializeIndex(compileIndex(listed.map((name) => ({ id: name, name }))))),
);

describe('names made of lexicon phrases', () => {
  it.each(listed)('finds %s written as listed, as a name and in text, in any case', (name) => {
    expect(matcher.matchName(name)[0]).toMatchObject({ entityId: name, band: 'match' });
    expect(matcher.scanText(`Funds were sent to ${name} in 2017.`)).toEqual([
      expect.objectContaining({ entityId: name, band: 'match' }),
    ]);
    expect(
      matcher.scanText(`funds were sent to ${name.toLowerCase()} in 2017`).map((m) => m.entityId),
    ).toEqual([name]);
  });

  it('finds a phrase by another of its spellings (Al-Qaida, al-qaeda for AL QA’IDA)', () => {
    expect(matcher.matchName('Al-Qaida')[0]).toMatchObject({
      entityId: "AL QA'IDA",
      band: 'match',
    });
    expect(matcher.matchName('al-qaeda')[0]).toMatchObject({
      entityId: "AL QA'IDA",
      band: 'match',
    });
  });

  it('does not read another name sharing the phrase as the listed one', () => {
    for (const other of [
      'Trade Bank of Iraq',
      'Commercial Bank of Ethiopia',
      'Industrial and Commercial Bank of China',
      'Real Estate Investment Trust',
      'First Commercial Bank',
      'Commercial Bank',
    ]) {
      expect(matcher.matchName(other)).toEqual([]);
      expect(matcher.scanText(`Paid via ${other} on Monday.`)).toEqual([]);
    }
  });
});
