import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintDataset, fingerprintEntity } from './fingerprint-dataset.js';
import type { Entity, Source } from './types.js';

// A release snapshot (releases/<version>.json, committed) records what each published version held,
// row by row, so the data changelog is computed from files rather than from git history.

export interface SnapshotRow {
  name: string;
  status: Entity['status'];
  /** `fingerprintEntity` of the row as released. */
  hash: string;
}

export interface ReleaseSnapshot {
  version: string;
  /** YYYY-MM-DD */
  releasedOn: string;
  fingerprint: string;
  entities: Record<string, SnapshotRow>;
}

export const releasesDir = 'releases';

export function createSnapshot(
  entities: readonly Entity[],
  sources: readonly Source[],
  version: string,
  releasedOn: string,
): ReleaseSnapshot {
  const rows: Record<string, SnapshotRow> = {};
  for (const entity of [...entities].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    rows[entity.id] = { name: entity.name, status: entity.status, hash: fingerprintEntity(entity) };
  }
  return {
    version,
    releasedOn,
    fingerprint: fingerprintDataset(entities, sources),
    entities: rows,
  };
}

/** Every committed snapshot in `<root>/releases`, oldest version first. */
export function readSnapshots(root: string): ReleaseSnapshot[] {
  const dir = join(root, releasesDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ReleaseSnapshot)
    .sort((a, b) => compareVersions(a.version, b.version));
}

export function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index += 1) {
    const difference = (x[index] ?? 0) - (y[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
