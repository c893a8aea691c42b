import { describe, expect, it } from 'vitest';
import { readFixture } from '../test/fixture-dir.js';
import { maxCellLength, maxIdLength } from './check-hostile-cells.js';
import { formatIssues } from './format-issues.js';
import { validateDatasetFiles } from './validate-dataset.js';

const entities = readFixture('valid', 'entities.csv').toString('utf8');
const sources = readFixture('valid', 'sources.csv').toString('utf8');

/** The validator's messages after `edit` rewrites one file of the valid fixture. */
function problemsAfter(file: 'entities' | 'sources', edit: (text: string) => string): string[] {
  const edited = edit(file === 'entities' ? entities : sources);
  expect(edited).not.toBe(file === 'entities' ? entities : sources);
  const result = validateDatasetFiles(
    file === 'entities' ? { entities: edited, sources } : { entities, sources: edited },
  );
  expect(result.ok).toBe(false);
  return result.ok ? [] : formatIssues(result.issues).split('\n');
}

describe('the validator rejects what must never ship, naming file, line and column', () => {
  it('a date in the future', () => {
    expect(problemsAfter('entities', (t) => t.replace('2020-01-14', '2099-01-14'))).toEqual([
      expect.stringMatching(
        /^data\/entities\.csv:2:11 \[beijing-sukbakso\] listed_on: 2099-01-14 is in the future/,
      ),
    ]);
    expect(
      problemsAfter('sources', (t) =>
        t.replace('2017-10-04,investigation', '2099-10-04,investigation'),
      ),
    ).toEqual([
      expect.stringMatching(/^data\/sources\.csv:2:5 .*published_on: 2099-10-04 is in the future/),
    ]);
  });

  it(`a cell longer than ${maxCellLength} characters, once, without echoing it`, () => {
    const huge = 'x'.repeat(50_000);
    const problems = problemsAfter('entities', (t) =>
      t.replace('Seafood processor in Hunchun', huge),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^data\/entities\.csv:3:16 \[hunchun-pagoda\] summary: is 50\d{3} characters long; a cell holds at most 2000/,
      ),
    ]);
    expect(problems[0]?.length).toBeLessThan(300);
  });

  it(`an id longer than ${maxIdLength} characters`, () => {
    const id = `beijing-${'a'.repeat(150)}`;
    expect(
      problemsAfter('entities', (t) => t.replace('beijing-sukbakso,', `${id},`)),
    ).toContainEqual(
      expect.stringMatching(
        /^data\/entities\.csv:2:1 .* id: is 158 characters long; an id holds at most 100/,
      ),
    );
  });

  it.each([
    ['=HYPERLINK("https://evil.example","click")', '='],
    ['+1 555 call', '+'],
    ['@SUM(A1)', '@'],
    ['-2+3+cmd', '-'],
  ])('a spreadsheet formula cell %s', (formula, start) => {
    const problems = problemsAfter('entities', (t) =>
      t.replace('Hunchun Pagoda Industry Co. Ltd.', `"${formula.replaceAll('"', '""')}"`),
    );
    expect(problems).toContainEqual(
      expect.stringContaining(
        `data/entities.csv:3:3 [hunchun-pagoda] aliases: '${formula.slice(0, 40)}' starts with '${start}'`,
      ),
    );
  });

  it('keeps a negative number and a hyphen inside a value', () => {
    const result = validateDatasetFiles({
      entities: entities.replace('Seafood processor', 'Sea-food -1 processor'),
      sources,
    });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['https://user:secret@english.hani.co.kr/a.html', /user name or password/],
    ['https://203.0.113.9/report.html', /'203\.0\.113\.9' is a bare IP address/],
    ['https://[2001:db8::1]/report.html', /bare IP address/],
    ['https://english.hаni.co.kr/a.html', /mixes Latin letters with look-alike letters/],
    ['https://xn--pple-43d.com/a.html', /mixes Latin letters/],
  ])('a source address %s', (url, message) => {
    const problems = problemsAfter('sources', (t) =>
      t.replace('https://english.hani.co.kr/arti/english_edition/e_northkorea/924730.html', url),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^data\/sources\.csv:3:4 \[hani-2020-01-16-namgang\] url: /),
    ]);
    expect(problems[0]).toMatch(message);
  });

  it.each(['\u202E', '\u2066', '\u200F', '\u001B[2K', '\u0007'])(
    'a bidi-override or control character (%j) in a name',
    (character) => {
      expect(
        problemsAfter('entities', (t) =>
          t.replace('Beijing Sukbakso,', `Beijing${character}Sukbakso,`),
        ),
      ).toContainEqual(
        expect.stringMatching(
          /^data\/entities\.csv:2:2 \[beijing-sukbakso\] name: contains a control or bidirectional-override/,
        ),
      );
    },
  );

  it.each(['Co., Ltd.', 'LLC', 'Sp. z o.o.', 'ООО', '有限公司'])(
    'a name that is only a legal form: %s',
    (form) => {
      expect(
        problemsAfter('entities', (t) => t.replace('Beijing Sukbakso,', `"${form}",`)),
      ).toContainEqual(
        expect.stringContaining(
          `data/entities.csv:2:2 [beijing-sukbakso] name: '${form}' is only a legal form`,
        ),
      );
    },
  );

  it('both files emptied to their headers: 0 entities is an error, not "valid"', () => {
    const result = validateDatasetFiles({
      entities: `${entities.split('\n')[0]}\n`,
      sources: `${sources.split('\n')[0]}\n`,
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : formatIssues(result.issues)).toMatch(
      /^data\/entities\.csv:1: holds no rows, only its header; a release needs at least one entity/,
    );
  });
});
