import { describe, expect, it } from 'vitest';
import { createTimeSlicer } from './time-slicer';

function* countTo(n: number): Generator<void, number> {
  for (let i = 0; i < n; i += 1) yield;
  return n;
}

describe('createTimeSlicer', () => {
  it('yields to the page each time a slice has used its budget, then finishes the work', async () => {
    let clock = 0;
    let yields = 0;
    const slices: number[] = [];
    const slicer = createTimeSlicer({
      budgetMs: 4,
      now: () => clock,
      yieldToMain: async () => {
        yields += 1;
      },
      onSlice: (duration) => slices.push(duration),
    });
    const steps = (function* () {
      for (let i = 0; i < 10; i += 1) {
        clock += 1;
        yield;
      }
      return 'done';
    })();
    expect(await slicer.run(steps)).toBe('done');
    expect(yields).toBe(2);
    expect(slices.every((duration) => duration <= 4)).toBe(true);
  });

  it('never yields when the work fits in one slice', async () => {
    let yields = 0;
    const slicer = createTimeSlicer({ now: () => 0, yieldToMain: async () => void (yields += 1) });
    expect(await slicer.run(countTo(1000))).toBe(1000);
    expect(yields).toBe(0);
  });
});
