import { describe, expect, it } from 'vitest';
import { readEvalSummary } from './eval-report';

const metrics = (precision: number, recall: number) => ({
  lines: 10,
  precision,
  recall,
  f1: (2 * precision * recall) / (precision + recall),
  fpRate: 0,
});

// Trimmed from the shape `npm run eval -w @nkscreen/core` writes.
const report = {
  generatedAt: '2026-11-23T12:00:35.243Z',
  fixture: { lines: 124 },
  protocol: { countings: { reviewAsMatch: 'review counted as match' } },
  results: {
    dev: {
      name: {
        reviewAsMatch: {
          nkscreen: {
            overall: metrics(1, 0.976),
            byKind: { typo: metrics(1, 0.9), neg_generic: { lines: 4, fpRate: 0 } },
          },
          fuse: {
            overall: metrics(0.896, 0.821),
            byKind: { typo: metrics(1, 0.5), neg_generic: { lines: 4, fpRate: 0.5 } },
          },
        },
      },
    },
  },
  targets: {
    name: { reviewAsMatch: { 'precision ≥ 0.98': true, 'script_* recall ≥ 0.90': false } },
  },
  wrong: {
    name: [
      { line: 28, kind: 'script_ja', query: '万寿台海外開発会社', expected: 'Mansudae', got: [] },
    ],
  },
};

describe('readEvalSummary', () => {
  it('reads one table per mode and counting, with each system and kind', () => {
    const summary = readEvalSummary(report);
    expect(summary?.split).toBe('dev');
    expect(summary?.lines).toBe(124);
    const [table] = summary?.tables ?? [];
    expect(table?.mode).toBe('one name (matchName)');
    expect(table?.counting).toBe('review counted as match');
    expect(table?.systems.map((s) => [s.system, s.precision])).toEqual([
      ['nkscreen', 1],
      ['Fuse.js (baseline)', 0.896],
    ]);
    expect(table?.kinds.map((k) => k.kind)).toEqual(['typo', 'neg_generic']);
    expect(table?.kinds[1]?.scores[1]?.fpRate).toBe(0.5);
    expect(table?.targets).toEqual([
      { name: 'precision ≥ 0.98', met: true },
      { name: 'script_* recall ≥ 0.90', met: false },
    ]);
  });

  it('lists the lines still wrong, saying what was found', () => {
    expect(readEvalSummary(report)?.wrong).toEqual([
      {
        mode: 'one name (matchName)',
        line: 28,
        kind: 'script_ja',
        query: '万寿台海外開発会社',
        expected: 'Mansudae',
        got: 'nothing',
      },
    ]);
  });

  it('gives up on a report of another shape, so the page can show it as it is', () => {
    expect(readEvalSummary({ precision: 1 })).toBeUndefined();
    expect(readEvalSummary(undefined)).toBeUndefined();
  });
});
