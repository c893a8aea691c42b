// `npm run bench -w @nkscreen/cli`: screens generated 100k- and 1M-row supplier CSVs with the built package and
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
];
const results = [];
try {
  for (const scenario of scenarios) {
    const file = join(dir, `suppliers-${scenario.rows}${scenario.distinct ? '-distinct' : ''}.csv`);
    const generated = await generateCsv(file, scenario.rows, {
      planted,
      distinct: scenario.distinct ?? false,
    });
    const megabytes = statSync(file).size / 1024 / 1024;
    const baseline = measure('baseline', file);
    const screen = measure('screen', file);
    const result = {
      scenario: scenario.name,
      rows: scenario.rows,
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
};
mkdirSync(new URL('../reports/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../reports/bench.json', import.meta.url),
  `${JSON.stringify(report, null, 2)}\n`,
);
console.log('wrote packages/cli/reports/bench.json');
