import { i18n } from '#i18n';
import versions from '../generated/versions.json';

interface Versions {
  datasetVersion: string;
  releasedOn?: string | null;
  newestRecord?: string | null;
}

const info = versions as Versions;

export const DATASET_VERSION: string = info.datasetVersion;

/** "Dataset 0.2.0, released 2026-11-30", or the newest date it records when the dataset gives no release date. */
export function formatDatasetLine(): string {
  if (info.releasedOn) return i18n.t('datasetReleased', [info.datasetVersion, info.releasedOn]);
  if (info.newestRecord) return i18n.t('datasetNewest', [info.datasetVersion, info.newestRecord]);
  return `${i18n.t('whyDatasetVersion')}: ${info.datasetVersion}`;
}
