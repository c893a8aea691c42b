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
  it('starts analysis at the trigger words of a name, as far as the name is long, and nowhere else', () => {
    const reaches = reachesIn(entities, 'Breakfast at Café Amazon, Bangkok');
    const seeds = reaches.filter(([, reach]) => reach > 0);
    expect(seeds.length).toBeGreaterThan(0);
    // Café Amazon is two words: four words of context beyond them on each side.
    for (const [, reach] of seeds) expect(reach).toBe(2 + 4);
    expect(reaches.find(([word]) => word === 'breakfast')?.[1]).toBe(0);
    // A capitalised word may be misspelt: a near spelling of a trigger starts analysis too.
    expect(seeded([{ id: 'k', name: 'Kwangson Banking' }], 'Paid via Kwangsoon')).toEqual([
      'kwangsoon',
    ]);
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
