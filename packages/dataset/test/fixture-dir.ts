import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fixtures = new URL('./fixtures/', import.meta.url);

/** Bytes of a fixture file, falling back to the valid dataset's copy when the case does not override it. */
export function readFixture(name: string, file: 'entities.csv' | 'sources.csv'): Buffer {
  const own = new URL(`${name}/${file}`, fixtures);
  return readFileSync(existsSync(own) ? own : new URL(`valid/${file}`, fixtures));
}

/**
 * A temporary dataset directory (`<tmp>/data/*.csv`) holding fixture `name`; `files` replaces either
 * file with given bytes or text, for cases easier to write inline (such as bytes that are not UTF-8).
 */
export function createFixtureDir(
  name: string,
  files: { entities?: Uint8Array | string; sources?: Uint8Array | string } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), `nkscreen-dataset-${name}-`));
  mkdirSync(join(dir, 'data'));
  writeFileSync(
    join(dir, 'data/entities.csv'),
    files.entities ?? readFixture(name, 'entities.csv'),
  );
  writeFileSync(join(dir, 'data/sources.csv'), files.sources ?? readFixture(name, 'sources.csv'));
  return dir;
}
