import { performance } from 'node:perf_hooks';

/** @param {readonly number[]} values @param {number} p 0..1 */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return /** @type {number} */ (
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
  );
}

/** @param {readonly number[]} values */
export const median = (values) => percentile(values, 0.5);

/**
 * Times `fn` `runs` times after one warm-up call; returns the milliseconds of each run and the last result.
 * @template T
 * @param {() => T} fn
 * @param {number} runs
 */
export function timeRuns(fn, runs) {
  let result = fn();
  /** @type {number[]} */
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { times, result };
}

/**
 * Runs `fn` over queries one by one, timing each, until all are done or `budgetMs` has passed (slow baselines
 * are sampled and extrapolated, and say so).
 * @template Q, R
 * @param {readonly Q[]} queries
 * @param {(query: Q) => R} fn
 * @param {number} [budgetMs]
 */
export function timeQueries(queries, fn, budgetMs = Number.POSITIVE_INFINITY) {
  /** @type {number[]} */
  const latencies = [];
  /** @type {R[]} */
  const results = [];
  const start = performance.now();
  for (const query of queries) {
    const t0 = performance.now();
    results.push(fn(query));
    latencies.push(performance.now() - t0);
    if (performance.now() - start > budgetMs) break;
  }
  const totalMs = performance.now() - start;
  return {
    timed: latencies.length,
    namesPerSecond: (latencies.length / totalMs) * 1000,
    p50Ms: median(latencies),
    p99Ms: percentile(latencies, 0.99),
    results,
  };
}
