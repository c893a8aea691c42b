// `npm run eval -w @nkscreen/core`: runs fixtures/names-dev.jsonl in name and scan mode through the built
// matcher and two baselines in the same process, prints the tables and writes reports/eval.json.
// The protocol is in fixtures/README.md. Nothing here tunes anything: it measures.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createFuseMatcher, FUSE_OPTIONS } from './baselines/fuse.mjs';
import { createJaroWinklerMatcher, JW_BANDS } from './baselines/jaro-winkler.mjs';
import { buildEvalEntities, createExpectResolver } from './lib/eval-entities.mjs';
import { fixed, formatTable } from './lib/format-table.mjs';
import { loadEvalLines, loadFixtureEntities } from './lib/load-fixtures.mjs';
import { createNkscreenSystem } from './lib/nkscreen-system.mjs';
import { writeReport } from './lib/write-report.mjs';
import {
  COUNTING_LABELS,
  COUNTINGS,
  assertedIds,
  kindSlices,
  scoreLine,
  summarize,
} from './lib/score.mjs';

/** @typedef {import('./lib/score.mjs').Hit} Hit */
/** @typedef {import('./lib/score.mjs').Counting} Counting */
/** @typedef {import('./lib/load-fixtures.mjs').EvalLine} EvalLine */
/** @typedef {'name' | 'scan'} Mode */

const fixtures = new URL('./fixtures/', import.meta.url);
const MODES = /** @type {const} */ (['name', 'scan']);

/** Scan mode puts the query in a sentence made only of words no entity uses. */
const embed = (/** @type {string} */ query) =>
  `According to the file, ${query} was mentioned in the notes.`;

// `-- --core <file> --out <name>` evaluates another build (a copy of an earlier dist/index.js) and writes
// reports/<name>.json.
const { values: args } = parseArgs({
  options: {
    core: { type: 'string', default: new URL('../dist/index.js', import.meta.url).pathname },
    out: { type: 'string', default: 'eval' },
  },
});
const reportUrl = new URL(`../reports/${args.out}.json`, import.meta.url);
const core = await import(pathToFileURL(resolve(args.core)).href).catch((error) => {
  console.error(`Cannot import ${args.core}: run \`npm run build -w @nkscreen/core\` first.`);
  throw error;
});
const corePackage = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** @type {{ version: string, entities: readonly any[] } | null} */
const dataset = await import('@nkscreen/dataset').catch((error) => {
  console.warn(
    `WARNING: @nkscreen/dataset is not built (${error.message.split('\n')[0]}); ` +
      'evaluating against fixtures/entities.json only. Run `npm run build -w @nkscreen/dataset`.',
  );
  return null;
});

const fixtureText = readFileSync(new URL('names-dev.jsonl', fixtures));
const lines = loadEvalLines(new URL('names-dev.jsonl', fixtures));
const fixtureEntities = loadFixtureEntities(new URL('entities.json', fixtures));
const { entities, testOnly } = buildEvalEntities(dataset?.entities ?? [], fixtureEntities);
const resolveExpect = createExpectResolver(entities, fixtureEntities);
const nameOf = new Map(entities.map((e) => [e.id, e.name]));

const unresolved = lines.filter((l) => l.expect !== null && resolveExpect(l.expect) === undefined);
if (unresolved.length > 0) {
  throw new Error(
    `expect names with no entity: ${unresolved.map((l) => `${l.lineNumber}: ${l.expect}`).join('; ')}`,
  );
}

const fuse = createFuseMatcher(entities);
const jaroWinkler = createJaroWinklerMatcher(entities);
/** @type {{ key: string, label: string, run: Record<Mode, (input: string) => Hit[]> }[]} */
const systems = [
  {
    key: 'nkscreen',
    label: 'nkscreen',
    run: (() => {
      const nk = createNkscreenSystem(core, entities);
      return { name: nk.matchName, scan: nk.scanText };
    })(),
  },
  {
    key: 'fuse',
    label: 'Fuse.js 7',
    run: { name: (q) => [fuse.matchName(q)].filter((h) => h !== null), scan: fuse.scanText },
  },
  {
    key: 'jaroWinkler',
    label: 'token Jaro–Winkler',
    run: {
      name: (q) => [jaroWinkler.matchName(q)].filter((h) => h !== null),
      scan: jaroWinkler.scanText,
    },
  },
];

/**
 * @param {EvalLine} line
 * @param {Mode} mode
 */
const inputFor = (line, mode) =>
  mode === 'name' || line.mode === 'scan' ? line.query : embed(line.query);
/** @param {EvalLine} line @param {Mode} mode */
const appliesTo = (line, mode) => line.mode === undefined || line.mode === mode;

/** Runs every system over every line once per mode; errors are kept as results, not swallowed. */
const runs = systems.map((system) => ({
  system,
  byMode: Object.fromEntries(
    MODES.map((mode) => [
      mode,
      lines.map((line) => {
        if (!appliesTo(line, mode)) return null;
        try {
          return { hits: system.run[mode](inputFor(line, mode)), error: null };
        } catch (error) {
          return { hits: [], error: String(error) };
        }
      }),
    ]),
  ),
}));

const splits = [...new Set(lines.map((l) => l.split ?? 'dev'))];
const date = new Date().toISOString();
const positives = lines.filter((l) => l.expect !== null).length;

console.log(
  `nkscreen evaluation — ${date}\n` +
    `core ${corePackage.version}; dataset ${dataset ? `${dataset.version} (${dataset.entities.length} entities)` : 'NOT BUILT'}; ` +
    `${testOnly.length} test-only entities from fixtures/entities.json` +
    (testOnly.length ? ` (${testOnly.map((e) => e.name).join(', ')})` : '') +
    `\n${lines.length} lines (${positives} positives, ${lines.length - positives} negatives); ` +
    `splits: ${splits.join(', ')}${splits.includes('holdout') ? '' : ' — no held-out split in this file'}\n` +
    `baselines: Fuse.js threshold ${FUSE_OPTIONS.threshold} (match ≤ ${FUSE_OPTIONS.matchBelow}); ` +
    `Jaro–Winkler review ≥ ${JW_BANDS.review}, match ≥ ${JW_BANDS.match}. ` +
    `Scan mode: "${embed('<query>')}"; baselines scan by sliding token windows.\n`,
);

/** @type {Record<string, any>} */
const results = {};
for (const split of splits) {
  results[split] = {};
  const indices = lines.flatMap((l, i) => ((l.split ?? 'dev') === split ? [i] : []));
  const splitLines = indices.map((i) => /** @type {EvalLine} */ (lines[i]));
  for (const mode of MODES) {
    results[split][mode] = {};
    for (const counting of COUNTINGS) {
      results[split][mode][counting] = {};
      /** @type {Record<string, { kind: string, expectedId: string | null, outcome: any }[]>} */
      const scoredBySystem = {};
      for (const { system, byMode } of runs) {
        const scored = indices.flatMap((i) => {
          const line = /** @type {EvalLine} */ (lines[i]);
          const result = byMode[mode][i];
          if (result === null) return [];
          const expectedId = line.expect === null ? null : (resolveExpect(line.expect) ?? null);
          return [
            {
              kind: line.kind,
              expectedId,
              outcome: scoreLine(expectedId, assertedIds(result.hits, counting)),
            },
          ];
        });
        scoredBySystem[system.key] = scored;
        results[split][mode][counting][system.key] = {
          overall: summarize(scored),
          byKind: Object.fromEntries(
            kindSlices(splitLines).map((slice) => [
              slice.label,
              summarize(scored.filter((s) => slice.test(s.kind))),
            ]),
          ),
        };
      }
      printTables(split, mode, counting, splitLines, results[split][mode][counting]);
    }
  }
}

/**
 * @param {string} split @param {Mode} mode @param {Counting} counting
 * @param {readonly EvalLine[]} splitLines @param {Record<string, any>} bySystem
 */
function printTables(split, mode, counting, splitLines, bySystem) {
  console.log(`\n=== ${split} · ${mode} mode · ${COUNTING_LABELS[counting]} ===`);
  console.log(
    formatTable(
      ['system', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', 'FP rate on negatives'],
      systems.map(({ key, label }) => {
        const m = bySystem[key].overall;
        return [
          label,
          String(m.tp),
          String(m.fp),
          String(m.fn),
          fixed(m.precision),
          fixed(m.recall),
          fixed(m.f1),
          `${fixed(m.fpRate)} (${m.negativeFp}/${m.negatives})`,
        ];
      }),
    ),
  );
  console.log('');
  console.log(
    formatTable(
      ['kind', 'lines', ...systems.map((s) => s.label)],
      kindSlices(splitLines).map((slice) => {
        const n = bySystem.nkscreen.byKind[slice.label];
        return [
          slice.label,
          String(n.lines),
          ...systems.map(({ key }) => {
            const m = bySystem[key].byKind[slice.label];
            if (m.positives === 0) return `${m.negativeFp} FP`;
            const wrong = m.fp - m.negativeFp;
            return `${m.tp}/${m.positives} R ${fixed(m.recall, 2)}${wrong ? ` +${wrong} wrong` : ''}${m.negativeFp ? ` ${m.negativeFp} FP` : ''}`;
          }),
        ];
      }),
    ),
  );
}

/**
 * The dev-set targets of ../shared/matching.md, checked for nkscreen (printed, never asserted).
 * @param {Record<string, any>} bySystem
 */
function checkTargets(bySystem) {
  const { overall, byKind } = bySystem.nkscreen;
  const fp = (/** @type {string} */ kind) => byKind[kind]?.negativeFp ?? 0;
  const recallOf = (/** @type {string} */ kind) => byKind[kind]?.recall ?? null;
  const full = ['exact', 'alias', 'case_punct', 'legal_suffix'].filter((k) => byKind[k]);
  const ninety = ['typo', 'romanization', 'token_split', 'word_order', 'embedded'].filter(
    (k) => byKind[k],
  );
  return {
    'precision ≥ 0.98': (overall.precision ?? 0) >= 0.98,
    'recall ≥ 0.95': (overall.recall ?? 0) >= 0.95,
    '0 FP on neg_generic and neg_acronym': fp('neg_generic') + fp('neg_acronym') === 0,
    [`recall 1.0 on ${full.join('/')}`]: full.every((k) => recallOf(k) === 1),
    [`recall ≥ 0.90 on ${ninety.join('/')}`]: ninety.every((k) => (recallOf(k) ?? 0) >= 0.9),
    'script_* recall ≥ 0.90': (byKind['script_* (all)']?.recall ?? 0) >= 0.9,
  };
}

const devSplit = results.dev ?? results[/** @type {string} */ (splits[0])];
/** @type {Record<string, Record<string, Record<string, boolean>>>} */
const targets = {};
console.log('\n=== nkscreen against the dev targets of shared/matching.md ===');
for (const mode of MODES) {
  targets[mode] = {};
  for (const counting of COUNTINGS) {
    const checked = checkTargets(devSplit[mode][counting]);
    targets[mode][counting] = checked;
    console.log(
      `${mode} mode, ${COUNTING_LABELS[counting]}: ` +
        Object.entries(checked)
          .map(([label, met]) => `${label} ${met ? 'meets' : 'MISSES'}`)
          .join('; '),
    );
  }
}

/** Every line nkscreen gets wrong under either way of counting, with what it returned. */
const nkRun = /** @type {(typeof runs)[number]} */ (runs[0]);
/** @type {Record<Mode, any[]>} */
const wrong = { name: [], scan: [] };
for (const mode of MODES) {
  lines.forEach((line, i) => {
    const result = nkRun.byMode[mode][i];
    if (result === null) return;
    const expectedId = line.expect === null ? null : (resolveExpect(line.expect) ?? null);
    const wrongUnder = COUNTINGS.filter((counting) => {
      const o = scoreLine(expectedId, assertedIds(result.hits, counting));
      return o.fn > 0 || o.fp > 0;
    });
    if (wrongUnder.length === 0) return;
    wrong[mode].push({
      line: line.lineNumber,
      split: line.split ?? 'dev',
      kind: line.kind,
      query: line.query,
      expected: line.expect,
      got: result.hits.map((h) => ({
        entityId: h.entityId,
        name: nameOf.get(h.entityId) ?? h.entityId,
        matchedAlias: h.alias,
        band: h.band,
        score: Number(h.score.toFixed(4)),
        ...(h.span === undefined ? {} : { span: h.span }),
      })),
      wrongUnder,
      ...(result.error ? { error: result.error } : {}),
    });
  });
  console.log(`\n--- nkscreen lines wrong in ${mode} mode (${wrong[mode].length}) ---`);
  if (wrong[mode].length === 0) continue;
  console.log(
    formatTable(
      ['line', 'kind', 'query', 'expected', 'got', 'band', 'score', 'wrong when'],
      wrong[mode].map((w) => {
        const top = w.got[0];
        return [
          String(w.line),
          w.kind,
          clip(w.query, 48),
          clip(w.expected ?? '(none)', 40),
          w.error
            ? `ERROR ${clip(w.error, 40)}`
            : top
              ? clip(w.got.map((g) => g.name).join(' + '), 40)
              : '(nothing)',
          top ? w.got.map((g) => g.band).join('+') : '',
          top ? w.got.map((g) => g.score.toFixed(3)).join('+') : '',
          w.wrongUnder.length === 2
            ? 'always'
            : w.wrongUnder[0] === 'reviewAsMatch'
              ? 'review=match'
              : 'review=no match',
        ];
      }),
    ),
  );
}

/** @param {string} text @param {number} width */
function clip(text, width) {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

const report = {
  generatedAt: date,
  command: `npm run eval -w @nkscreen/core${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  core: { version: corePackage.version, file: args.core },
  dataset: dataset
    ? { version: dataset.version, entities: dataset.entities.length }
    : { version: null, entities: 0, note: 'dataset not built; fixture entities only' },
  testOnlyEntities: testOnly.map((e) => ({ id: e.id, name: e.name })),
  fixture: {
    file: 'eval/fixtures/names-dev.jsonl',
    sha256: createHash('sha256').update(fixtureText).digest('hex'),
    lines: lines.length,
    positives,
    negatives: lines.length - positives,
    splits,
    holdout: splits.includes('holdout')
      ? 'reported separately under results.holdout'
      : 'not in this file',
  },
  protocol: {
    nameMode: 'top hit of matchName(query)',
    scanMode: `every mention from scanText(${JSON.stringify(embed('<query>'))}), or the query itself when the line has mode "scan"`,
    countings: COUNTING_LABELS,
    baselines: {
      fuse: `fuse.js 7, one record per name/alias/weak alias, threshold ${FUSE_OPTIONS.threshold}, ignoreLocation; match when Fuse score ≤ ${FUSE_OPTIONS.matchBelow}; scan = sliding token windows`,
      jaroWinkler: `watchman-style token Jaro–Winkler (eval/baselines/jaro-winkler.mjs); review ≥ ${JW_BANDS.review}, match ≥ ${JW_BANDS.match}; scan = sliding token windows`,
    },
  },
  results,
  targets,
  wrong,
};
await writeReport(reportUrl, report);
console.log(`\nwrote ${reportUrl.pathname}`);
