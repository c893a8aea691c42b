// Where ../shared (the research and data folder beside the project) is, when it is there at all: the generators
// and the bulk run read it; a clean clone without it still runs on the committed fixtures.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const projectRoot = new URL('../../../../', import.meta.url);

/** The project's root directory URL (packages/core/eval/lib → four levels up). */
export const PROJECT_ROOT = projectRoot;

/**
 * `NKSCREEN_SHARED` when set, else `<project>/../shared`; null when the folder does not exist.
 * @returns {URL | null}
 */
export function findSharedDir() {
  const fromEnv = process.env.NKSCREEN_SHARED;
  const url = fromEnv
    ? new URL(`file://${fromEnv.endsWith('/') ? fromEnv : `${fromEnv}/`}`)
    : new URL('../shared/', projectRoot);
  return existsSync(fileURLToPath(url)) ? url : null;
}
