import { describe, expect, it } from 'vitest';
import { analyzeTokens } from './analyze.js';
import { createWordLookup, findCandidates, reachedBetween } from './candidates.js';
import { compileIndex } from './compile-index.js';
import { tokenize } from './normalize.js';
import { ANCHOR_SHARE } from './scan-triggers.js';

// 400 names that share one distinctive word (Orion) and each have a number of their own (as in Department 53); the
// shared word is kept distinctive, as it would be in a bigger index where 400 names are few.
const own = (i: number) => String(1000 + i);
const index = compileIndex(
  Array.from({ length: 400 }, (_, i) => ({ id: `e${i}`, name: `Orion ${own(i)}` })),
  { genericMinEntities: 10000 },
);
const lookup = createWordLookup(index.lookups);
const termsOf = (name: string) => analyzeTokens(tokenize(name), index.lookups.dfGeneric);
const needed = (aliasId: number) => index.lookups.anchorWeight[aliasId]! * ANCHOR_SHARE;

describe('findCandidates', () => {
  it('takes every alias a query reaches when no bound is asked for', () => {
    expect(findCandidates(termsOf('Orion Trading'), lookup).size).toBe(400);
  });

  it('leaves out aliases the rest of the query could never bring to the weight they need', () => {
    // Orion is half of every name: alone it cannot reach the anchor share of any of them.
    expect(findCandidates(termsOf('Orion Trading'), lookup, undefined, needed).size).toBe(0);
    // With a name's own word the query reaches that name, and only that one.
    const found = findCandidates(termsOf(`Orion ${own(7)} Trading`), lookup, undefined, needed);
    expect([...found.keys()].map((id) => index.data.aliases[id]!.text)).toEqual([
      `Orion ${own(7)}`,
    ]);
  });

  it('still counts every later lookup: a common word written first does not hide a name', () => {
    const found = findCandidates(termsOf(`Orion Orion ${own(3)}`), lookup, undefined, needed);
    expect(found.get(3)?.reached).toBeGreaterThanOrEqual(needed(3));
  });

  it('keeps the weight found at each position, so words far apart in a text do not add up', () => {
    const far = Array.from({ length: 20 }, () => 'and').join(' ');
    const terms = termsOf(`Orion ${far} ${own(5)}`);
    const candidate = findCandidates(terms, lookup).get(5)!;
    const last = terms.length - 1;
    expect(candidate.anchors).toEqual([0, last]);
    expect(candidate.reached).toBeGreaterThanOrEqual(needed(5));
    // Around either word alone, the name's anchor share is not there.
    expect(reachedBetween(candidate, 0, 5)).toBeLessThan(needed(5));
    expect(reachedBetween(candidate, last - 5, last)).toBeLessThan(needed(5));
    expect(reachedBetween(candidate, 0, last)).toBeCloseTo(candidate.reached);
  });
});
