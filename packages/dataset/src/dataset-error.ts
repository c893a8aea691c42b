import type { DatasetIssue } from './issue.js';

export type DatasetErrorCode = 'DATASET_INVALID' | 'DATASET_NOT_FIXABLE';

/** Thrown by the convenience APIs (`loadDataset`, `buildDataset`); `issues` holds every problem found. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  readonly code: DatasetErrorCode;
  readonly issues: readonly DatasetIssue[];

  constructor(
    code: DatasetErrorCode,
    message: string,
    options: { issues: readonly DatasetIssue[]; cause?: unknown },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options.issues;
  }
}

/** True for a `DatasetError`, also one from another copy of this package (compares `name`, not only the class). */
export function isDatasetError(error: unknown): error is DatasetError {
  return (
    error instanceof DatasetError ||
    (error instanceof Error && error.name === 'DatasetError' && 'issues' in error)
  );
}
