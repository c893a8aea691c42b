// `npm start`: build every workspace, validate the dataset, show what it holds and where each part was
// built, then serve the documentation site on 127.0.0.1 until interrupted.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(
      `\nnpm start stopped: \`${command} ${args.join(' ')}\` failed (exit ${result.status}).`,
    );
    process.exit(result.status ?? 1);
  }
}

function printSummary() {
  const entities = JSON.parse(
    readFileSync(join(root, 'packages/dataset/dist/entities.json'), 'utf8'),
  );
  const list = Array.isArray(entities) ? entities : entities.entities;
  const tiers = ['designation', 'enforcement', 'investigation'];
  const roles = [...new Set(list.map((entity) => entity.role))].sort();
  const count = (role, tier) =>
    list.filter((entity) => (!role || entity.role === role) && (!tier || entity.tier === tier))
      .length;
  const rows = [
    ['role', ...tiers, 'total'],
    ...roles.map((role) => [
      role,
      ...tiers.map((tier) => String(count(role, tier))),
      String(count(role)),
    ]),
    ['total', ...tiers.map((tier) => String(count(undefined, tier))), String(list.length)],
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
      )
      .join('  ');
  console.log(`\nDataset: ${list.length} entities by role and evidence tier\n`);
  console.log(line(rows[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.slice(1).forEach((row) => console.log(line(row)));
}

function printLocations() {
  const places = [
    ['Dataset exports', 'packages/dataset/dist'],
    ['CLI (run: node packages/cli/dist/bin.js --help)', 'packages/cli/dist/bin.js'],
    ['Extension for Chrome (load unpacked)', 'apps/extension/.output/chrome-mv3'],
    ['Extension for Firefox', 'apps/extension/.output/firefox-mv3'],
    ['Documentation site', 'apps/docs/dist'],
  ];
  console.log('\nBuilt:');
  for (const [label, path] of places) {
    const where = existsSync(join(root, path))
      ? relative(process.cwd(), join(root, path)) || '.'
      : '(not built)';
    console.log(`  ${label.padEnd(48)} ${where}`);
  }
}

run('npx', ['turbo', 'run', 'build']);
run('npm', ['run', 'validate', '--silent']);
printSummary();
printLocations();

if (existsSync(join(root, 'apps/docs/dist'))) {
  console.log('\nServing the documentation site (Ctrl+C to stop):');
  const server = spawn('npm', ['run', 'serve', '--silent', '-w', '@nkscreen/docs'], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  server.on('exit', (code) => process.exit(code ?? 0));
}
