// Node-side API: validation, loading, formatting, building and the FollowTheMoney export.
export { buildDataset, type BuildOptions, type BuildResult } from './build-dataset.js';
export { createDataPackage } from './create-data-package.js';
export { DatasetError, isDatasetError, type DatasetErrorCode } from './dataset-error.js';
export { fingerprintDataset, fingerprintEntity } from './fingerprint-dataset.js';
export { fixDataset, type FixResult } from './fix-dataset.js';
export { formatIssue, formatIssues } from './format-issues.js';
export type { DatasetIssue } from './issue.js';
export { loadDataset, validateDataset } from './load-dataset.js';
export { normalizeKey } from './normalize-key.js';
export { createChangelog, releaseDataset } from './release-dataset.js';
export type { ReleaseSnapshot, SnapshotRow } from './release-snapshot.js';
export { summarize } from './summarize.js';
export { entityRowSchema, sourceRowSchema, toRowJsonSchema } from './schema.js';
export { toFollowTheMoney, toFollowTheMoneyJsonl, type FtmEntity } from './to-follow-the-money.js';
export {
  validateDatasetFiles,
  type Dataset,
  type DatasetFiles,
  type ValidationResult,
} from './validate-dataset.js';
export { entityColumns, sourceColumns } from './vocabulary.js';
