import { NO_EXPLANATION } from '../fixtures/sample-finding';
import { describe, expect, it } from 'vitest';
import { dedupeFindings, type Finding } from './finding';

const base: Finding = {
  entityId: 'e1',
  entityName: 'Entity One',
  field: 'text',
  pageText: 'Entity One',
  matchedAlias: 'Entity One',
  band: 'match',
  score: 0.9,
  explanation: NO_EXPLANATION,
  context: null,
  evidence: null,
  anchor: null,
};

describe('dedupeFindings', () => {
  it('keeps one finding per entity, preferring a seller field over free text', () => {
    const found = dedupeFindings([base, { ...base, field: 'seller' }, { ...base, field: 'brand' }]);
    expect(found).toHaveLength(1);
    expect(found[0]?.field).toBe('seller');
  });

  it('prefers a strong match over a possible one, whatever the field', () => {
    const found = dedupeFindings([{ ...base, field: 'seller', band: 'review' }, base]);
    expect(found[0]?.band).toBe('match');
  });

  it('keeps different entities apart', () => {
    expect(dedupeFindings([base, { ...base, entityId: 'e2' }])).toHaveLength(2);
  });
});
