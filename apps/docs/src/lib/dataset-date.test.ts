import { describe, expect, it } from 'vitest';
import { describeDatasetDate } from './dataset-date';

const entities = [
  { listedOn: '2017-08-05', sources: [{ publishedOn: '2018-01-02' }, {}] },
  { sources: [{ publishedOn: '2026-03-13' }] },
];

describe('describeDatasetDate', () => {
  it('names the release date when the dataset has one', () => {
    expect(describeDatasetDate({ releasedOn: '2026-12-05', entities })).toBe(
      'released 5 December 2026',
    );
  });

  it('falls back to the newest date a record or source gives', () => {
    expect(describeDatasetDate({ entities })).toBe('newest record 13 March 2026');
    expect(describeDatasetDate({ releasedOn: null, entities })).toBe('newest record 13 March 2026');
  });

  it('says "undated" rather than inventing a date', () => {
    expect(describeDatasetDate({ entities: [{ sources: [] }] })).toBe('undated');
  });
});
