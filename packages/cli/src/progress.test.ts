import { describe, expect, it } from 'vitest';
import { formatProgress, shouldShowProgress } from './progress.js';

describe('shouldShowProgress', () => {
  it('shows a bar only on a terminal and never under CI', () => {
    expect(shouldShowProgress({ isTTY: true }, {})).toBe(true);
    expect(shouldShowProgress({ isTTY: false }, {})).toBe(false);
    expect(shouldShowProgress({}, {})).toBe(false);
    expect(shouldShowProgress({ isTTY: true }, { CI: 'true' })).toBe(false);
    expect(shouldShowProgress({ isTTY: true }, { CI: '1' })).toBe(false);
    expect(shouldShowProgress({ isTTY: true }, { CI: 'false' })).toBe(true);
  });
});

describe('formatProgress', () => {
  it('shows the share done, rows, rows/s and the time left', () => {
    expect(formatProgress({ rows: 50_000, bytes: 250, totalBytes: 1000 }, 1000, 8)).toBe(
      '[##------]  25% · 50,000 rows · 50,000 rows/s · ETA 0:03',
    );
  });

  it('shows rows and rows/s when the size is unknown (stdin)', () => {
    expect(formatProgress({ rows: 1200, bytes: 0, totalBytes: undefined }, 2000)).toBe(
      '1,200 rows · 600 rows/s',
    );
  });
});
