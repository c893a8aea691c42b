// Long single tokens in five scripts (issue 14, item 1): one unbroken run of letters, doubled in length, so the
// benchmark shows whether the matcher's work grows linearly (time ratio ≈ 2) or worse. No name is that long;
// hostile pages and CSV cells are.
import { performance } from 'node:perf_hooks';
import { createRandom } from './prng.mjs';
import { median } from './stats.mjs';

/** @type {Record<string, (random: ReturnType<typeof createRandom>) => string>} */
const LETTER = {
  Latin: (r) => String.fromCharCode(0x61 + r.int(26)),
  Hangul: (r) => String.fromCharCode(0xac00 + r.int(11172)),
  Han: (r) => String.fromCharCode(0x4e00 + r.int(0x5000)),
  Cyrillic: (r) => String.fromCharCode(0x430 + r.int(32)),
};
export const LONG_TOKEN_SCRIPTS = /** @type {const} */ ([...Object.keys(LETTER), 'mixed']);

/**
 * A seeded run of `length` letters with no space or punctuation, capitalised like a name (page scans read
 * capitalised words more closely); `mixed` switches script every 1–8 letters.
 * @param {string} script
 * @param {number} length
 * @param {number} seed
 */
export function createLongToken(script, length, seed) {
  const random = createRandom(seed);
  const scripts = Object.keys(LETTER);
  let out = '';
  let current = script === 'mixed' ? /** @type {string} */ (random.pick(scripts)) : script;
  let left = 1 + random.int(8);
  for (let i = 0; i < length; i++) {
    if (script === 'mixed' && left-- === 0) {
      current = /** @type {string} */ (random.pick(scripts));
      left = random.int(8);
    }
    const letter = LETTER[current];
    if (letter === undefined) throw new TypeError(`unknown script "${script}"`);
    out += letter(random);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * Times `run(token)` for tokens of n and 2n letters in each script: the fastest of `runs` calls on different
 * tokens of that length (the median is kept too), fewer when one call is over `slowMs` (a quadratic matcher on a long token can take minutes; the benchmark must not).
 * @param {(token: string) => unknown} run
 * @param {{ lengths: readonly number[], runs: number, slowMs: number, seed: number }} options
 */
export function timeLongTokens(run, { lengths, runs, slowMs, seed }) {
  return LONG_TOKEN_SCRIPTS.map((script) => {
    /** @type {{ length: number, ms: number | null, medianMs?: number }[]} */
    const points = [];
    let tooSlow = false;
    for (const length of lengths) {
      if (tooSlow) {
        points.push({ length, ms: null });
        continue;
      }
      const times = [];
      for (let i = 0; i < runs; i++) {
        // A new token every run: the matcher memoises word lookups, and a repeated token would time the cache.
        const token = createLongToken(script, length, seed + i);
        const start = performance.now();
        run(token);
        times.push(performance.now() - start);
        if (times[times.length - 1] > slowMs) break;
      }
      // The fastest run times the work itself: other processes on a shared machine only ever add time.
      const ms = Math.min(...times);
      points.push({ length, ms, medianMs: median(times) });
      if (ms > slowMs) tooSlow = true;
    }
    return {
      script,
      points,
      ratios: points.slice(1).map((p, i) => {
        const prev = /** @type {{ ms: number | null }} */ (points[i]).ms;
        return p.ms === null || prev === null || prev === 0 ? null : p.ms / prev;
      }),
    };
  });
}
