import { describe, expect, it } from 'vitest';
import {
  collectColumns,
  findReportMeta,
  formatCell,
  formatValue,
  humanizeKey,
  isKeyedTable,
  isTableLike,
  type Primitive,
} from './report-values';

describe('humanizeKey', () => {
  it('splits camelCase, snake_case and kebab-case into words', () => {
    expect(humanizeKey('f1Score')).toBe('f1 score');
    expect(humanizeKey('fp_rate')).toBe('fp rate');
    expect(humanizeKey('p99-ms')).toBe('p99 ms');
  });
});

describe('formatValue', () => {
  it('keeps three significant digits and separates thousands', () => {
    expect(formatValue(0.987654)).toBe('0.988');
    expect(formatValue(21345)).toBe('21,345');
    expect(formatValue(1234.567)).toBe('1234.6');
    expect(formatValue(null)).toBe('—');
    expect(formatValue(true)).toBe('true');
  });

  it('joins lists into one cell and leaves nested objects out', () => {
    expect(formatCell(['a', 2])).toBe('a, 2');
    expect(formatCell({ a: 1 })).toBe('');
  });
});

describe('isTableLike and collectColumns', () => {
  it('recognises arrays of flat objects and unions their keys', () => {
    const rows: Record<string, Primitive>[] = [
      { kind: 'typo', precision: 1 },
      { kind: 'split', recall: 0.9 },
    ];
    expect(isTableLike(rows)).toBe(true);
    expect(collectColumns(rows)).toEqual(['kind', 'precision', 'recall']);
    expect(isTableLike([{ nested: { a: 1 } }])).toBe(false);
    expect(isTableLike([])).toBe(false);
  });
});

describe('isKeyedTable', () => {
  it('recognises objects of flat objects, such as metrics per kind', () => {
    expect(isKeyedTable({ typo: { precision: 1 }, split: { precision: 0.9, recall: 1 } })).toBe(
      true,
    );
    expect(isKeyedTable({ typo: { nested: { a: 1 } } })).toBe(false);
    expect(isKeyedTable({ a: 1 })).toBe(false);
    expect(isKeyedTable({})).toBe(false);
  });
});

describe('findReportMeta', () => {
  it('finds the measurement date and dataset version wherever the report puts them', () => {
    expect(
      findReportMeta({ generatedAt: '2026-11-23T12:00:00Z', datasetVersion: '0.2.0' }),
    ).toEqual({
      measuredAt: '2026-11-23T12:00:00Z',
      datasetVersion: '0.2.0',
    });
    expect(findReportMeta({ meta: { date: '2026-11-23' }, dataset: { version: '1.0.0' } })).toEqual(
      {
        measuredAt: '2026-11-23',
        datasetVersion: '1.0.0',
      },
    );
    expect(findReportMeta({ results: [] })).toEqual({});
  });
});
