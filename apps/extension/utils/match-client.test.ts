import { describe, expect, it } from 'vitest';
import { capContextualHits, type NameHit } from './match-client';

const hit: NameHit = {
  entityId: 'vladivostok-trading',
  name: 'Vladivostok Trading',
  matchedAlias: 'Vladivostok Trading',
  band: 'match',
  score: 1,
  explanation: '',
};

describe('capContextualHits', () => {
  it('turns a strong hit on an entity that needs context into a possible match', () => {
    const capped = capContextualHits(
      { names: [hit, null], texts: [[{ ...hit, start: 0, end: 19, text: 'Vladivostok Trading' }]] },
      (id) => id === 'vladivostok-trading',
    );
    expect(capped.names[0]?.band).toBe('review');
    expect(capped.names[1]).toBeNull();
    expect(capped.texts[0]?.[0]?.band).toBe('review');
  });

  it('leaves entities without a context requirement alone', () => {
    expect(capContextualHits({ names: [hit], texts: [] }, () => false).names[0]?.band).toBe(
      'match',
    );
  });
});
