import { formatDate } from './format-date';

interface DatedEntity {
  listedOn?: string;
  sources: readonly { publishedOn?: string }[];
}

/**
 * How current the dataset is, in words: its release date when the dataset carries one, otherwise the newest date
 * any of its records or sources gives (a "no hit" is only as good as this date, so it is always shown).
 */
export function describeDatasetDate(dataset: {
  releasedOn?: string | null;
  entities: readonly DatedEntity[];
}): string {
  if (dataset.releasedOn) return `released ${formatDate(dataset.releasedOn)}`;
  const dates = dataset.entities.flatMap((entity) => [
    entity.listedOn,
    ...entity.sources.map((source) => source.publishedOn),
  ]);
  const newest = dates
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1);
  return newest ? `newest record ${formatDate(newest)}` : 'undated';
}
