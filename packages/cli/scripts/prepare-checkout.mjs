// Runs as the root `prepare` script after `npm install`/`npm ci` in a checkout: builds the CLI and what it needs
// (core, dataset) so `npx nkscreen` works at once. turbo caches the outputs, so a later build is a cache hit.
// A failed build does not fail the install: the bin shim then says how to build.
import { spawnSync } from 'node:child_process';

if (process.env.NKSCREEN_SKIP_PREPARE) process.exit(0);
const run = spawnSync(
  'npx',
  ['turbo', 'run', 'build', '--filter=@nkscreen/cli', '--output-logs=errors-only'],
  { stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
);
if (run.status !== 0) {
  process.stderr.write(
    'nkscreen: building the CLI after install failed (see above). Install went on; run `npm run build:cli` ' +
      'to try again.\n',
  );
}
