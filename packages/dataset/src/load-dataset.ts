import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DatasetError } from './dataset-error.js';
import { formatIssues } from './format-issues.js';
import { entitiesFile, sourcesFile } from './issue.js';
import { validateDatasetFiles, type Dataset, type ValidationResult } from './validate-dataset.js';

/**
 * The dataset root for `dir`: the folder holding `data/entities.csv`. Passing the `data` folder itself
 * also works, so `validate data` does what a researcher expects.
 */
export function resolveDatasetDir(dir: string): string {
  const root = resolve(dir);
  if (
    !existsSync(join(root, entitiesFile)) &&
    basename(root) === 'data' &&
    existsSync(join(root, 'entities.csv'))
  ) {
    return resolve(root, '..');
  }
  return root;
}

/** Reads and validates `<dir>/data/entities.csv` and `<dir>/data/sources.csv`. */
export function validateDataset(dir: string): ValidationResult {
  const root = resolveDatasetDir(dir);
  const missing = [entitiesFile, sourcesFile].filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((file) => ({
        file,
        line: 1,
        message: `not found in ${root}; pass the dataset directory (the one holding data/), e.g. nkscreen-dataset validate packages/dataset`,
      })),
    };
  }
  return validateDatasetFiles({
    entities: readFileSync(join(root, entitiesFile)),
    sources: readFileSync(join(root, sourcesFile)),
  });
}

/** Like `validateDataset`, but returns the data or throws a `DatasetError` listing every problem. */
export function loadDataset(dir: string): Dataset {
  const result = validateDataset(dir);
  if (result.ok) return result.data;
  throw new DatasetError(
    'DATASET_INVALID',
    `The dataset has ${result.issues.length} problem(s):\n${formatIssues(result.issues)}`,
    {
      issues: result.issues,
    },
  );
}
