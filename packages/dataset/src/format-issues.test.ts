import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssues } from './format-issues.js';

describe('formatIssues', () => {
  it('prints file:line [id] column: message, one problem per line', () => {
    expect(
      formatIssues([
        {
          file: 'data/entities.csv',
          line: 12,
          id: 'mokran-llc',
          column: 'countries',
          message: "unknown country code 'XX'",
        },
        { file: 'data/sources.csv', line: 1, column: 'header', message: "missing column 'kind'" },
      ]),
    ).toBe(
      "data/entities.csv:12 [mokran-llc] countries: unknown country code 'XX'\ndata/sources.csv:1 header: missing column 'kind'",
    );
  });

  it('tells the reader when --fix repairs a problem', () => {
    expect(
      formatIssue({
        file: 'data/entities.csv',
        line: 3,
        message: 'blank line between rows; delete it',
        fixable: true,
      }),
    ).toBe(
      'data/entities.csv:3: blank line between rows; delete it (run `nkscreen-dataset validate --fix`)',
    );
  });
});
