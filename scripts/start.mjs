// `npm start`: build every workspace (the Firefox extension too), validate the dataset and print its table,
// show where each part was built, then serve the documentation site on 127.0.0.1 until interrupted.
// Each step prints one heading; its full output goes to .tmp/start/<step>.log and is shown only when it fails.
// `npm start -- --no-build` skips the two build steps and serves what is already built.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const logDir = join(root, '.tmp', 'start');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const FAILURE_TAIL_LINES = 40;

// The child running now; a signal to `npm start` is passed on to it, so nothing keeps running behind us.
let current;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current && current.exitCode === null) current.kill(signal);
    else process.exit(0);
  });
}

function spawnChild(command, args, stdio) {
  return new Promise((resolve) => {
    current = spawn(command, args, { cwd: root, env, stdio });
    current.on('error', (error) => resolve({ code: 1, error }));
    current.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

async function runStep(heading, logName, command, args) {
  const started = Date.now();
  process.stdout.write(`• ${heading} … `);
  mkdirSync(logDir, { recursive: true });
  const logPath = join(logDir, `${logName}.log`);
  const log = openSync(logPath, 'w');
  const result = await spawnChild(command, args, ['ignore', log, log]);
  closeSync(log);
  if (result.signal) process.exit(0);
  if (result.code !== 0) {
    console.log('failed');
    const lines = readFileSync(logPath, 'utf8').trimEnd().split('\n');
    console.error(`\n${lines.slice(-FAILURE_TAIL_LINES).join('\n')}\n`);
    console.error(
      `npm start stopped: \`${command} ${args.join(' ')}\` failed (exit ${result.code ?? result.error?.message}).` +
        `\nFull log: ${relative(process.cwd(), logPath)}`,
    );
    process.exit(result.code || 1);
  }
  console.log(`done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return readFileSync(logPath, 'utf8');
}

function printLocations() {
  const places = [
    ['Dataset exports', 'packages/dataset/dist'],
    ['CLI (run: node packages/cli/dist/bin.js --help)', 'packages/cli/dist/bin.js'],
    ['Extension for Chrome (load unpacked)', 'apps/extension/.output/chrome-mv3'],
    ['Extension for Firefox (load manifest.json)', 'apps/extension/.output/firefox-mv3'],
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

if (!process.argv.includes('--no-build')) {
  await runStep('Building the dataset, core, CLI, Chrome extension and docs', 'build', 'npx', [
    'turbo',
    'run',
    'build',
    '--output-logs=errors-only',
  ]);
  await runStep('Building the Firefox extension', 'build-firefox', npm, [
    'run',
    'build:firefox',
    '-w',
    '@nkscreen/extension',
  ]);
}
const validation = await runStep('Validating the dataset', 'validate', npm, [
  'run',
  'validate',
  '--silent',
]);
console.log(`\n${validation.trim()}`);
printLocations();

console.log('\nServing the documentation site (Ctrl+C to stop):');
const served = await spawnChild(process.execPath, ['apps/docs/scripts/serve.mjs'], 'inherit');
process.exit(served.signal ? 0 : (served.code ?? 0));
