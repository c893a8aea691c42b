// Runs in the benchmarked page's main world, bundled by bench/run-bench.mjs from the same modules the content
// script uses (adapters, page scanner, time slicer). Matching runs in a worker, as it runs in the extension's
// background; the naive baseline matches on the main thread, as a content script without a background would.
import type { MatchClient, MatchRequest, MatchResponse } from '../utils/match-client';
import { answerMatchRequest } from '../utils/match-client';
import { findSiteAdapter } from '../utils/adapters/registry';
import { createPageScanner } from '../utils/page-scanner';
import { getMatcher } from '../utils/screening-data';
import { createTimeSlicer } from '../utils/time-slicer';

export interface ScanRun {
  /** Sum of the slices: main-thread time the scan took. */
  mainThreadMs: number;
  longestTaskMs: number;
  wallMs: number;
  /** Time the matcher took, off the main thread. */
  offThreadMatchMs: number;
  slices: number;
  findings: number;
}

function createWorkerClient(worker: Worker, onMatch: (ms: number) => void): MatchClient {
  let nextId = 0;
  const pending = new Map<number, (response: MatchResponse) => void>();
  worker.onmessage = (
    event: MessageEvent<{ id: number; response: MatchResponse; matchMs: number }>,
  ) => {
    onMatch(event.data.matchMs);
    pending.get(event.data.id)?.(event.data.response);
    pending.delete(event.data.id);
  };
  return {
    match: (request: MatchRequest) =>
      new Promise((resolve) => {
        nextId += 1;
        pending.set(nextId, resolve);
        worker.postMessage({ id: nextId, request });
      }),
  };
}

let worker: Worker | null = null;

function startWorker(source: string): void {
  worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

async function runExtensionScan(): Promise<ScanRun> {
  if (!worker) throw new Error('startWorker first');
  const slices: number[] = [];
  let offThreadMatchMs = 0;
  const started = performance.now();
  const scanner = createPageScanner({
    doc: document,
    adapter: findSiteAdapter(location.hostname),
    client: createWorkerClient(worker, (ms) => (offThreadMatchMs += ms)),
    slicer: createTimeSlicer({ budgetMs: 4, onSlice: (duration) => slices.push(duration) }),
  });
  const findings = await scanner.scanPage();
  return {
    mainThreadMs: slices.reduce((sum, duration) => sum + duration, 0),
    longestTaskMs: Math.max(0, ...slices),
    wallMs: performance.now() - started,
    offThreadMatchMs,
    slices: slices.length,
    findings: findings.length,
  };
}

/** The naive baseline: every character of the body, scripts and inline JSON included, in one main-thread task. */
function runNaiveScan(): ScanRun {
  const started = performance.now();
  const text = document.body.textContent ?? '';
  const response = answerMatchRequest(getMatcher(), { names: [], texts: [text] });
  const duration = performance.now() - started;
  return {
    mainThreadMs: duration,
    longestTaskMs: duration,
    wallMs: duration,
    offThreadMatchMs: 0,
    slices: 1,
    findings: response.texts[0]?.length ?? 0,
  };
}

Object.assign(globalThis, { nkscreenBench: { startWorker, runExtensionScan, runNaiveScan } });
