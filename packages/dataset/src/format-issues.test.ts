import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssues } from './format-issues.js';

describe('formatIssues', () => {
  it('prints file:line:column [id] column name: message, one problem per line', () => {
    expect(
      formatIssues([
        {
          file: 'data/entities.csv',
          line: 12,
          id: 'mokran-llc',
          column: 'countries',
          columnNumber: 5,
          message: "unknown country code 'XX'",
        },
        {
          file: 'data/sources.csv',
          line: 1,
          column: 'header',
          columnNumber: 9,
          message: "unknown column 'kinds'",
        },
      ]),
    ).toBe(
      "data/entities.csv:12:5 [mokran-llc] countries: unknown country code 'XX'\ndata/sources.csv:1:9 header: unknown column 'kinds'",
    );
  });

  it('gives only the line when no single column is at fault', () => {
    expect(
      formatIssue({
        file: 'data/sources.csv',
        line: 1,
        column: 'header',
        message: "missing column 'kind'",
      }),
    ).toBe("data/sources.csv:1 header: missing column 'kind'");
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
