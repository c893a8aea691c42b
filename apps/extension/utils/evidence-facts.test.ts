import { describe, expect, it } from 'vitest';
import entityDetails from '../generated/entity-details.json';
import { readEnglishMessages } from '../fixtures/read-messages';
import type { EntityDetails } from './entity-details';

// scripts/evidence-facts.mjs builds the facts from the dataset's own wording rules (evidenceWording) so the Korean UI
// can say the same thing. This spec holds the facts to the dataset's English sentence for every shipped entity: if
// the dataset's sentence changes, the facts must change with it.
const entities = Object.values(entityDetails.entities as unknown as Record<string, EntityDetails>);
const messages = readEnglishMessages();

describe('evidence facts agree with the dataset’s sentence, entity by entity', () => {
  it('ships entities to check', () => {
    expect(entities.length).toBeGreaterThan(0);
  });

  it.each(entities.map((entity) => [entity.id, entity] as const))('%s', (_id, entity) => {
    const { facts, evidence, tier } = entity;
    if (facts.when) expect(evidence).toContain(facts.when);
    if (tier === 'designation') {
      for (const key of facts.authorities) expect(evidence).toContain(messages[`authority_${key}`]);
    }
    if (tier === 'enforcement') {
      expect(evidence).toContain(messages[`enforcement_${facts.enforcementKind ?? 'other'}`]);
      expect(evidence).toContain(facts.listing);
    }
    if (facts.claim) expect(evidence).toContain(facts.claim);
    if (tier === 'investigation' && facts.publisher)
      expect(evidence).toContain(`by ${facts.publisher}`);
    expect(
      facts.bestSourceId === null || entity.sources.some((s) => s.id === facts.bestSourceId),
    ).toBe(true);
    expect(entity.fingerprint.split('|').slice(2).sort()).toEqual(
      entity.sources.map((source) => source.id).sort(),
    );
  });
});
