import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { datasetVersion, entities } from '@nkscreen/dataset';

function readVersion(manifestPath: string | URL): string {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

/** The CLI's own version, read from its package.json (one level above dist/ and src/). */
export function readCliVersion(): string {
  return readVersion(new URL('../package.json', import.meta.url));
}

/** The installed matcher's version, from @nkscreen/core's package.json. */
export function readCoreVersion(): string {
  return readVersion(createRequire(import.meta.url).resolve('@nkscreen/core/package.json'));
}

export function formatVersion(): string {
  return `nkscreen ${readCliVersion()}\ndataset ${datasetVersion} (${entities.length} entities)`;
}
