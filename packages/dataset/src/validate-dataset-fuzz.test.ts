import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../test/fixture-dir.js';
import { formatIssues } from './format-issues.js';
import { validateDatasetFiles } from './validate-dataset.js';

const validEntities = readFixture('valid', 'entities.csv');
const validSources = readFixture('valid', 'sources.csv');
const headerLine = validEntities.toString('utf8').split('\n')[0] ?? '';
const headers = new Map([
  ['data/entities.csv', headerLine.split(',')],
  ['data/sources.csv', validSources.toString('utf8').split('\n')[0]?.split(',') ?? []],
]);

/** The valid file with `insert` spliced in at `at` (a fraction of its length). */
function splice(file: Buffer, at: number, insert: Uint8Array): Buffer {
  const index = Math.floor(at * file.length);
  return Buffer.concat([file.subarray(0, index), insert, file.subarray(index)]);
}

describe('validateDatasetFiles on arbitrary input', () => {
  it('never throws, and locates every issue on a real line of the file and at its named column', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(
          fc.uint8Array({ maxLength: 12 }),
          fc.string({ unit: 'binary', maxLength: 12 }).map((text) => Buffer.from(text)),
          fc
            .constantFrom(',', '"', '\n', '\r\n', '|', '\uFEFF', ' ')
            .map((text) => Buffer.from(text)),
        ),
        (at, insert) => {
          const entities = splice(validEntities, at, insert);
          const result = validateDatasetFiles({ entities, sources: validSources });
          if (result.ok) return;
          // A lone carriage return ends a line too, for the validator as for editors.
          const lines = entities.toString('utf8').split(/\r\n?|\n/).length;
          const headerKept = Math.floor(at * validEntities.length) > headerLine.length;
          for (const issue of result.issues) {
            expect(issue.line).toBeGreaterThanOrEqual(1);
            if (issue.file === 'data/entities.csv') expect(issue.line).toBeLessThanOrEqual(lines);
            if (!issue.column || issue.column === 'header') continue;
            if (issue.file === 'data/sources.csv' || headerKept) {
              const header = headers.get(issue.file) ?? [];
              expect(header[(issue.columnNumber ?? 0) - 1]).toBe(issue.column);
            }
          }
          expect(formatIssues(result.issues)).toMatch(/^data\/(entities|sources)\.csv:\d+/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
