import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, resolveDatasetDir } from './load-dataset.js';
import { isRealDate } from './patterns.js';
import {
  createSnapshot,
  readSnapshots,
  releasesDir,
  type ReleaseSnapshot,
} from './release-snapshot.js';
import { nodeWriteFs, writeFileAtomically, type WriteFs } from './write-file-atomically.js';
import { writeChangelog } from './write-changelog.js';

/**
 * Records the current rows as release `<version from package.json>` of `releasedOn` in
 * releases/<version>.json. A snapshot is never rewritten with other rows: released data is history.
 */
export function releaseDataset(
  dir: string,
  releasedOn: string,
  fs: WriteFs = nodeWriteFs,
): { path: string; snapshot: ReleaseSnapshot; unchanged: boolean } {
  if (!isRealDate(releasedOn)) {
    throw new Error(`--date '${releasedOn}' is not a date; give YYYY-MM-DD`);
  }
  const root = resolveDatasetDir(dir);
  const { entities, sources } = loadDataset(root);
  const snapshot = createSnapshot(entities, sources, readPackageVersion(root), releasedOn);
  const path = join(root, releasesDir, `${snapshot.version}.json`);
  const existing = readSnapshots(root).find((old) => old.version === snapshot.version);
  if (existing) {
    if (existing.fingerprint === snapshot.fingerprint)
      return { path, snapshot: existing, unchanged: true };
    throw new Error(
      `${releasesDir}/${snapshot.version}.json already records release ${snapshot.version} with other rows; bump the version (npx changeset) before releasing changed data`,
    );
  }
  writeFileAtomically(path, `${JSON.stringify(snapshot, null, 2)}\n`, fs);
  return { path, snapshot, unchanged: false };
}

/** The markdown data changelog of the dataset in `dir`: committed releases plus unreleased rows. */
export function createChangelog(dir: string): string {
  const root = resolveDatasetDir(dir);
  const { entities, sources } = loadDataset(root);
  const current = createSnapshot(entities, sources, readPackageVersion(root), '');
  return writeChangelog(readSnapshots(root), current);
}

function readPackageVersion(root: string): string {
  const manifest = join(root, 'package.json');
  if (!existsSync(manifest)) {
    throw new Error(`no package.json in ${root}: the release version comes from it`);
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string };
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json version '${version}' is not x.y.z`);
  }
  return version;
}
