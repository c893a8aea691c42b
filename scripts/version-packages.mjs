// `npm run version-packages`: what the release workflow runs to open the "Version packages" pull request.
// `changeset version` sets the new versions; then the dataset's new version is recorded as a data release dated
// today (UTC), so the packages published from that pull request name their dataset release and date, and the
// data changelog lists the release's rows. A version already recorded is left as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['changeset', 'version']);
const { version } = JSON.parse(
  readFileSync(new URL('packages/dataset/package.json', root), 'utf8'),
);
if (!existsSync(new URL(`packages/dataset/releases/${version}.json`, root))) {
  const today = new Date().toISOString().slice(0, 10);
  run(process.execPath, [
    'packages/dataset/scripts/run-cli.mjs',
    'release',
    'packages/dataset',
    '--date',
    today,
  ]);
}
