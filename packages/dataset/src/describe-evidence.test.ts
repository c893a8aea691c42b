import { describe, expect, it } from 'vitest';
import { describeEvidence } from './describe-evidence.js';
import type { Entity, Source } from './types.js';

const treasury: Source = {
  id: 'ust-2020-01-14-namgang',
  title: 'Treasury Sanctions Entities for Facilitating the Exportation of Workers from North Korea',
  publisher: 'U.S. Department of the Treasury',
  url: 'https://www.marketswired.com/2020/01/14/treasury-sanctions-entities-for-facilitating-the-exportation-of-workers-from-north-korea/',
  publishedOn: '2020-01-14',
  kind: 'government',
  language: 'en',
};

const ap: Source = {
  id: 'ap-2017-10-04-hunchun-seafood',
  title: 'North Korean workers prep seafood going to US stores, restaurants',
  publisher: 'Associated Press',
  url: 'https://mprnews.org/story/2017/10/04/north-korean-workers-prepare-seafood-for-us-stores-restaurants',
  publishedOn: '2017-10-04',
  kind: 'investigation',
  language: 'en',
};

function createEntity(overrides: Partial<Entity>): Entity {
  return {
    id: 'korea-namgang-trading-corporation',
    name: 'Korea Namgang Trading Corporation',
    aliases: [],
    weakAliases: [],
    countries: ['KP'],
    type: 'company',
    role: 'labour_export_company',
    tier: 'designation',
    listing: 'OFAC SDN (E.O. 13722)',
    identifiers: [],
    listedOn: '2020-01-14',
    status: 'active',
    requires: [],
    summary: 'Trading corporation designated for exporting North Korean workers.',
    claim: 'for exporting North Korean workers',
    sourceIds: [treasury.id],
    sources: [treasury],
    ...overrides,
  };
}

describe('describeEvidence', () => {
  it('says a designation "appears in" the named authority\'s listing, with its year, then the claim', () => {
    expect(describeEvidence(createEntity({}))).toBe(
      'Appears in a US Treasury (OFAC) sanctions designation (2020) for exporting North Korean workers.',
    );
  });

  it('words the conduct from the claim the researcher checked, never from the role', () => {
    const listedAmongFour = createEntity({
      role: 'overseas_employer',
      listing: 'ROK MOFA',
      listedOn: '2024-11-01',
      claim:
        "among four entities suspected of involvement in North Korea's dispatch of workers abroad; the coverage does not say what this company itself did",
    });
    const text = describeEvidence(listedAmongFour);
    expect(text).toBe(
      "Appears in a South Korean government sanctions designation (2024) among four entities suspected of involvement in North Korea's dispatch of workers abroad; the coverage does not say what this company itself did.",
    );
    expect(text).not.toMatch(/employing/);
  });

  it('names every authority when a row is on several lists', () => {
    const entity = createEntity({ listing: 'UN 1718 list; OFAC SDN', listedOn: '2017-08-05' });
    expect(describeEvidence(entity)).toBe(
      'Appears in UN Security Council and US Treasury (OFAC) sanctions designations (2017) for exporting North Korean workers.',
    );
  });

  it('quotes an unknown listing rather than guessing its authority', () => {
    const entity = createEntity({ listing: 'Ministry list 12', listedOn: undefined });
    expect(describeEvidence(entity)).toBe(
      'Appears in a sanctions designation (Ministry list 12) for exporting North Korean workers.',
    );
  });

  it('says "named in" a report, by whom and when it was published, and the company\'s answer', () => {
    const entity = createEntity({
      tier: 'investigation',
      role: 'supplier_using_dprk_labour',
      listing: 'AP investigation',
      period: '2017',
      claim: 'as a seafood processor that hired some North Koreans',
      response: 'Denied employing North Korean workers.',
      sources: [ap],
    });
    expect(describeEvidence(entity)).toBe(
      "Named in a 2017 investigation by Associated Press as a seafood processor that hired some North Koreans; the company's response: denied employing North Korean workers.",
    );
  });

  it('never calls investigation or enforcement evidence a sanction', () => {
    for (const tier of ['investigation', 'enforcement'] as const) {
      const text = describeEvidence(
        createEntity({ tier, listing: 'CBP ruling H317249', sources: [ap] }),
      );
      expect(text).not.toMatch(/sanction/i);
      expect(text).toMatch(/^Named in /);
    }
  });

  it('words an enforcement record by its kind and keeps the record name', () => {
    const entity = createEntity({
      tier: 'enforcement',
      role: 'supplier_using_dprk_labour',
      listing: 'CBP ruling H317249',
      listedOn: '2021-03-05',
      claim: 'as the maker of goods US Customs excluded',
    });
    expect(describeEvidence(entity)).toBe(
      'Named in a customs ruling (CBP ruling H317249, 2021) as the maker of goods US Customs excluded.',
    );
  });

  it("shows an enforcement record's span of years with an en dash", () => {
    const entity = createEntity({
      tier: 'enforcement',
      listing: 'CBP detention',
      period: '2020-2021',
    });
    expect(describeEvidence(entity)).toContain('(CBP detention, 2020–2021)');
  });

  it('puts a lifted designation in the past tense with the year it was lifted', () => {
    const entity = createEntity({ status: 'delisted', delistedOn: '2023-06-01' });
    expect(describeEvidence(entity)).toBe(
      'Was listed in a US Treasury (OFAC) sanctions designation (2020) for exporting North Korean workers; delisted in 2023.',
    );
  });

  it('lower-cases a one-letter first word of a response', () => {
    const entity = createEntity({ response: 'A spokesperson denied it' });
    expect(describeEvidence(entity)).toMatch(/response: a spokesperson denied it\.$/);
  });

  it('keeps an acronym at the start of a response as written', () => {
    const entity = createEntity({ response: 'OFAC was asked to reconsider' });
    expect(describeEvidence(entity)).toMatch(/response: OFAC was asked to reconsider\.$/);
  });

  it('credits the first cited source, the original report, and drops the copy host from its name', () => {
    const leiden: Source = {
      ...ap,
      id: 'leiden-2016',
      publisher: 'Leiden University (LeidenAsiaCentre; copy on docslib.org)',
      kind: 'academic',
      publishedOn: '2016-07-06',
    };
    const telegraph: Source = {
      ...ap,
      id: 'telegraph-2016',
      publisher: 'The Telegraph',
      kind: 'news',
      publishedOn: '2016-05-31',
    };
    const entity = createEntity({
      tier: 'investigation',
      claim: 'as a shipyard where North Korean welders worked',
      sources: [leiden, telegraph],
    });
    expect(describeEvidence(entity)).toBe(
      'Named in a 2016 research report by Leiden University as a shipyard where North Korean welders worked.',
    );
  });

  it('calls a government publication what it is rather than an investigation', () => {
    const entity = createEntity({
      tier: 'investigation',
      claim: 'as the bureau that deploys most IT workers abroad',
      sources: [treasury],
    });
    expect(describeEvidence(entity)).toBe(
      'Named in a 2020 government publication by U.S. Department of the Treasury as the bureau that deploys most IT workers abroad.',
    );
  });

  it('falls back to the first publication date it has when the original is undated', () => {
    const undated: Source = { ...ap, publishedOn: undefined };
    const entity = createEntity({ tier: 'investigation', listedOn: undefined, sources: [undated] });
    expect(describeEvidence(entity)).toBe(
      'Named in an investigation by Associated Press for exporting North Korean workers.',
    );
  });
});
