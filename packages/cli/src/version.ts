import { readFileSync } from 'node:fs';
import { entities, version as datasetVersion } from '@nkscreen/dataset';

/** The CLI's own version, read from its package.json (one level above dist/ and src/). */
export function readCliVersion(): string {
  const manifest = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  ) as { version?: string };
  return manifest.version ?? '0.0.0';
}

export function formatVersion(): string {
  return `nkscreen ${readCliVersion()}\ndataset ${datasetVersion} (${entities.length} entities)`;
}
