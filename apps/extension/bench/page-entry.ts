// Runs in the benchmarked page's main world, bundled by bench/run-bench.mjs from the same modules the content
// script uses (adapters, page scanner, time slicer, prebuilt index).
import { findSiteAdapter } from '../utils/adapters/registry';
import { createPageScanner } from '../utils/page-scanner';
import { getMatcher } from '../utils/screening-data';
import { createTimeSlicer } from '../utils/time-slicer';

export interface ScanRun {
  /** Sum of the slices: main-thread time the scan took. */
  mainThreadMs: number;
  longestTaskMs: number;
  wallMs: number;
  slices: number;
  findings: number;
}

async function runExtensionScan(): Promise<ScanRun> {
  const slices: number[] = [];
  const started = performance.now();
  const scanner = createPageScanner({
    doc: document,
    adapter: findSiteAdapter(location.hostname),
    getMatcher,
    slicer: createTimeSlicer({ budgetMs: 4, onSlice: (duration) => slices.push(duration) }),
  });
  const findings = await scanner.scanPage();
  const mainThreadMs = slices.reduce((sum, duration) => sum + duration, 0);
  return {
    mainThreadMs,
    longestTaskMs: Math.max(0, ...slices),
    wallMs: performance.now() - started,
    slices: slices.length,
    findings: findings.length,
  };
}

/** The naive baseline: every character of the body, scripts and inline JSON included, in one task. */
function runNaiveScan(): ScanRun {
  const started = performance.now();
  const text = document.body.textContent ?? '';
  const matches = getMatcher().scanText(text, { minBand: 'match' });
  const duration = performance.now() - started;
  return {
    mainThreadMs: duration,
    longestTaskMs: duration,
    wallMs: duration,
    slices: 1,
    findings: matches.length,
  };
}

Object.assign(globalThis, { nkscreenBench: { runExtensionScan, runNaiveScan } });
