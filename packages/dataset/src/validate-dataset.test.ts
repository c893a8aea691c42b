import { describe, expect, it } from 'vitest';
import { createFixtureDir, readFixture } from '../test/fixture-dir.js';
import { formatIssues } from './format-issues.js';
import type { DatasetIssue } from './issue.js';
import { validateDataset } from './load-dataset.js';

function problemsIn(name: string, files?: Parameters<typeof createFixtureDir>[1]): string[] {
  const result = validateDataset(createFixtureDir(name, files));
  expect(result.ok).toBe(false);
  return result.ok ? [] : formatIssues(result.issues).split('\n');
}

function issuesIn(name: string, files?: Parameters<typeof createFixtureDir>[1]): DatasetIssue[] {
  const result = validateDataset(createFixtureDir(name, files));
  return result.ok ? [] : result.issues;
}

describe('validateDataset accepts valid edits', () => {
  it("accepts the valid fixture and resolves each entity's sources", () => {
    const result = validateDataset(createFixtureDir('valid'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.entities.map((entity) => entity.id)).toEqual([
      'beijing-sukbakso',
      'hunchun-pagoda',
      'korea-namgang-trading-corporation',
    ]);
    const namgang = result.data.entities[2];
    expect(namgang?.aliases).toEqual(['Namgang Trading Corporation', '남강무역회사']);
    expect(namgang?.weakAliases).toEqual(['NTC']);
    expect(namgang?.sources.map((source) => source.publisher)).toEqual([
      'U.S. Department of the Treasury',
      'The Hankyoreh',
    ]);
  });

  it('accepts files that start with a byte-order mark', () => {
    expect(validateDataset(createFixtureDir('bom')).ok).toBe(true);
  });

  it('accepts CRLF line endings', () => {
    expect(readFixture('crlf', 'entities.csv').includes('\r\n')).toBe(true);
    expect(validateDataset(createFixtureDir('crlf')).ok).toBe(true);
  });

  it('accepts a quoted cell with commas', () => {
    const result = validateDataset(createFixtureDir('valid'));
    expect(result.ok && result.data.sources[0]?.title).toBe(
      'North Korean workers prep seafood going to US stores, restaurants',
    );
  });
});

describe('validateDataset reports bad input with its file, line, id and column', () => {
  it('an unclosed quote, naming the lines it swallowed', () => {
    expect(problemsIn('unclosed-quote')).toEqual([
      'data/entities.csv:3 [hunchun-pagoda]: unclosed quote: a cell on this line opens a " that is not closed where the cell ends (lines 3–4 were read as one row); add the closing " or remove the opening one',
    ]);
  });

  it('an unclosed quote in the last row', () => {
    const entities = readFixture('valid', 'entities.csv')
      .toString('utf8')
      .replace('North Korean workers.",,ust-', 'North Korean workers.,,ust-');
    const [first] = problemsIn('valid', { entities });
    expect(first).toMatch(
      /^data\/entities\.csv:4 \[korea-namgang-trading-corporation\]: unclosed quote/,
    );
  });

  it('an extra column (an unquoted comma)', () => {
    expect(problemsIn('extra-column')).toEqual([
      'data/entities.csv:2 [beijing-sukbakso]: row has 20 cells but the header has 19: a comma inside a cell? Quote that cell ("Foo, Inc.")',
    ]);
  });

  it('a missing column', () => {
    expect(problemsIn('missing-column')).toEqual([
      'data/entities.csv:2 [beijing-sukbakso]: row has 18 cells but the header has 19: a missing comma? Every row has every column, empty ones too (,,)',
    ]);
  });

  it('a header without a required column', () => {
    expect(problemsIn('bad-header')).toEqual([
      "data/entities.csv:1 header: missing column 'weak_aliases'; expected exactly: id,name,aliases,weak_aliases,countries,type,role,tier,listing,identifiers,listed_on,period,status,delisted_on,requires,summary,response,source_ids,claim",
    ]);
  });

  it('missing required fields', () => {
    expect(problemsIn('missing-required')).toEqual([
      'data/entities.csv:2:2 [beijing-sukbakso] name: is empty; the official listed name is required',
      'data/entities.csv:4:16 [korea-namgang-trading-corporation] summary: is empty; a one-sentence summary in our own words is required',
    ]);
  });

  it('a duplicate id, pointing at the first use', () => {
    expect(problemsIn('duplicate-id')).toEqual([
      "data/entities.csv:3:1 [beijing-sukbakso] id: 'beijing-sukbakso' is already the id of line 2; ids must be unique — rename one, or merge the two rows",
    ]);
  });

  it('an unknown source id', () => {
    expect(problemsIn('unknown-source')).toEqual([
      "data/entities.csv:3:18 [hunchun-pagoda] source_ids: cites 'ap-2017-10-05-salmon', which is not an id in data/sources.csv; add that source or correct the id",
    ]);
  });

  it('a source nobody cites', () => {
    expect(problemsIn('uncited-source')).toEqual([
      "data/sources.csv:3:1 [ap-2017-10-05-salmon] id: source 'ap-2017-10-05-salmon' is not cited by any entity; cite it in an entity's source_ids or remove it",
    ]);
  });

  it('an http URL', () => {
    expect(problemsIn('http-url')).toEqual([
      "data/sources.csv:3:4 [hani-2020-01-16-namgang] url: 'http://english.hani.co.kr/arti/english_edition/e_northkorea/924730.html' uses http; link the https:// address of the same document",
    ]);
  });

  it('an impossible date', () => {
    expect(problemsIn('impossible-date')).toEqual([
      "data/entities.csv:2:11 [beijing-sukbakso] listed_on: '2023-02-30' is not a real calendar date; check the day and month (YYYY-MM-DD)",
    ]);
  });

  it('an unknown country code', () => {
    expect(problemsIn('unknown-country')).toEqual([
      "data/entities.csv:4:5 [korea-namgang-trading-corporation] countries: unknown country code 'XX'; expected an ISO 3166-1 alpha-2 code such as KP, CN or RU",
    ]);
  });

  it('trailing spaces, in a cell and around list items, as fixable', () => {
    const issues = issuesIn('trailing-spaces');
    expect(issues.map((issue) => [issue.line, issue.column, issue.fixable])).toEqual([
      [2, 'name', true],
      [4, 'aliases', true],
    ]);
    expect(formatIssues(issues)).toContain(
      'data/entities.csv:2:2 [beijing-sukbakso] name: has spaces at the start or end ("Beijing Sukbakso "); remove them (run `nkscreen-dataset validate --fix`)',
    );
  });

  it('an empty file', () => {
    expect(problemsIn('empty')).toEqual([
      'data/entities.csv:1: the file is empty; it needs at least its header line',
    ]);
  });

  it('a file that is not UTF-8, on the line of the bad byte', () => {
    // "café" saved as Latin-1: a lone 0xE9 byte in the middle of line 2.
    const [before = '', after = ''] = readFixture('valid', 'entities.csv')
      .toString('utf8')
      .split('China-based');
    const latin1 = Buffer.concat([
      Buffer.from(`${before}caf`),
      Buffer.from([0xe9]),
      Buffer.from(` China-based${after}`),
    ]);
    const column = Buffer.byteLength(before.slice(before.lastIndexOf('\n') + 1)) + 4;
    expect(problemsIn('valid', { entities: latin1 })).toEqual([
      `data/entities.csv:2: is not valid UTF-8 (byte 0xE9 at byte ${column} of the line); the file was probably saved as Windows-1252 or Latin-1 — save it as UTF-8`,
    ]);
  });

  it('a UTF-16 file', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,name\n', 'utf16le')]);
    expect(problemsIn('valid', { sources: utf16 })).toEqual([
      'data/sources.csv:1: the file is UTF-16; save it as UTF-8 (in a spreadsheet: "CSV UTF-8")',
    ]);
  });

  it('unsorted rows, once, at the first row out of place', () => {
    expect(problemsIn('unsorted')).toEqual([
      "data/entities.csv:3:1 [beijing-sukbakso] id: rows must be sorted by id, but 'beijing-sukbakso' comes after 'hunchun-pagoda' (line 2) (run `nkscreen-dataset validate --fix`)",
    ]);
  });

  it('two entities whose names normalise to the same key', () => {
    expect(problemsIn('name-clash')).toEqual([
      "data/entities.csv:4:3 [korea-namgang-trading-corporation] aliases: 'Beijing Sukbakso.' is the same name as 'Beijing Sukbakso' (name of [beijing-sukbakso], line 2) once case, marks and punctuation are ignored; two entities cannot share a name — merge the rows or drop one spelling",
    ]);
  });

  it('delisted_on without status delisted', () => {
    expect(problemsIn('delisted-on-without-delisted')).toEqual([
      "data/entities.csv:2:14 [beijing-sukbakso] delisted_on: is set but status is 'active'; set status to delisted or clear delisted_on",
    ]);
  });

  it('a source with neither a date nor a reason it is undated, and one with both', () => {
    const sources = readFixture('valid', 'sources.csv')
      .toString('utf8')
      .replace(',2020-01-16,news,en,', ',,news,en,')
      .replace(',2020-01-14,government,en,', ',2020-01-14,government,en,date on the page');
    expect(problemsIn('valid', { sources })).toEqual([
      'data/sources.csv:3:5 [hani-2020-01-16-namgang] published_on: is empty and undated_reason is too; give the publication date (YYYY-MM-DD), or say in undated_reason why it is unknown',
      'data/sources.csv:4:8 [ust-2020-01-14-namgang] undated_reason: is set but the source is dated; clear undated_reason or published_on',
    ]);
  });

  it('accepts an undated source that says why', () => {
    const sources = readFixture('valid', 'sources.csv')
      .toString('utf8')
      .replace(',2020-01-16,news,en,', ',,news,en,date not shown on the copy read');
    const result = validateDataset(createFixtureDir('valid', { sources }));
    expect(
      result.ok && result.data.sources.find((source) => source.id === 'hani-2020-01-16-namgang'),
    ).toMatchObject({ undatedReason: 'date not shown on the copy read' });
  });

  it('a blank line between rows, and a stray byte-order mark inside a cell, as fixable', () => {
    const valid = readFixture('valid', 'entities.csv').toString('utf8');
    const entities = valid
      .replace('\nhunchun-pagoda,', '\n\nhunchun-pagoda,')
      .replace(',CN,company', ',\uFEFFCN,company');
    expect(problemsIn('valid', { entities })).toEqual([
      'data/entities.csv:3: blank line between rows; delete it (run `nkscreen-dataset validate --fix`)',
      'data/entities.csv:4:5 [hunchun-pagoda] countries: contains an invisible byte-order mark or zero-width space; delete it (run `nkscreen-dataset validate --fix`)',
    ]);
  });

  it('a missing data file, saying where it looked', () => {
    const dir = createFixtureDir('valid');
    const result = validateDataset(`${dir}/nowhere`);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : formatIssues(result.issues)).toMatch(
      /^data\/entities\.csv:1: not found in /,
    );
  });
});

describe('validateDataset reports every problem in one run', () => {
  it('lists all problems of both files together, in file and line order', () => {
    expect(problemsIn('many-problems')).toEqual([
      "data/entities.csv:2:11 [beijing-sukbakso] listed_on: '2020-13-01' is not a real calendar date; check the day and month (YYYY-MM-DD)",
      "data/entities.csv:3:5 [hunchun-pagoda] countries: unknown country code 'ZZ'; expected an ISO 3166-1 alpha-2 code such as KP, CN or RU",
      "data/entities.csv:3:13 [hunchun-pagoda] status: expected one of active, delisted, historical, found 'gone'",
      "data/entities.csv:4:18 [korea-namgang-trading-corporation] source_ids: cites 'nope', which is not an id in data/sources.csv; add that source or correct the id",
      "data/sources.csv:3:4 [hani-2020-01-16-namgang] url: 'http://english.hani.co.kr/arti/english_edition/e_northkorea/924730.html' uses http; link the https:// address of the same document",
      "data/sources.csv:3:7 [hani-2020-01-16-namgang] language: unknown language code 'english'; expected a lower-case ISO 639-1 code such as en, ko, zh, ru or ja",
    ]);
  });

  it('counts physical lines, so a row after a multi-line cell keeps its real line number', () => {
    const entities = readFixture('valid', 'entities.csv')
      .toString('utf8')
      .replace('"Seafood processor in Hunchun,', '"Seafood processor\nin Hunchun,')
      .replace(',KP,company', ',KP|XX,company');
    expect(problemsIn('valid', { entities })).toEqual([
      'data/entities.csv:3:16 [hunchun-pagoda] summary: contains a line break; write the cell on one line',
      "data/entities.csv:5:5 [korea-namgang-trading-corporation] countries: unknown country code 'XX'; expected an ISO 3166-1 alpha-2 code such as KP, CN or RU",
    ]);
  });
});
