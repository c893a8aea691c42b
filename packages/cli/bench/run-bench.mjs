// `npm run bench -w @nkscreen/cli`: screens generated 100k- to 4M-row supplier CSVs with the built package and
// compares each with a plain papaparse pass over the same file, measured in the same run. Writes reports/bench.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { entities, version as datasetVersion } from '@nkscreen/dataset';
import { csvToXlsx } from './csv-to-xlsx.mjs';
import { generateCsv } from './generate-csv.mjs';

const measureScript = new URL('./measure.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'nkscreen-bench-'));
const planted = entities.slice(0, 10).map((entity) => entity.name);

function measure(mode, file) {
  return JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', measureScript, mode, file], {
      encoding: 'utf8',
    }).trim(),
  );
}

const scenarios = [
  { name: '100k rows', rows: 100_000 },
  { name: '1M rows', rows: 1_000_000, xlsx: true },
  { name: '100k rows, every name distinct', rows: 100_000, distinct: true, xlsx: true },
  // Hits that grow with the file: what each hit keeps shows as the heap that grows from 100k to 4M rows.
  { name: '100k rows, a hit per 1,000', rows: 100_000, hitEvery: 1_000 },
  { name: '4M rows, a hit per 1,000', rows: 4_000_000, hitEvery: 1_000 },
];
// `-- --only <text>` runs the scenarios whose name contains the text (the report then holds those alone).
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
if (onlyAt > 0 && !only)
  throw new Error('--only needs the text of a scenario name, e.g. --only "hit per"');
const chosen = scenarios.filter((scenario) => only === undefined || scenario.name.includes(only));
if (chosen.length === 0)
  throw new Error(
    `--only ${only}: no scenario is named so (${scenarios.map((s) => s.name).join('; ')})`,
  );
const results = [];
try {
  for (const scenario of chosen) {
    const kind = scenario.distinct
      ? '-distinct'
      : scenario.hitEvery
        ? `-hit-per-${scenario.hitEvery}`
        : '';
    const file = join(dir, `suppliers-${scenario.rows}${kind}.csv`);
    const generated = await generateCsv(file, scenario.rows, {
      planted,
      distinct: scenario.distinct ?? false,
      hitEvery: scenario.hitEvery ?? 0,
    });
    const megabytes = statSync(file).size / 1024 / 1024;
    const baseline = measure('baseline', file);
    const screen = measure('screen', file);
    const result = {
      scenario: scenario.name,
      rows: scenario.rows,
      ...(scenario.hitEvery ? { hitEvery: scenario.hitEvery } : {}),
      fileMb: Number(megabytes.toFixed(1)),
      distinctNames: generated.distinctNames,
      baseline,
      screen,
      screenVsBaseline: Number((screen.rowsPerSecond / baseline.rowsPerSecond).toFixed(2)),
    };
    if (scenario.xlsx) {
      // The same rows as a workbook, read through the xlsx path (unzip, XML events) in the same run.
      const workbook = file.replace(/\.csv$/, '.xlsx');
      await csvToXlsx(file, workbook);
      result.xlsx = measure('screen', workbook);
      result.xlsxVsCsv = Number((result.xlsx.rowsPerSecond / screen.rowsPerSecond).toFixed(2));
    }
    results.push(result);
    console.log(
      `${scenario.name.padEnd(32)} ${megabytes.toFixed(0).padStart(4)} MB  ` +
        `screen ${screen.rowsPerSecond.toLocaleString('en-US').padStart(9)} rows/s, peak RSS ${screen.peakRssMb} MB, heap after GC ${screen.retainedHeapMb} MB  |  ` +
        `papaparse only ${baseline.rowsPerSecond.toLocaleString('en-US').padStart(9)} rows/s, peak RSS ${baseline.peakRssMb} MB  |  ` +
        `ratio ${result.screenVsBaseline}  (${generated.distinctNames.toLocaleString('en-US')} distinct names, ${screen.matcherCalls.toLocaleString('en-US')} matcher calls, ${screen.hits} hits)`,
    );
    if (result.xlsx) {
      console.log(
        `${'  same rows as .xlsx'.padEnd(32)}       ` +
          `screen ${result.xlsx.rowsPerSecond.toLocaleString('en-US').padStart(9)} rows/s, peak RSS ${result.xlsx.peakRssMb} MB, heap after GC ${result.xlsx.retainedHeapMb} MB  |  ` +
          `xlsx/csv ratio ${result.xlsxVsCsv}  (${result.xlsx.hits} hits, rows read ${result.xlsx.rows.toLocaleString('en-US')})`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Heap kept per hit: the growth of the heap after GC between the two runs whose hits grow with the file.
const [fewHits, manyHits] = results.filter((result) => result.hitEvery !== undefined);
const perHit = manyHits && {
  fewerHits: fewHits.screen.hits,
  moreHits: manyHits.screen.hits,
  retainedHeapMbWithFewer: fewHits.screen.retainedHeapMb,
  retainedHeapMbWithMore: manyHits.screen.retainedHeapMb,
  bytesPerHit: Math.round(
    (manyHits.screen.retainedHeapBytes - fewHits.screen.retainedHeapBytes) /
      (manyHits.screen.hits - fewHits.screen.hits),
  ),
};
if (perHit)
  console.log(
    `heap after GC ${perHit.retainedHeapMbWithFewer} → ${perHit.retainedHeapMbWithMore} MB for ` +
      `${perHit.fewerHits.toLocaleString('en-US')} → ${perHit.moreHits.toLocaleString('en-US')} hits: ` +
      `${perHit.bytesPerHit.toLocaleString('en-US')} bytes kept per hit (a pinned 64 KiB block would be 65,536)`,
  );

const report = {
  generatedAt: new Date().toISOString(),
  command: 'npm run bench -w @nkscreen/cli',
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: process.platform,
  },
  dataset: { version: datasetVersion, entities: entities.length, planted },
  target: '≥ 100,000 rows/s, memory flat as the file grows',
  results,
  perHit,
};
mkdirSync(new URL('../reports/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../reports/bench.json', import.meta.url),
  `${JSON.stringify(report, null, 2)}\n`,
);
console.log('wrote packages/cli/reports/bench.json');
