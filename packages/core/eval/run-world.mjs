// `npm run eval:world -w @nkscreen/core`: the matcher on material nobody here wrote — official list spellings,
// press variants and a bulk false-positive run over real unlisted names — with Fuse.js and token Jaro–Winkler in
// the same run. Prints the tables and writes reports/world.json and reports/world.md. Measures, tunes nothing.
//   --core <file>   the built core to measure (default ../dist/index.js), e.g. a copy of an earlier build
//   --label <text>  what that core is (printed and kept in the report)
//   --out <name>    report base name (default "world")
//   --sample <n>    bulk names per list the baselines run on (default 2000; nkscreen always runs on all)
//   --no-bulk       labelled sets only
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { FUSE_OPTIONS } from './baselines/fuse.mjs';
import { JW_BANDS } from './baselines/jaro-winkler.mjs';
import { runBulk } from './lib/bulk-run.mjs';
import { createEvalSystems, toEvalEntities } from './lib/eval-systems.mjs';
import { loadLabelledSet, runLabelled } from './lib/labelled-set.mjs';
import { loadNegativeLists } from './lib/negative-lists.mjs';
import { writeReport } from './lib/write-report.mjs';
import { printWorld, writeWorldMarkdown } from './lib/world-report.mjs';

const { values: args } = parseArgs({
  options: {
    core: { type: 'string', default: new URL('../dist/index.js', import.meta.url).pathname },
    label: { type: 'string', default: 'working tree build (dist/)' },
    out: { type: 'string', default: 'world' },
    sample: { type: 'string', default: '2000' },
    'no-bulk': { type: 'boolean', default: false },
  },
});
const sampleSize = Number(args.sample);
if (!Number.isInteger(sampleSize) || sampleSize < 0) {
  throw new TypeError(`--sample must be a whole number, got "${args.sample}"`);
}

const core = await import(pathToFileURL(resolve(args.core)).href).catch((error) => {
  console.error(`Cannot import ${args.core}: run \`npm run build -w @nkscreen/core\` first.`);
  throw error;
});
const dataset = await import('@nkscreen/dataset').catch((error) => {
  console.error(
    'The real-world sets name dataset ids: run `npm run build -w @nkscreen/dataset` first.',
  );
  throw error;
});
const corePackage = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const entities = toEvalEntities(dataset.entities);
const ids = new Set(entities.map((e) => e.id));
const systems = createEvalSystems(core, entities);
const started = Date.now();

const fixtures = new URL('./fixtures/', import.meta.url);
const sets = ['official-spellings.jsonl', 'press-variants.jsonl'].flatMap((file) => {
  try {
    return [{ file, lines: loadLabelledSet(new URL(file, fixtures), ids) }];
  } catch (error) {
    if (/** @type {any} */ (error).code === 'ENOENT') return [];
    throw error;
  }
});
const labelled = sets.map(({ file, lines }) => ({
  file,
  lines,
  runs: runLabelled(systems, lines),
}));

const bulk = args['no-bulk']
  ? null
  : runBulk(systems, await loadNegativeLists({ datasetEntities: dataset.entities }), sampleSize);

const meta = {
  generatedAt: new Date().toISOString(),
  command: `npm run eval:world -w @nkscreen/core${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  core: { version: corePackage.version, build: args.label, file: args.core },
  dataset: { version: dataset.version, entities: dataset.entities.length },
  baselines: {
    fuse: `Fuse.js 7.5, one record per name/alias/weak alias, threshold ${FUSE_OPTIONS.threshold}; match when score ≤ ${FUSE_OPTIONS.matchBelow}`,
    jaroWinkler: `watchman-style token Jaro–Winkler; review ≥ ${JW_BANDS.review}, match ≥ ${JW_BANDS.match}`,
  },
  seconds: 0,
};
meta.seconds = Math.round((Date.now() - started) / 100) / 10;

const report = printWorld(meta, systems, labelled, bulk);
const reports = new URL('../reports/', import.meta.url);
await writeReport(new URL(`${args.out}.json`, reports), report);
await writeWorldMarkdown(new URL(`${args.out}.md`, reports), report);
console.log(`\nwrote reports/${args.out}.json and reports/${args.out}.md (${meta.seconds} s)`);
