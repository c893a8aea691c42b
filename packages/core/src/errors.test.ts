import { describe, expect, it } from 'vitest';
import { isNkscreenError, NkscreenError } from './errors.js';

describe('isNkscreenError', () => {
  it('recognises its own errors, with their code and cause', () => {
    const cause = new Error('inner');
    const error = new NkscreenError('INVALID_INDEX', 'loadIndex: not JSON', { cause });
    expect(isNkscreenError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'NkscreenError', code: 'INVALID_INDEX', cause });
  });

  it('recognises an error from another realm by its name and code', () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'NkscreenError',
      code: 'INVALID_OPTION',
    });
    expect(isNkscreenError(foreign)).toBe(true);
  });

  it('rejects other values', () => {
    expect(isNkscreenError(new Error('x'))).toBe(false);
    expect(isNkscreenError({ name: 'NkscreenError' })).toBe(false);
    expect(isNkscreenError(null)).toBe(false);
    expect(isNkscreenError('NkscreenError')).toBe(false);
  });
});
