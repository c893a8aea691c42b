// One measurement in its own process, so peak RSS belongs to it alone. Prints one JSON line.
// Usage: node measure.mjs baseline|screen <file.csv>
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

const [mode, file] = process.argv.slice(2);
const started = performance.now();
let rows = 0;
let extra = {};
/** The screen result and the screener, held until the heap is measured: hits and caches are what a run keeps. */
let kept;

if (mode === 'baseline') {
  // A plain papaparse streaming pass that does no matching: the cost of reading and splitting the CSV.
  await new Promise((resolve, reject) => {
    Papa.parse(createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 }), {
      chunk: (results) => {
        rows += results.data.length;
      },
      complete: resolve,
      error: reject,
    });
  });
  rows -= 1; // the header
} else {
  const { screenFile, createScreener } = await import('../dist/index.js');
  const screener = createScreener();
  const result = await screenFile(file, { screener });
  kept = { result, screener };
  rows = result.summary.rowsRead;
  extra = {
    hits: result.summary.hits,
    hitValues: [...new Set(result.hits.map((hit) => hit.value))],
    skipped: result.summary.rowsSkipped,
    names: screener.stats.names,
    matcherCalls: screener.stats.matched,
    cachedExact: screener.stats.cachedExact,
    cachedNormalised: screener.stats.cachedNormalised,
  };
}
const ms = performance.now() - started;
// What the run still holds once garbage is collected (caches, hits): flat when memory does not grow with the file.
globalThis.gc?.();
extra.retainedHeapBytes = process.memoryUsage().heapUsed;
extra.retainedHeapMb = Math.round(extra.retainedHeapBytes / 1024 / 1024);
if (kept) extra.hitsHeld = kept.result.hits.length;
process.stdout.write(
  `${JSON.stringify({ mode, rows, ms: Math.round(ms), rowsPerSecond: Math.round((rows / ms) * 1000), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...extra })}\n`,
);
