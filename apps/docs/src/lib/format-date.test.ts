import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
  it('writes ISO dates out in words, in UTC', () => {
    expect(formatDate('2017-08-05')).toBe('5 August 2017');
    expect(formatDate('2026-11-23T23:59:00Z')).toBe('23 November 2026');
  });

  it('passes through what it cannot parse and skips what is missing', () => {
    expect(formatDate('2017')).toBe('2017');
    expect(formatDate('sometime')).toBe('sometime');
    expect(formatDate(undefined)).toBeUndefined();
  });
});
