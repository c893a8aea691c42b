import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataPackage } from './create-data-package.js';
import { entitiesFile, sourcesFile } from './issue.js';
import { fingerprintDataset } from './fingerprint-dataset.js';
import { loadDataset, resolveDatasetDir } from './load-dataset.js';
import { readSnapshots } from './release-snapshot.js';
import { toFollowTheMoneyJsonl } from './to-follow-the-money.js';
import { nodeWriteFs, writeFileAtomically, type WriteFs } from './write-file-atomically.js';
import { writeMainEntry, type DataIdentity } from './write-main-entry.js';

export interface BuildOptions {
  /** Where to write; defaults to `<dir>/dist`. */
  outDir?: string;
  /** Data version; defaults to the `version` in `<dir>/package.json`. */
  version?: string;
  /** The file system to write through; tests inject failures here. */
  fs?: WriteFs;
}

export interface BuildResult {
  outDir: string;
  files: string[];
  entityCount: number;
  sourceCount: number;
}

/**
 * Validates the dataset in `dir` and writes the main entry, entities.json, entities.ftm.jsonl,
 * datapackage.json and a copy of data/. Throws a `DatasetError` listing every problem, writing nothing.
 */
export function buildDataset(dir: string, options: BuildOptions = {}): BuildResult {
  const root = resolveDatasetDir(dir);
  const { entities, sources } = loadDataset(root);
  const version = options.version ?? readVersion(root);
  const outDir = options.outDir ?? join(root, 'dist');
  const identity = identifyData(root, version, fingerprintDataset(entities, sources));
  const outputs: Record<string, string> = {
    ...writeMainEntry(entities, sources, version, identity),
    'entities.json': `${JSON.stringify({ version, entities, sources }, null, 2)}\n`,
    'entities.ftm.jsonl': toFollowTheMoneyJsonl(entities),
    'datapackage.json': `${JSON.stringify(createDataPackage(version), null, 2)}\n`,
  };
  const fs = options.fs ?? nodeWriteFs;
  for (const [name, content] of Object.entries(outputs))
    writeFileAtomically(join(outDir, name), content, fs);
  for (const file of [entitiesFile, sourcesFile])
    writeFileAtomically(join(outDir, file), readFileSync(join(root, file)), fs);
  return {
    outDir,
    files: [...Object.keys(outputs), entitiesFile, sourcesFile],
    entityCount: entities.length,
    sourceCount: sources.length,
  };
}

// Rows equal to the committed snapshot of this version are that release; anything else is working data.
function identifyData(root: string, version: string, fingerprint: string): DataIdentity {
  const release = readSnapshots(root).find((snapshot) => snapshot.version === version);
  const released = release?.fingerprint === fingerprint;
  return {
    datasetVersion: released ? version : `${version}+${fingerprint.slice(0, 8)}`,
    datasetReleasedOn: released ? release.releasedOn : null,
    datasetFingerprint: fingerprint,
  };
}

function readVersion(root: string): string {
  const manifest = join(root, 'package.json');
  if (!existsSync(manifest)) return '0.0.0';
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string };
  return version ?? '0.0.0';
}
