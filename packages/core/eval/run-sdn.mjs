// `NKSCREEN_OFAC_DIR=<folder> npm run eval:sdn -w @nkscreen/core`: every OFAC SDN spelling as printed (names and
// a.k.a.s), asked of an index of the whole SDN list. A spelling is found when the best answer is an entry that lists
// it (several entries may share one); wrong when the best answer is another entry; missed when there is none.
// nkscreen answers every spelling; Fuse.js and token Jaro–Winkler a fixed sample, in the same run. Prints the table
// and the spellings nkscreen misses, and writes reports/sdn.md. Measures, tunes nothing.
//   --core <file>   the built core to measure (default ../dist/index.js)
//   --sample <n>    spellings the baselines answer (default 200, every k-th: Fuse.js takes ~0.2 s a spelling here)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createEvalSystems } from './lib/eval-systems.mjs';
import { formatTable } from './lib/format-table.mjs';
import { readSdnList } from './lib/sdn-list.mjs';
import { writeFormatted } from './lib/write-report.mjs';

const { values: args } = parseArgs({
  options: {
    core: { type: 'string', default: new URL('../dist/index.js', import.meta.url).pathname },
    sample: { type: 'string', default: '200' },
  },
});
const sampleSize = Number(args.sample);
if (!Number.isInteger(sampleSize) || sampleSize < 1)
  throw new TypeError(`--sample must be a whole number from 1, got "${args.sample}"`);
const dir = process.env.NKSCREEN_OFAC_DIR;
if (!dir) {
  console.error(
    'eval:sdn needs an OFAC SDN snapshot in the legacy CSV layout: set NKSCREEN_OFAC_DIR to a folder with sdn.csv and alt.csv (see eval/fixtures/README.md).',
  );
  process.exit(2);
}
const core = await import(pathToFileURL(resolve(args.core)).href).catch((error) => {
  console.error(`Cannot import ${args.core}: run \`npm run build -w @nkscreen/core\` first.`);
  throw error;
});

const started = performance.now();
const { entities, names, source } = readSdnList(dir, core.normalizeName);
/** Every spelling with the entries that list it (normalised as the matcher does). */
const owners = new Map();
for (const entity of entities)
  for (const spelling of [entity.name, ...entity.aliases]) {
    const key = core.normalizeName(spelling);
    owners.set(key, [...(owners.get(key) ?? []), entity.id]);
  }
const questions = entities.flatMap((entity) =>
  [entity.name, ...entity.aliases].map((spelling) => ({ spelling, type: entity.type })),
);
const step = Math.max(1, Math.floor(questions.length / sampleSize));
const sample = questions.filter((_, i) => i % step === 0).slice(0, sampleSize);
const systems = createEvalSystems(core, entities);

function grade(system, asked) {
  const byType = new Map();
  const missed = [];
  for (const { spelling, type } of asked) {
    const [top] = system.name(spelling);
    const listedBy = owners.get(core.normalizeName(spelling)) ?? [];
    const outcome = !top ? 'missed' : listedBy.includes(top.entityId) ? 'found' : 'wrong';
    if (outcome !== 'found') missed.push({ spelling, outcome, got: top?.entityId ?? null });
    for (const key of [type, 'all']) {
      const row = byType.get(key) ?? { asked: 0, found: 0, wrong: 0, missed: 0 };
      row.asked++;
      row[outcome]++;
      byType.set(key, row);
    }
  }
  return { byType, missed };
}

const results = systems.map((system) => ({
  system,
  all: system.key === 'nkscreen' ? grade(system, questions) : null,
  sample: grade(system, sample),
}));
const rate = (row) =>
  row ? `${row.found}/${row.asked} R ${(row.found / row.asked).toFixed(4)}` : '—';
const types = [...results[0].all.byType.keys()].sort((a, b) =>
  a === 'all' ? 1 : b === 'all' ? -1 : a < b ? -1 : 1,
);
const tableAll = formatTable(
  ['SDN type', 'spellings', 'nkscreen found', 'wrong entry', 'nothing'],
  types.map((type) => {
    const row = results[0].all.byType.get(type);
    return [type, String(row.asked), rate(row), String(row.wrong), String(row.missed)];
  }),
);
const tableSample = formatTable(
  ['system', `sample of ${sample.length}`, 'wrong entry', 'nothing'],
  results.map(({ system, sample: graded }) => {
    const row = graded.byType.get('all');
    return [system.label, rate(row), String(row.wrong), String(row.missed)];
  }),
);
const misses = results[0].all.missed;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const text = `OFAC SDN spellings as printed, against an index of the whole list (${entities.length.toLocaleString('en-US')} entries, ${names.toLocaleString('en-US')} spellings; ${seconds} s)
Snapshot: ${source}

Every spelling, nkscreen:
${tableAll}

The same fixed sample (every ${step}th spelling), each system:
${tableSample}

Spellings nkscreen does not find (${misses.length}):
${misses.map((m) => `- ${m.spelling} (${m.outcome}${m.got ? `: ${m.got}` : ''})`).join('\n')}
`;
console.log(text);
await writeFormatted(
  new URL('../reports/sdn.md', import.meta.url),
  `# nkscreen on the OFAC SDN list\n\nGenerated ${new Date().toISOString()} by \`npm run eval:sdn -w @nkscreen/core\`.\n\n\`\`\`\n${text}\`\`\`\n`,
);
