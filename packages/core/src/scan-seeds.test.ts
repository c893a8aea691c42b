import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { createMatcherContext } from './matcher-context.js';
import type { IndexEntity } from './types.js';
import { createScanSeeds, SCAN_REACH } from './scan-seeds.js';
import { streamTokens } from './token-stream.js';

/** The reach the pre-pass gives each word of `text`, by word. */
function reachesIn(entities: IndexEntity[], text: string): [string, number][] {
  const ctx = createMatcherContext(compileIndex(entities), 0.92, 0.8);
  const stream = streamTokens(text);
  const reachAt = createScanSeeds(ctx)(text, stream);
  return stream.texts.map((word, i) => [word, reachAt(i)]);
}
const seeded = (entities: IndexEntity[], text: string): string[] =>
  reachesIn(entities, text)
    .filter(([, reach]) => reach > 0)
    .map(([word]) => word);

const entities: IndexEntity[] = [
  { id: 'cafe', name: 'Café Amazon' },
  { id: 'free', name: 'Free' },
  { id: 'namgang', name: 'Namgang Trading Corporation' },
  { id: 'gold', name: 'Golden Star Bank', weakAliases: ['GSB'] },
];

describe('the scan pre-pass', () => {
  it('starts no analysis at a trigger word when the rest of its name is nowhere near, however often the word recurs', () => {
    expect(
      seeded(entities, 'Ships from Amazon. Sold by Amazon. Amazon Devices, Amazon Global Store'),
    ).toEqual([]);
  });

  it('starts analysis where the words around a trigger could make up the name', () => {
    expect(seeded(entities, 'Breakfast at Café Amazon, Bangkok')).not.toEqual([]);
    // A capitalised word may be misspelt: a near spelling of the rest of the name counts.
    expect(seeded(entities, 'Breakfast at Cafe Amazn, Bangkok')).not.toEqual([]);
  });

  it('starts analysis at a one-word name, which is all of its name', () => {
    expect(seeded(entities, 'Free shipping on orders over $25')).toEqual(['free']);
  });

  it('reads short capitalised words joined, as candidate generation does (Nam Gang Trading)', () => {
    expect(
      seeded(entities, 'Invoice from Nam Gang Trading Corp, Pyongyang').length,
    ).toBeGreaterThan(0);
  });

  it('always starts analysis at a weak alias and at Hangul, whose reading only analysis makes', () => {
    const reaches = new Map(reachesIn(entities, 'Paid GSB then 남강무역 yesterday'));
    expect(reaches.get('gsb')).toBe(SCAN_REACH);
    expect(reaches.get('남강무역')).toBe(SCAN_REACH);
    expect(reaches.get('paid')).toBe(0);
  });
});
