import { describe, expect, it } from 'vitest';
import { forEachScanRange, MAX_RANGE } from './scan-ranges.js';

const rangesOf = (reaches: readonly number[]): [number, number][] => {
  const out: [number, number][] = [];
  forEachScanRange(
    reaches.length,
    (i) => reaches[i]!,
    (from, to) => out.push([from, to]),
  );
  return out;
};

describe('scan ranges', () => {
  it('analyse nothing when no word has a reach', () => {
    expect(rangesOf([0, 0, 0])).toEqual([]);
  });

  it('merge overlapping and touching reaches into one range, clipped to the text', () => {
    expect(rangesOf([0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1])).toEqual([
      [0, 5],
      [11, 12],
    ]);
  });

  it('keep a long reach whole when a word with a shorter reach follows it', () => {
    const reaches = new Array<number>(40).fill(0);
    reaches[10] = 12;
    reaches[11] = 2;
    expect(rangesOf(reaches)).toEqual([[0, 22]]);
  });

  it('reach back as far as a later word with a longer reach needs', () => {
    const reaches = new Array<number>(40).fill(0);
    reaches[20] = 1;
    reaches[21] = 12;
    expect(rangesOf(reaches)).toEqual([[9, 33]]);
  });

  it('put every word’s whole reach inside one range of bounded length, on dense random text', () => {
    // A fixed linear congruential sequence: the same texts every run.
    let seed = 20261205;
    const int = (n: number): number =>
      ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (let round = 0; round < 50; round++) {
      const reaches = Array.from({ length: 2000 }, () => (int(3) === 0 ? 1 + int(16) : 0));
      const ranges = rangesOf(reaches);
      reaches.forEach((reach, i) => {
        if (reach === 0) return;
        const from = Math.max(0, i - reach);
        const to = Math.min(reaches.length - 1, i + reach);
        expect(ranges.some(([a, b]) => a <= from && to <= b)).toBe(true);
      });
      for (const [a, b] of ranges) expect(b - a).toBeLessThanOrEqual(MAX_RANGE);
    }
  });
});
