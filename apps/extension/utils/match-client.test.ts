import { describe, expect, it } from 'vitest';
import { NO_EXPLANATION, SAMPLE_EVIDENCE } from '../fixtures/sample-finding';
import { completeHits, type NameHit } from './match-client';

const hit: NameHit = {
  entityId: 'vladivostok-trading',
  name: 'Vladivostok Trading',
  matchedAlias: 'Vladivostok Trading',
  band: 'match',
  score: 1,
  explanation: NO_EXPLANATION,
  context: null,
  evidence: null,
};

const needsContext = (id: string) =>
  id === 'vladivostok-trading' ? { requiresContext: true, evidence: SAMPLE_EVIDENCE } : null;

describe('completeHits', () => {
  it('attaches the evidence and keeps a strong hit that needs context at a possible match', () => {
    const done = completeHits(
      { names: [hit, null], texts: [[{ ...hit, start: 0, end: 19, text: 'Vladivostok Trading' }]] },
      needsContext,
    );
    expect(done.names[0]?.band).toBe('review');
    expect(done.names[0]?.evidence).toBe(SAMPLE_EVIDENCE);
    expect(done.names[1]).toBeNull();
    expect(done.texts[0]?.[0]?.band).toBe('review');
  });

  it('lets the page context lift the cap when it corroborates the listing', () => {
    const corroborated = { ...hit, context: { status: 'corroborated' as const, evidence: ['RU'] } };
    expect(completeHits({ names: [corroborated], texts: [] }, needsContext).names[0]?.band).toBe(
      'match',
    );
  });

  it('leaves entities without a context requirement alone', () => {
    const done = completeHits({ names: [hit], texts: [] }, () => ({
      requiresContext: false,
      evidence: null,
    }));
    expect(done.names[0]?.band).toBe('match');
  });
});
