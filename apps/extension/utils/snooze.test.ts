import { describe, expect, it } from 'vitest';
import { compareEvidence, isHiddenByKind } from './snooze';

describe('compareEvidence (a dismissal lasts until the evidence changes)', () => {
  it('stays quiet while the evidence is what the user dismissed', () => {
    expect(compareEvidence('designation|active|a|b', 'designation|active|a|b')).toBeNull();
  });

  it('wakes up with the new source when a later dataset adds one', () => {
    expect(compareEvidence('investigation|active|a', 'investigation|active|a|b')).toEqual({
      addedSourceIds: ['b'],
      tierFrom: null,
      statusChanged: false,
    });
  });

  it('wakes up when the tier or the status changes', () => {
    expect(compareEvidence('investigation|active|a', 'designation|active|a')?.tierFrom).toBe(
      'investigation',
    );
    expect(compareEvidence('enforcement|active|a', 'enforcement|historical|a')?.statusChanged).toBe(
      true,
    );
  });

  it('does not wake up when a source is only dropped: nothing new to warn about', () => {
    expect(compareEvidence('designation|active|a|b', 'designation|active|a')).toBeNull();
  });

  it('keeps a dismissal without a fingerprint (made before evidence was tracked)', () => {
    expect(compareEvidence(null, 'designation|active|a')).toBeNull();
  });
});

describe('isHiddenByKind (per-kind switch)', () => {
  const now = new Date('2026-12-05T00:00:00Z');

  it('hides evidence of a switched-off kind older than its limit, and nothing else', () => {
    const filter = { investigation: 5 };
    expect(isHiddenByKind(filter, 'investigation', 2016, now)).toBe(true);
    expect(isHiddenByKind(filter, 'investigation', 2023, now)).toBe(false);
    expect(isHiddenByKind(filter, 'designation', 2010, now)).toBe(false);
  });

  it('never hides undated evidence or kinds without a limit', () => {
    expect(isHiddenByKind({ investigation: 5 }, 'investigation', null, now)).toBe(false);
    expect(isHiddenByKind({ investigation: null }, 'investigation', 1990, now)).toBe(false);
  });
});
