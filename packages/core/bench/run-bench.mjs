// `npm run bench -w @nkscreen/core`: speed and size of the built matcher on a seeded synthetic list, with
// baselines measured in the same process. Prints ratios and targets; asserts nothing.
import os from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import uFuzzy from '@leeoniya/ufuzzy';
import Fuse from 'fuse.js';
import AhoCorasick from 'modern-ahocorasick';
import { formatTable } from '../eval/lib/format-table.mjs';
import { writeReport } from '../eval/lib/write-report.mjs';
import { LONG_TOKEN_SCRIPTS, timeLongTokens } from './long-tokens.mjs';
import { createPageText } from './page-text.mjs';
import { median, timeQueries, timeRuns } from './stats.mjs';
import { createQueries, createSyntheticList } from './synthetic-list.mjs';

const SEED = 20261123;
const ENTITIES = 5000;
const QUERIES = 2000;
const PAGE_BYTES = 1024 * 1024;
/** Long single tokens: letters per token, doubled; a length whose call takes over SLOW_MS ends that script's run. */
const LONG_TOKEN = { lengths: [250, 500, 1000, 2000, 4000], runs: 5, slowMs: 2000 };
const BASELINE_BUDGET_MS = { fuse: 4000, uFuzzy: 4000 };
const TARGETS = {
  namesPerSecond: 20000,
  p99Ms: 0.5,
  scanMs: 50,
  loadMs: 20,
  gzipBytes: 2 * 1024 * 1024,
};

// `-- --core <file> --out <name>` measures another build (a copy of an earlier dist/index.js) with the same list
// and seed, and writes reports/<name>.json.
const { values: args } = parseArgs({
  options: {
    core: { type: 'string', default: new URL('../dist/index.js', import.meta.url).pathname },
    out: { type: 'string', default: 'bench' },
  },
});
const core = await import(pathToFileURL(resolve(args.core)).href).catch((error) => {
  console.error(`Cannot import ${args.core}: run \`npm run build -w @nkscreen/core\` first.`);
  throw error;
});

const entities = createSyntheticList(SEED, ENTITIES);
const queries = createQueries(SEED + 1, entities, QUERIES);
const aliasRows = entities.flatMap((e) =>
  [e.name, ...e.aliases, ...e.weakAliases].map((alias) => ({ entityId: e.id, alias })),
);
const listed = queries.filter((q) => q.entityId !== null).length;

console.log(
  `nkscreen benchmark — ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}\n` +
    `synthetic list (seed ${SEED}): ${ENTITIES} entities × 3 aliases (2 aliases + 1 acronym) + name = ${aliasRows.length} strings; ` +
    `${QUERIES} queries (${listed} variants of listed names: exact, upper-cased alias, typo, no legal form; ${QUERIES - listed} unlisted)\n`,
);

// --- index: build, serialise, load ------------------------------------------------------------------------
const build = timeRuns(() => core.compileIndex(entities), 5);
const index = build.result;
const serialized = core.serializeIndex(index);
const rawBytes = Buffer.byteLength(serialized, 'utf8');
const gzipBytes = gzipSync(serialized).length;
const load = timeRuns(() => core.loadIndex(serialized), 10);
const ready = timeRuns(() => core.createMatcher(core.loadIndex(serialized)), 10);
const matcher = core.createMatcher(load.result);

// --- matchName vs Fuse.js and uFuzzy ----------------------------------------------------------------------
/** @param {{ entityId: string | null }} query @param {string | null | undefined} got */
const isRight = (query, got) => (query.entityId === null ? got == null : got === query.entityId);
/** @param {{ results: (string | null | undefined)[] }} run */
const accuracy = (run) =>
  run.results.filter((got, i) => isRight(/** @type {any} */ (queries[i]), got)).length /
  run.results.length;

/** @type {Map<string, string>} bands of nkscreen's top hits, to tell review from match on unlisted names */
const topBand = new Map();
const topEntity = (/** @type {string} */ q) => {
  const top = matcher.matchName(q, { limit: 1 })[0];
  if (top !== undefined) topBand.set(q, top.band);
  return top?.entityId ?? null;
};
for (const q of queries.slice(0, 500)) topEntity(q.text); // let the JIT settle before timing
const nk = timeQueries(queries, (q) => topEntity(q.text));

const fuse = new Fuse(aliasRows, {
  keys: ['alias'],
  includeScore: true,
  threshold: 0.4,
  ignoreLocation: true,
});
const fuseRun = timeQueries(
  queries,
  (q) => fuse.search(q.text, { limit: 1 })[0]?.item.entityId ?? null,
  BASELINE_BUDGET_MS.fuse,
);

const haystack = aliasRows.map((row) => row.alias);
const uf = new uFuzzy({ intraMode: 1 }); // SingleError: one typo per term, the closest uFuzzy has to our tolerance
const uFuzzyTop = (/** @type {string} */ needle) => {
  const [idxs, info, order] = uf.search(haystack, needle, 0, 1000);
  // info/order are only filled when matches <= infoThresh; otherwise idxs is in haystack order.
  const best = order?.length && info?.idx ? info.idx[order[0] ?? 0] : idxs?.[0];
  return best === undefined ? null : (aliasRows[best]?.entityId ?? null);
};
const uFuzzyRun = timeQueries(queries, (q) => uFuzzyTop(q.text), BASELINE_BUDGET_MS.uFuzzy);

// --- scanText vs modern-ahocorasick on ~1 MB of page-like text ----------------------------------------------
const page = createPageText(SEED + 2, entities, {
  bytes: PAGE_BYTES,
  planted: 400,
  typoShare: 0.25,
});
const scan = timeRuns(() => matcher.scanText(page.text), 5);
const mentions = scan.result;
/** @param {readonly { entityId: string, start: number, end: number }[]} hits @param {{ entityId: string, start: number, end: number }} p */
const found = (hits, p) =>
  hits.some((h) => h.entityId === p.entityId && h.start < p.end && h.end > p.start);
const nkHits = mentions.map((/** @type {any} */ m) => ({
  entityId: m.entityId,
  start: m.span.start,
  end: m.span.end,
}));

// Exact-only baseline: every name and alias (not acronyms: as exact patterns they fire inside ordinary words).
const acPatterns = entities.flatMap((e) =>
  [e.name, ...e.aliases].map((alias) => ({ pattern: alias.toLowerCase(), data: e.id })),
);
const acBuild = timeRuns(() => new AhoCorasick(acPatterns), 3);
const ac = acBuild.result;
const acScan = timeRuns(() => ac.search(page.text.toLowerCase()), 5);
const acHits = acScan.result.map((m) => ({
  entityId: /** @type {string} */ (m.data),
  start: m.start,
  end: m.end,
}));

/** @param {readonly { entityId: string, start: number, end: number }[]} hits */
const plantedFound = (hits) => ({
  exact: page.planted.filter((p) => !p.typo && found(hits, p)).length,
  typo: page.planted.filter((p) => p.typo && found(hits, p)).length,
});
const plantedTotals = {
  exact: page.planted.filter((p) => !p.typo).length,
  typo: page.planted.filter((p) => p.typo).length,
};
const nkFound = plantedFound(nkHits);
/** Mentions that lie on no planted name: false alarms on the unlisted suppliers and product text. */
const offPlant = (/** @type {readonly { start: number, end: number }[]} */ hits) =>
  hits.filter((h) => !page.planted.some((p) => h.start < p.end && h.end > p.start)).length;
const nkBands = {
  match: mentions.filter((/** @type {any} */ m) => m.band === 'match').length,
  review: mentions.filter((/** @type {any} */ m) => m.band === 'review').length,
};
const acFound = plantedFound(acHits);
const scanMs = median(scan.times);
const acMs = median(acScan.times);

// --- long single tokens: does the work grow linearly? ---------------------------------------------------------
const longTokens = {
  matchName: timeLongTokens((token) => matcher.matchName(token), { ...LONG_TOKEN, seed: SEED + 3 }),
  scanText: timeLongTokens((token) => matcher.scanText(token), { ...LONG_TOKEN, seed: SEED + 3 }),
  // The same tokens through the exact Aho–Corasick baseline, whose work is linear by construction.
  ahoCorasick: timeLongTokens((token) => ac.search(token.toLowerCase()), {
    ...LONG_TOKEN,
    seed: SEED + 3,
  }),
};

// --- print --------------------------------------------------------------------------------------------------
const ms = (/** @type {number} */ v) => `${v < 1 ? v.toFixed(3) : v.toFixed(1)} ms`;
const perSec = (/** @type {number} */ v) => `${Math.round(v).toLocaleString('en-US')}/s`;
const ratio = (/** @type {number} */ a, /** @type {number} */ b) =>
  `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×`;
const mark = (/** @type {boolean} */ ok) => (ok ? 'meets' : 'MISSES');
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

console.log(
  'matchName (same queries; top-1 accuracy = right entity, or nothing for unlisted names)',
);
console.log(
  formatTable(
    ['system', 'queries timed', 'names/s', 'p50', 'p99', 'top-1 accuracy', 'nkscreen speed-up'],
    [
      [
        'nkscreen',
        String(nk.timed),
        perSec(nk.namesPerSecond),
        ms(nk.p50Ms),
        ms(nk.p99Ms),
        accuracy(nk).toFixed(3),
        '—',
      ],
      [
        'uFuzzy 1.0.19 (SingleError)',
        String(uFuzzyRun.timed),
        perSec(uFuzzyRun.namesPerSecond),
        ms(uFuzzyRun.p50Ms),
        ms(uFuzzyRun.p99Ms),
        accuracy(uFuzzyRun).toFixed(3),
        ratio(nk.namesPerSecond, uFuzzyRun.namesPerSecond),
      ],
      [
        'Fuse.js 7.5 (threshold 0.4)',
        String(fuseRun.timed),
        perSec(fuseRun.namesPerSecond),
        ms(fuseRun.p50Ms),
        ms(fuseRun.p99Ms),
        accuracy(fuseRun).toFixed(3),
        ratio(nk.namesPerSecond, fuseRun.namesPerSecond),
      ],
    ],
  ),
);
const variants = [...new Set(queries.map((q) => q.variant))];
/** @param {{ results: (string | null | undefined)[] }} run @param {string} variant */
const variantAccuracy = (run, variant) => {
  const picked = run.results.flatMap((got, i) => {
    const q = /** @type {(typeof queries)[number]} */ (queries[i]);
    return q.variant === variant ? [isRight(q, got)] : [];
  });
  return picked.length ? `${picked.filter(Boolean).length}/${picked.length}` : '—';
};
console.log(
  formatTable(
    ['top-1 right, by query variant', ...variants],
    [
      ['nkscreen', ...variants.map((v) => variantAccuracy(nk, v))],
      ['uFuzzy (sample)', ...variants.map((v) => variantAccuracy(uFuzzyRun, v))],
      ['Fuse.js (sample)', ...variants.map((v) => variantAccuracy(fuseRun, v))],
    ],
  ),
);
const unlistedHits = queries.filter((q, i) => q.entityId === null && nk.results[i] != null);
const unlistedMatches = unlistedHits.filter((q) => topBand.get(q.text) === 'match').length;
console.log(
  `nkscreen on unlisted names: ${unlistedHits.length} returned a hit, ${unlistedMatches} of them in the match band (the rest review)`,
);
const sampled = [
  ...(fuseRun.timed < QUERIES ? [`Fuse.js: ${fuseRun.timed} of ${QUERIES} queries`] : []),
  ...(uFuzzyRun.timed < QUERIES ? [`uFuzzy: ${uFuzzyRun.timed} of ${QUERIES} queries`] : []),
];
if (sampled.length) {
  console.log(
    `sampled within a time budget, names/s extrapolated from the sample: ${sampled.join('; ')}`,
  );
}
console.log(
  `target ≥ ${TARGETS.namesPerSecond.toLocaleString('en-US')} names/s: ${mark(nk.namesPerSecond >= TARGETS.namesPerSecond)}; ` +
    `p99 ≤ ${TARGETS.p99Ms} ms: ${mark(nk.p99Ms <= TARGETS.p99Ms)}\n`,
);

console.log(
  `scanText on ${(page.text.length / 1024 / 1024).toFixed(2)} MiB of page-like text with ${page.planted.length} planted names (${plantedTotals.typo} with a typo); median of 5`,
);
console.log(
  formatTable(
    [
      'system',
      'time',
      'MB/s',
      'planted exact found',
      'planted typo found',
      'mentions',
      'off planted names',
      'nkscreen speed-up',
    ],
    [
      [
        'nkscreen scanText',
        ms(scanMs),
        (page.text.length / 1e6 / (scanMs / 1000)).toFixed(1),
        `${nkFound.exact}/${plantedTotals.exact}`,
        `${nkFound.typo}/${plantedTotals.typo}`,
        `${mentions.length} (${nkBands.match} match, ${nkBands.review} review)`,
        String(offPlant(nkHits)),
        '—',
      ],
      [
        'modern-ahocorasick 3.3 (exact, incl. toLowerCase)',
        ms(acMs),
        (page.text.length / 1e6 / (acMs / 1000)).toFixed(1),
        `${acFound.exact}/${plantedTotals.exact}`,
        `${acFound.typo}/${plantedTotals.typo}`,
        String(acHits.length),
        String(offPlant(acHits)),
        ratio(acMs, scanMs),
      ],
    ],
  ),
);
console.log(`target 1 MB ≤ ${TARGETS.scanMs} ms: ${mark(scanMs <= TARGETS.scanMs)}\n`);

console.log(
  `long single tokens (one unbroken run of letters; fastest of ${LONG_TOKEN.runs} tokens of each length; a script stops doubling once a call takes over ${LONG_TOKEN.slowMs} ms)`,
);
const tokenTime = (/** @type {number | null} */ v) => (v === null ? 'skipped' : ms(v));
for (const [label, runs] of /** @type {const} */ ([
  ['nkscreen matchName', longTokens.matchName],
  ['nkscreen scanText', longTokens.scanText],
  ['Aho–Corasick search (baseline)', longTokens.ahoCorasick],
])) {
  console.log(
    formatTable(
      [
        label,
        ...LONG_TOKEN.lengths.map((n) => `${n}`),
        ...LONG_TOKEN.lengths.slice(1).map((n) => `×2→${n}`),
      ],
      runs.map((r) => [
        r.script,
        ...r.points.map((p) => tokenTime(p.ms)),
        ...r.ratios.map((x) => (x === null ? '—' : x.toFixed(2))),
      ]),
    ),
  );
}
const worstRatio = Math.max(
  ...[...longTokens.matchName, ...longTokens.scanText].flatMap((r) =>
    r.ratios.filter((x, i) => x !== null && (r.points[i]?.ms ?? 0) >= 1),
  ),
);
console.log(
  `worst doubling ratio (points of ≥ 1 ms) over ${LONG_TOKEN_SCRIPTS.length} scripts: ${Number.isFinite(worstRatio) ? worstRatio.toFixed(2) : '—'} (linear ≈ 2, quadratic ≈ 4)\n`,
);

console.log('index');
console.log(
  formatTable(
    ['measure', 'nkscreen', 'baseline', 'target'],
    [
      [
        'build (compileIndex, median of 5)',
        ms(median(build.times)),
        `Aho–Corasick build ${ms(median(acBuild.times))} (${acPatterns.length} exact patterns)`,
        '≤ 150 ms at packaging',
      ],
      ['serialized size, raw', kb(rawBytes), '', ''],
      [
        'serialized size, gzip',
        kb(gzipBytes),
        '',
        `≤ 2 MiB: ${mark(gzipBytes <= TARGETS.gzipBytes)}`,
      ],
      [
        'loadIndex (median of 10)',
        ms(median(load.times)),
        '',
        `≤ ${TARGETS.loadMs} ms: ${mark(median(load.times) <= TARGETS.loadMs)}`,
      ],
      ['loadIndex + createMatcher (median of 10)', ms(median(ready.times)), '', ''],
    ],
  ),
);

const round = (/** @type {number} */ v, digits = 4) => Number(v.toFixed(digits));
const report = {
  generatedAt: new Date().toISOString(),
  command: `npm run bench -w @nkscreen/core${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  core: args.core,
  machine: { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? null },
  list: {
    seed: SEED,
    entities: ENTITIES,
    aliasesPerEntity: 3,
    strings: aliasRows.length,
    queries: QUERIES,
    listedQueries: listed,
  },
  matchName: {
    unlistedWithHit: { any: unlistedHits.length, matchBand: unlistedMatches },
    byVariant: Object.fromEntries(
      variants.map((v) => [
        v,
        {
          nkscreen: variantAccuracy(nk, v),
          uFuzzy: variantAccuracy(uFuzzyRun, v),
          fuse: variantAccuracy(fuseRun, v),
        },
      ]),
    ),
    nkscreen: {
      timed: nk.timed,
      namesPerSecond: Math.round(nk.namesPerSecond),
      p50Ms: round(nk.p50Ms),
      p99Ms: round(nk.p99Ms),
      top1Accuracy: round(accuracy(nk), 3),
    },
    uFuzzy: {
      version: '1.0.19',
      timed: uFuzzyRun.timed,
      extrapolated: uFuzzyRun.timed < QUERIES,
      namesPerSecond: round(uFuzzyRun.namesPerSecond, 1),
      p50Ms: round(uFuzzyRun.p50Ms),
      p99Ms: round(uFuzzyRun.p99Ms),
      top1Accuracy: round(accuracy(uFuzzyRun), 3),
    },
    fuse: {
      version: '7.5.0',
      timed: fuseRun.timed,
      extrapolated: fuseRun.timed < QUERIES,
      namesPerSecond: round(fuseRun.namesPerSecond, 2),
      p50Ms: round(fuseRun.p50Ms),
      p99Ms: round(fuseRun.p99Ms),
      top1Accuracy: round(accuracy(fuseRun), 3),
    },
    speedup: {
      vsUFuzzy: round(nk.namesPerSecond / uFuzzyRun.namesPerSecond, 1),
      vsFuse: round(nk.namesPerSecond / fuseRun.namesPerSecond, 0),
    },
  },
  scanText: {
    textChars: page.text.length,
    planted: { total: page.planted.length, ...plantedTotals },
    nkscreen: {
      medianMs: round(scanMs, 2),
      plantedFound: nkFound,
      mentions: mentions.length,
      mentionBands: nkBands,
      mentionsOffPlanted: offPlant(nkHits),
    },
    ahoCorasick: {
      version: '3.3.0',
      exactOnly: true,
      patterns: acPatterns.length,
      medianMs: round(acMs, 2),
      buildMs: round(median(acBuild.times), 2),
      plantedFound: acFound,
      mentions: acHits.length,
      mentionsOffPlanted: offPlant(acHits),
    },
    speedupVsAhoCorasick: round(acMs / scanMs, 2),
  },
  longTokens: {
    lengths: LONG_TOKEN.lengths,
    runs: LONG_TOKEN.runs,
    slowMs: LONG_TOKEN.slowMs,
    ...Object.fromEntries(
      Object.entries(longTokens).map(([key, runs]) => [
        key,
        runs.map((r) => ({
          script: r.script,
          ms: r.points.map((p) => (p.ms === null ? null : round(p.ms, 3))),
          medianMs: r.points.map((p) => (p.medianMs === undefined ? null : round(p.medianMs, 3))),
          ratios: r.ratios.map((x) => (x === null ? null : round(x, 2))),
        })),
      ]),
    ),
  },
  index: {
    buildMs: round(median(build.times), 2),
    serializedBytes: rawBytes,
    gzipBytes,
    loadMs: round(median(load.times), 3),
    loadAndCreateMatcherMs: round(median(ready.times), 3),
  },
  targets: {
    namesPerSecond: {
      target: TARGETS.namesPerSecond,
      met: nk.namesPerSecond >= TARGETS.namesPerSecond,
    },
    p99Ms: { target: TARGETS.p99Ms, met: nk.p99Ms <= TARGETS.p99Ms },
    scanMsPerMB: { target: TARGETS.scanMs, met: scanMs <= TARGETS.scanMs },
    loadMs: { target: TARGETS.loadMs, met: median(load.times) <= TARGETS.loadMs },
    gzipBytes: { target: TARGETS.gzipBytes, met: gzipBytes <= TARGETS.gzipBytes },
  },
};
const reportUrl = new URL(`../reports/${args.out}.json`, import.meta.url);
await writeReport(reportUrl, report);
console.log(`\nwrote ${reportUrl.pathname} (${(performance.now() / 1000).toFixed(1)} s)`);
