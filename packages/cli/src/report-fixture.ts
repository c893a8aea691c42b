import { createAuditRecord } from './audit-record.js';
import type { RowHit, ScreenResult } from './screen-types.js';

/** One hit on a listed entity, for report specs; `value` is the screened cell. */
export function createSampleHit(value: string, line = 2): RowHit {
  return {
    line,
    column: 'Supplier',
    value,
    row: [value, 'PL'],
    country: 'PL',
    match: {
      entityId: 'x',
      name: 'X Corp',
      matchedAlias: 'X Corp',
      band: 'match',
      score: 0.97,
      explanation: {
        text: `“${value}” ≈ “X Corp”`,
        alignment: [],
        unmatched: { query: [], alias: [] },
      },
      context: { required: false, status: 'corroborated', evidence: ['Poland'] },
    },
  } as RowHit;
}

/** A screening result with the given hits against one listed entity, audited as a run of 2026-11-23. */
export function createSampleResult(hits: RowHit[]): ScreenResult {
  return {
    tool: 'nkscreen 0.1.0',
    input: '/home/analyst/private/suppliers.csv',
    encoding: 'utf-8',
    delimiter: ',',
    headers: ['Supplier', 'Country'],
    columns: ['Supplier'],
    columnsGuessed: true,
    minBand: 'review',
    lists: ['nkscreen dataset'],
    summary: {
      rowsRead: hits.length,
      rowsScreened: hits.length,
      rowsSkipped: 0,
      skippedByReason: {},
      rowsWithHits: hits.length,
      hits: hits.length,
      hitsByBand: { match: hits.length, review: 0 },
      entitiesHit: hits.length > 0 ? 1 : 0,
      bytes: 10,
      elapsedMs: 1,
    },
    hits,
    entities: {
      x: {
        key: 'x',
        id: 'x',
        name: 'X Corp',
        list: 'nkscreen dataset',
        tier: 'designation',
        tierLabel: 'Sanctions designation',
        countries: ['PL'],
        evidence: 'Appears in a sanctions designation.',
        sources: [
          { title: 'T', publisher: 'P', url: 'https://example.org/t', publishedOn: '2020-01-14' },
        ],
      },
    },
    problems: [],
    audit: createAuditRecord({
      inputLabel: '/home/analyst/private/suppliers.csv',
      sha256: 'ab'.repeat(32),
      bytes: 10,
      rows: hits.length,
      minBand: 'review',
      minScore: 0,
      lists: ['nkscreen dataset'],
      startedAt: new Date('2026-11-23T12:00:00.000Z'),
      durationMs: 1,
    }),
  };
}
