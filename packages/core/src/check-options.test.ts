import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { isNkscreenError } from './errors.js';
import { createMatcher } from './matcher.js';
import { FIXTURE_ENTITIES } from './test-fixtures.js';

const index = compileIndex(FIXTURE_ENTITIES);
const matcher = createMatcher(index);

/** The typed error a call throws, or a failure when it throws none. */
function thrownBy(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    if (isNkscreenError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a typed error, none was thrown');
}

describe('option checking', () => {
  it('rejects a misspelt option key and names the key that was meant', () => {
    const error = thrownBy(() => createMatcher(index, { matchTreshold: 0.9 } as never));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toContain('unknown option "matchTreshold"');
    expect(error.message).toContain('did you mean "matchThreshold"?');
  });

  it('rejects unknown keys in every call that takes options', () => {
    const calls: [string, () => unknown][] = [
      ['matchName', () => matcher.matchName('Mokran LLC', { minband: 'match' } as never)],
      ['scanText', () => matcher.scanText('Mokran LLC', { limit: 1 } as never)],
      ['compileIndex', () => compileIndex(FIXTURE_ENTITIES, { genericMinEntites: 3 } as never)],
    ];
    for (const [where, call] of calls) {
      const error = thrownBy(call);
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.message.startsWith(`${where}: unknown option`)).toBe(true);
    }
    expect(thrownBy(calls[0]![1]).message).toContain('did you mean "minBand"?');
    expect(thrownBy(calls[2]![1]).message).toContain('did you mean "genericMinEntities"?');
  });

  it('lists the valid keys when nothing is close to the unknown one', () => {
    const error = thrownBy(() => matcher.scanText('x', { verbose: true } as never));
    expect(error.message).not.toContain('did you mean');
    expect(error.message).toContain('valid options: minBand, context');
  });

  it('accepts every documented key, the context included', () => {
    expect(() => createMatcher(index, { matchThreshold: 0.9, reviewThreshold: 0.7 })).not.toThrow();
    const nameOptions = { limit: 1, minBand: 'match' as const, context: {} };
    const textOptions = { minBand: 'review' as const, context: {} };
    expect(() => matcher.matchName('Mokran LLC', nameOptions)).not.toThrow();
    expect(() => matcher.scanText('Mokran LLC', textOptions)).not.toThrow();
    expect(() => compileIndex(FIXTURE_ENTITIES, { genericMinEntities: 2 })).not.toThrow();
  });

  it('rejects out-of-range values with a typed error', () => {
    const calls = [
      () => createMatcher(index, { matchThreshold: 1.5 }),
      () => createMatcher(index, { reviewThreshold: 0 }),
      () => createMatcher(index, { matchThreshold: Number.NaN }),
      () => createMatcher(index, { matchThreshold: 0.6, reviewThreshold: 0.8 }),
      () => matcher.matchName('Mokran LLC', { limit: 0 }),
      () => matcher.matchName('Mokran LLC', { limit: 2.5 }),
      () => matcher.matchName('Mokran LLC', { minBand: 'maybe' as never }),
      () => matcher.scanText('Mokran LLC', { minBand: 'maybe' as never }),
      () => compileIndex(FIXTURE_ENTITIES, { genericMinEntities: 0 }),
      () => compileIndex(FIXTURE_ENTITIES, null as never),
      () => matcher.scanText('Mokran LLC', [] as never),
    ];
    for (const call of calls) expect(thrownBy(call).code).toBe('INVALID_OPTION');
  });
});
