import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createFixtureDir, readFixture } from '../test/fixture-dir.js';
import { formatIssues } from './format-issues.js';
import { validateDataset } from './load-dataset.js';

type Edits = Record<string, Record<string, string>>;

/**
 * The valid fixture file with `edits` (row id → column → new cell) applied and its columns in reverse order,
 * so a column's place in the file is never its place in the documented order.
 */
function reversedWith(file: 'entities.csv' | 'sources.csv', edits: Edits = {}) {
  const [header = [], ...rows] = Papa.parse<string[]>(readFixture('valid', file).toString('utf8'), {
    skipEmptyLines: true,
  }).data;
  for (const row of rows) {
    for (const [column, cell] of Object.entries(edits[row[0] ?? ''] ?? {})) {
      row[header.indexOf(column)] = cell;
    }
  }
  const reversed = [header, ...rows].map((row) => [...row].reverse());
  return { header: reversed[0] ?? [], text: `${Papa.unparse(reversed, { newline: '\n' })}\n` };
}

describe('validateDataset gives the column number of each problem', () => {
  it("counts it in the file's own header, so it points at the named column whatever the kind of problem", () => {
    const entities = reversedWith('entities.csv', {
      'beijing-sukbakso': { countries: 'XX', listed_on: '2099-01-14' },
      'hunchun-pagoda': { aliases: 'Beijing Sukbakso.|=HYPERLINK("https://example.com")' },
      'korea-namgang-trading-corporation': {
        name: 'Korea Namgang Trading Corporation ',
        source_ids: 'ust-2020-01-14-namgang|hani-2020-01-16-namgang|nope',
      },
    });
    const sources = reversedWith('sources.csv', {
      'hani-2020-01-16-namgang': {
        url: 'http://english.hani.co.kr/arti/english_edition/e_northkorea/924730.html',
      },
    });
    const result = validateDataset(
      createFixtureDir('valid', { entities: entities.text, sources: sources.text }),
    );
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    const headers: Record<string, string[]> = {
      'data/entities.csv': entities.header,
      'data/sources.csv': sources.header,
    };

    // Each problem as "file:line column → the header cell its number points at", with the check that found it.
    expect(
      issues.map(
        (issue) =>
          `${issue.file}:${issue.line} ${issue.column} → ${headers[issue.file]?.[(issue.columnNumber ?? 0) - 1]}`,
      ),
    ).toEqual([
      'data/entities.csv:1 header → claim', // columns out of order: the first one out of place
      'data/entities.csv:2 listed_on → listed_on', // a date in the future
      'data/entities.csv:2 countries → countries', // a value the schema refuses
      'data/entities.csv:3 aliases → aliases', // a spreadsheet formula
      'data/entities.csv:3 aliases → aliases', // a name another entity already has
      'data/entities.csv:4 name → name', // stray spaces, repaired by --fix
      'data/entities.csv:4 source_ids → source_ids', // a source that does not exist
      'data/sources.csv:1 header → undated_reason', // out of order as well
      'data/sources.csv:3 url → url', // http, not https
    ]);
    expect(formatIssues(issues)).toContain(
      `data/entities.csv:2:${entities.header.indexOf('countries') + 1} [beijing-sukbakso] countries: unknown country code 'XX'`,
    );
  });

  it('points a header problem at the header cell at fault, and gives a missing column only the line', () => {
    const sources = readFixture('valid', 'sources.csv')
      .toString('utf8')
      .replace(
        'id,title,publisher,url,published_on,kind,',
        'id, title,publisher,url,published_on,url,',
      )
      .replace('language,undated_reason\n', 'language,undated_reason,notes\n');
    const result = validateDataset(createFixtureDir('valid', { sources }));
    const header = formatIssues(result.ok ? [] : result.issues)
      .split('\n')
      .filter((line) => line.startsWith('data/sources.csv:1'));
    expect(header.map((line) => line.replace(/; expected exactly: .*/, ''))).toEqual([
      'data/sources.csv:1:2 header: has spaces around a column name (run `nkscreen-dataset validate --fix`)',
      "data/sources.csv:1:6 header: column 'url' appears twice",
      "data/sources.csv:1:9 header: unknown column 'notes'",
      "data/sources.csv:1 header: missing column 'kind'",
    ]);
  });
});
