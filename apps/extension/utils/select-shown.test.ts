import { describe, expect, it } from 'vitest';
import { NO_EXPLANATION, SAMPLE_EVIDENCE } from '../fixtures/sample-finding';
import type { Finding } from './finding';
import { selectShownFindings } from './select-shown';

const finding: Finding = {
  entityId: 'e1',
  entityName: 'Entity One',
  field: 'seller',
  pageText: 'Entity One',
  matchedAlias: 'Entity One',
  band: 'match',
  score: 1,
  explanation: NO_EXPLANATION,
  context: null,
  evidence: SAMPLE_EVIDENCE,
  anchor: null,
};
const now = new Date('2026-12-05T00:00:00Z');
const open = { silenced: false, dismissed: [], kindFilter: {}, now };

describe('selectShownFindings', () => {
  it('shows everything on an open site, nothing on a silenced one', () => {
    expect(selectShownFindings([finding], open)).toEqual({ shown: [finding], filtered: 0 });
    expect(selectShownFindings([finding], { ...open, silenced: true }).shown).toEqual([]);
  });

  it('keeps a dismissed entity hidden while its evidence is unchanged', () => {
    const dismissed = [
      { entityId: 'e1', name: 'Entity One', fingerprint: SAMPLE_EVIDENCE.fingerprint },
    ];
    expect(selectShownFindings([finding], { ...open, dismissed }).shown).toEqual([]);
  });

  it('brings a dismissed entity back, marked with what is new, when a source was added', () => {
    const dismissed = [{ entityId: 'e1', name: 'Entity One', fingerprint: 'designation|active' }];
    const [shown] = selectShownFindings([finding], { ...open, dismissed }).shown;
    expect(shown?.change?.addedSourceIds).toEqual(['ofac-2018']);
  });

  it('counts what the per-kind switch hides instead of showing it', () => {
    // The sample is a 2018 designation: eight years old on the test date.
    expect(selectShownFindings([finding], { ...open, kindFilter: { designation: 5 } })).toEqual({
      shown: [],
      filtered: 1,
    });
    expect(
      selectShownFindings([finding], { ...open, kindFilter: { designation: 10 } }).filtered,
    ).toBe(0);
  });
});
