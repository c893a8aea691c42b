import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { createMatcher } from './matcher.js';
import { loadIndex, serializeIndex } from './serialize.js';
import type { MatchIndex } from './match-index.js';

/** The trigger keys of an index's aliases, by alias text. */
function triggersOf(index: MatchIndex): Map<string, string[]> {
  const byAlias = new Map<string, string[]>();
  for (const key of index.lookups.triggers.keys)
    for (let p = 0; p < index.lookups.vocab.get(key)!.length; p += 2) {
      const alias = index.data.aliases[index.lookups.vocab.get(key)![p]!]!.text;
      byAlias.set(alias, [...(byAlias.get(alias) ?? []), key].sort());
    }
  return byAlias;
}

describe('scan triggers', () => {
  it('start analysis at the rarest key of an alias, not at words many aliases share', () => {
    const index = compileIndex([
      { id: 'a', name: 'Hanseong Shipping Company' },
      { id: 'b', name: 'Orion Hanseong' },
      { id: 'c', name: 'Orion Glass' },
      { id: 'd', name: 'Orion Trading Corporation' },
    ]);
    const triggers = triggersOf(index);
    expect(triggers.get('Orion Glass')).toEqual(['glass']);
    // Orion is in three names, Hanseong in two: Hanseong is the rarer key of Orion Hanseong.
    expect(triggers.get('Orion Hanseong')).toContain('hanseong');
    expect(triggers.get('Orion Hanseong')).not.toContain('orion');
    // A name whose only distinctive word is common still has it as its trigger: every alias has one.
    for (const alias of index.data.aliases)
      expect(triggers.get(alias.text)?.length).toBeGreaterThan(0);
  });

  it('keep enough keys that the words left out can never make a mention on their own', () => {
    const index = compileIndex([{ id: 'a', name: 'Alpha Bravo Charlie Delta Echo Foxtrot' }]);
    const alias = index.data.aliases[0]!;
    const weightOf = (key: string) => {
      const postings = index.lookups.vocab.get(key)!;
      return postings[postings.indexOf(0) + 1]! / 1000;
    };
    let untriggered = 0;
    for (const [key] of index.lookups.vocab)
      if (!index.lookups.triggers.keys.has(key)) untriggered += weightOf(key);
    expect(untriggered).toBeLessThan(index.lookups.anchorWeight[0]! * 0.8);
    expect(index.lookups.triggers.reach[0]).toBeGreaterThanOrEqual(alias.terms.length);
  });

  it('give a name that repeats a word a trigger too, and find it in text (a real OFAC SDN spelling)', () => {
    // Proektnogo is written twice: one vocabulary key, but two of the three distinctive words a mention must
    // match. Counted once, the keys seemed unable to reach the anchor share, none was chosen, and loadIndex
    // refused the index.
    const name =
      'SPETSIALIZIROVANNOE OBSHCHESTVO PROEKTNOGO FINANSIROVANIYA FABRIKA PROEKTNOGO FINANSIROVANIYA';
    const index = compileIndex([{ id: 'sdn-21506', name }]);
    expect(triggersOf(index).get(name)?.length).toBeGreaterThan(0);
    const found = createMatcher(loadIndex(serializeIndex(index)))
      .scanText(`Payment routed via ${name} in March.`)
      .map((m) => m.entityId);
    expect(found).toEqual(['sdn-21506']);
  });
});
