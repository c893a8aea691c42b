import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createFixtureDir } from '../test/fixture-dir.js';
import { compareWithLists } from './compare-with-lists.js';
import { formatListsReport } from './format-lists-report.js';
import { loadDataset } from './load-dataset.js';
import { readOfficialLists } from './read-official-lists.js';

const list = (name: string) =>
  fileURLToPath(new URL(`../test/fixtures/lists/${name}`, import.meta.url));
const ofacTrio = ['alt.csv', 'sdn.csv', 'add.csv'].map(list);

describe('reading official lists as published', () => {
  it('joins OFAC sdn.csv with its a.k.a.s (alt.csv) and countries (add.csv), in any argument order', () => {
    const namgang = readOfficialLists(ofacTrio).find((entry) => entry.id === 'ofac:27383');
    expect(namgang).toEqual({
      id: 'ofac:27383',
      list: 'OFAC SDN',
      name: 'KOREA NAMGANG TRADING CORPORATION',
      aliases: ['DPRK NAMGANG TRADING COMPANY'],
      programs: ['DPRK3', 'DPRK-NKSPEA'],
      countries: ['Korea, North'],
    });
  });

  it('reads the UN consolidated XML and OpenSanctions FtM lines', () => {
    const [mansudae] = readOfficialLists([list('consolidated.xml')]);
    expect(mansudae).toMatchObject({
      id: 'un:KPe.050',
      name: 'MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES',
      aliases: ['Mansudae Art Studio'],
      programs: ['DPRK'],
    });
    const fromFtm = readOfficialLists([list('opensanctions.ftm.jsonl')]);
    expect(fromFtm.find((entry) => entry.id === 'ofac:27383')?.aliases).toEqual([
      'DPRK NAMGANG TRADING COMPANY',
    ]);
  });
});

describe('comparing the dataset with the lists', () => {
  const listed = readOfficialLists([...ofacTrio, list('consolidated.xml')]);

  it('names each listed spelling a designated row lacks, a row holding a listed name without its id, and DPRK candidates', () => {
    const { entities } = loadDataset(createFixtureDir('valid'));
    const [sukbakso, pagoda, namgang] = entities;
    if (!sukbakso || !pagoda || !namgang) throw new Error('fixture changed');
    const withoutAka = { ...namgang, aliases: ['Namgang Trading Corporation'] };
    const report = compareWithLists([sukbakso, pagoda, withoutAka], listed);
    expect(report.checked).toEqual([
      {
        entity: 'korea-namgang-trading-corporation',
        identifier: 'ofac:27383',
        missingSpellings: ['DPRK NAMGANG TRADING COMPANY'],
      },
    ]);
    // The trimmed fixture does not hold Sukbakso's record: reported, with the caveat in the text.
    expect(report.removed).toEqual([{ entity: 'beijing-sukbakso', identifier: 'ofac:27254' }]);
    expect(report.candidates.map((entry) => entry.id)).toContain('ofac:22323');
    expect(report.candidates.map((entry) => entry.id)).not.toContain('ofac:27383');
    expect(report.candidates.every((entry) => entry.programs.some((p) => /DPRK/.test(p)))).toBe(
      true,
    );

    const unnumbered = { ...pagoda, name: 'Korea Computer Center', aliases: [] };
    expect(compareWithLists([unnumbered], listed).identifierMismatches).toEqual([
      { entity: 'hunchun-pagoda', identifier: 'ofac:22323', listedName: 'KOREA COMPUTER CENTER' },
    ]);
    expect(formatListsReport(report)).toContain(
      'korea-namgang-trading-corporation (ofac:27383): "DPRK NAMGANG TRADING COMPANY"',
    );
  });
});

// The project's own rows against the list fixtures derived from the research snapshot
// (scripts/derive-list-fixtures.mjs); CI has no ../shared, so the committed fixtures stand in for it.
describe('data/entities.csv against the official lists', () => {
  const { entities } = loadDataset(fileURLToPath(new URL('..', import.meta.url)));
  const designated = entities.filter((entity) => entity.tier === 'designation');
  const report = compareWithLists(
    designated,
    readOfficialLists([...ofacTrio, list('consolidated.xml')]),
  );

  it('gives every designated row the OFAC ent_num and UN reference of each listed entry that names it', () => {
    expect(report.identifierMismatches).toEqual([]);
  });

  it('holds, on every row citing a listed entry, its listed name and every a.k.a.', () => {
    expect(report.checked.filter((check) => check.missingSpellings.length > 0)).toEqual([]);
    expect(report.checked.length).toBeGreaterThan(0);
  });

  it('gives every row listed by OFAC or the UN that list’s identifier', () => {
    const lacking = designated.flatMap((entity) =>
      [
        { pattern: /\bOFAC\b|\bSDN\b/, scheme: 'ofac:' },
        { pattern: /\bUN\b|1718/, scheme: 'un:' },
      ]
        .filter(({ pattern }) => pattern.test(entity.listing))
        .filter(({ scheme }) => !entity.identifiers.some((id) => id.startsWith(scheme)))
        .map(({ scheme }) => `${entity.id} lacks ${scheme}`),
    );
    expect(lacking).toEqual([]);
  });
});
