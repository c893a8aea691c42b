// `npm run examples -w @nkscreen/cli`: regenerates examples/ from the built CLI and the current dataset —
// a supplier list with planted listed names, the terminal output of each command, the HTML report and a
// Chromium screenshot of it. Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { entities } from '@nkscreen/dataset';
import Papa from 'papaparse';
import { launchChromium } from '../../../scripts/launch-chromium.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bin = 'dist/bin.js';
mkdirSync(new URL('../examples/', import.meta.url), { recursive: true });

// Real supplier names (Apple supplier list, MIT, cwgrouptw/data) around variants of listed names.
const negatives = [
  ['Foxconn Technology Co., Ltd.', 'China'],
  ['Pegatron Corporation', 'Taiwan'],
  ['HANJIN SHIPPING CO., LTD.', 'Korea, Republic of'],
  ['China Great Star International Limited', 'China'],
  ['Maral Overseas Limited', 'India'],
  ['Korea Development Corporation', 'Korea, Republic of'],
  ['Luxshare Precision Industry Co., Ltd.', 'China'],
  ['Murata Manufacturing Co., Ltd.', 'Japan'],
];
const variants = [
  (entity) => entity.name.toUpperCase(),
  (entity) => entity.aliases[0] ?? `${entity.name} Co., Ltd.`,
  (entity) => `${entity.name} Co., Ltd.`,
  (entity) => entity.name.replace(/\s+/g, '  '),
];
const planted = entities
  .slice(0, 6)
  .map((entity, index) => [variants[index % variants.length](entity), entity.countries[0] ?? '']);
const rows = [['Supplier Name', 'Country', 'Buyer']];
negatives.forEach((row, index) => {
  rows.push([...row, 'Procurement']);
  const plant = planted[index];
  if (plant) rows.push([...plant, 'Procurement']);
});
let csv = Papa.unparse(rows, { newline: '\n' });
// One broken row and one blank line, to show how they are reported.
csv +=
  '\n"Unclosed Quote Trading Ltd,China,Procurement\n\n"Murata Manufacturing Co., Ltd.",Japan,Logistics\n';
writeFileSync(new URL('../examples/suppliers.csv', import.meta.url), csv);

// stdout and stderr share one file, so the sample shows them interleaved as a terminal would.
function run(args) {
  const capture = join(mkdtempSync(join(tmpdir(), 'nkscreen-examples-')), 'out.txt');
  const fd = openSync(capture, 'w');
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: packageDir,
    stdio: ['ignore', fd, fd],
    env: { ...process.env, CI: '' },
  });
  closeSync(fd);
  const output = readFileSync(capture, 'utf8');
  const command = args.map((arg) => (/\s/.test(arg) ? `"${arg}"` : arg)).join(' ');
  return `$ nkscreen ${command}\n${output}(exit ${result.status})\n`;
}

const sampleName = planted[0]?.[0] ?? 'Korea Namgang Trading Corporation';
writeFileSync(
  new URL('../examples/page.html', import.meta.url),
  `<!doctype html>
<html><head><title>Sample page</title><script>var seller = ${JSON.stringify(entities[1]?.name ?? '')};</script></head>
<body><h1>Canned crab</h1><table><tr><th>Sold by</th><td>${entities[0]?.name ?? ''}</td></tr></table>
<p hidden>${entities[2]?.name ?? ''}</p><p>Ships from Qingdao in 5 days.</p></body></html>
`,
);
execFileSync('npx', ['prettier', '--write', '--log-level', 'warn', 'examples/page.html'], {
  cwd: packageDir,
});
const terminal = [
  run(['--version']),
  run(['match', sampleName]),
  run(['screen', 'examples/suppliers.csv', '--out', 'examples/report.html']),
  run(['screen', 'examples/suppliers.csv', '--min-band', 'match']),
  run(['scan', 'examples/page.html']),
].join('\n');
writeFileSync(new URL('../examples/terminal.txt', import.meta.url), terminal);

const browser = await launchChromium();
const page = await browser.newPage({
  viewport: { width: 1200, height: 900 },
  colorScheme: 'light',
});
await page.goto(
  pathToFileURL(fileURLToPath(new URL('../examples/report.html', import.meta.url))).href,
);
await page.screenshot({
  path: fileURLToPath(new URL('../examples/report.png', import.meta.url)),
  fullPage: true,
});
await browser.close();
// The repository checks formatting with Prettier; format the generated pages the same way.
execFileSync('npx', ['prettier', '--write', '--log-level', 'warn', 'examples/report.html'], {
  cwd: packageDir,
  stdio: 'inherit',
});
execFileSync('ls', ['-la', 'examples'], { cwd: packageDir, stdio: 'inherit' });
