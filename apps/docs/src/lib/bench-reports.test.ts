import { describe, expect, it } from 'vitest';
import { readCliBench, readCoreBench, readExtensionBench } from './bench-reports';

describe('readCoreBench', () => {
  it('tabulates matchName and scanText beside their baselines, with ratios and targets', () => {
    const summary = readCoreBench({
      machine: { node: 'v20.20.2', cpus: 2, cpu: 'AMD EPYC' },
      list: { entities: 5000, aliasesPerEntity: 3 },
      matchName: {
        byVariant: { exact: { nkscreen: '386/386' } },
        nkscreen: { namesPerSecond: 4402, p50Ms: 0.03, p99Ms: 4.5, top1Accuracy: 0.986 },
        fuse: {
          namesPerSecond: 1.67,
          p50Ms: 640,
          p99Ms: 1020,
          top1Accuracy: 0.286,
          extrapolated: true,
        },
        speedup: { vsFuse: 2640 },
      },
      scanText: {
        textChars: 1048632,
        nkscreen: { medianMs: 259, plantedFound: { exact: 303, typo: 88 } },
      },
      targets: { namesPerSecond: { target: 20000, met: false } },
    });
    expect(summary?.tables[0]?.caption).toContain('5000 entities × 3 aliases');
    expect(summary?.tables[0]?.rows.map((row) => row.label)).toEqual([
      'nkscreen',
      'Fuse.js (baseline), extrapolated',
    ]);
    expect(summary?.tables[1]?.rows[0]?.cells).toEqual([259, 303, 88, undefined]);
    expect(summary?.notes.join(' ')).toContain('matchName vs Fuse.js 2640×');
    expect(summary?.notes).toContain('Machine: AMD EPYC, 2 CPUs, Node v20.20.2.');
    expect(summary?.targets).toEqual([{ name: 'names per second', target: 20000, met: false }]);
  });
});

describe('readCliBench', () => {
  it('gives one row per scenario', () => {
    const summary = readCliBench({
      results: [
        {
          scenario: '1M rows',
          rows: 1_000_000,
          fileMb: 68.9,
          baseline: { rowsPerSecond: 1_763_109, peakRssMb: 119 },
          screen: { rowsPerSecond: 460_211, peakRssMb: 194 },
        },
      ],
    });
    expect(summary?.tables[0]?.rows).toEqual([
      { label: '1M rows', cells: [1_000_000, 68.9, 460_211, 1_763_109, 194, 119] },
    ]);
  });
});

describe('readExtensionBench', () => {
  it('gives one row per measured scan and the budget', () => {
    const summary = readExtensionBench({
      runs: 7,
      extensionScan: { mainThreadMs: 14.6, longestTaskMs: 4, wallMs: 18.4, slices: 5, findings: 0 },
      naiveFullTextScan: {
        mainThreadMs: 63.3,
        longestTaskMs: 63.3,
        wallMs: 63.3,
        slices: 1,
        findings: 0,
      },
      budget: { mainThreadMs: 50, longestTaskMs: 50, met: false },
    });
    expect(summary?.tables[0]?.rows.map((row) => row.label)).toEqual([
      'extension scan',
      'naive full text scan',
    ]);
    expect(summary?.targets).toEqual([
      { name: 'main thread and longest task ms', target: 50, met: false },
    ]);
  });

  it('returns undefined for other shapes', () => {
    expect(readExtensionBench({ results: [] })).toBeUndefined();
    expect(readCliBench({})).toBeUndefined();
    expect(readCoreBench({})).toBeUndefined();
  });
});
