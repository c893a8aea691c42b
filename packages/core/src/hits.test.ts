import { describe, expect, it } from 'vitest';
import { resolveOverlaps, type Hit } from './hits.js';

const hit = (entity: number, start: number, end: number, score: number): Hit => ({
  entity,
  aliasId: entity,
  score,
  start,
  end,
  covered: [],
  build: () => {
    throw new Error('not built in these specs');
  },
});
const spans = (hits: Hit[]) => hits.map((h) => [h.entity, h.start, h.end]);

describe('resolveOverlaps', () => {
  it('keeps the best of overlapping hits of one entity, and hits of different entities side by side', () => {
    expect(
      spans(resolveOverlaps([hit(1, 0, 3, 0.9), hit(1, 2, 5, 0.95), hit(2, 7, 8, 1)])),
    ).toEqual([
      [1, 2, 5],
      [2, 7, 8],
    ]);
  });

  it('drops a hit inside a longer hit of another entity: the less specific sibling', () => {
    // Arlington County inside Arlington County Department of Parks and Recreation.
    expect(spans(resolveOverlaps([hit(1, 3, 4, 1), hit(2, 3, 9, 1)]))).toEqual([[2, 3, 9]]);
  });

  it('drops it also when that longer hit gave way to an overlapping hit of its own entity', () => {
    // Two mentions of the long name close together: the first one's window reaches into the second and wins,
    // yet the short name inside the second mention is still the less specific sibling. Analysing less text
    // around them (without the first mention) would drop it too.
    const first = hit(2, 0, 12, 1);
    const second = hit(2, 12, 18, 0.99);
    const inside = hit(1, 13, 14, 1);
    expect(spans(resolveOverlaps([first, second, inside]))).toEqual([[2, 0, 12]]);
    expect(spans(resolveOverlaps([second, inside]))).toEqual([[2, 12, 18]]);
  });
});
