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
    sourceIds: [treasury.id],
    sources: [treasury],
    ...overrides,
  };
}

describe('describeEvidence', () => {
  it('says a designation "appears in" the named authority\'s listing, with its year', () => {
    expect(describeEvidence(createEntity({}))).toBe(
      'Appears in a US Treasury (OFAC) sanctions designation (2020) for exporting North Korean workers.',
    );
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

  it('says "named in" an investigation, by whom, for the years it covers, and the company\'s answer', () => {
    const entity = createEntity({
      tier: 'investigation',
      role: 'supplier_using_dprk_labour',
      listing: 'AP investigation',
      period: '2017',
      response: 'Denied employing North Korean workers.',
      sources: [ap],
    });
    expect(describeEvidence(entity)).toBe(
      "Named in a 2017 investigation by Associated Press as employing North Korean workers; the company's response: denied employing North Korean workers.",
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
    });
    expect(describeEvidence(entity)).toBe(
      'Named in a customs ruling (CBP ruling H317249, 2021) as employing North Korean workers.',
    );
  });

  it('shows a span of years with an en dash', () => {
    const entity = createEntity({ tier: 'investigation', period: '2016-2019', sources: [ap] });
    expect(describeEvidence(entity)).toContain('a 2016–2019 investigation by Associated Press');
  });

  it('puts a lifted designation in the past tense with the year it was lifted', () => {
    const entity = createEntity({ status: 'delisted', delistedOn: '2023-06-01' });
    expect(describeEvidence(entity)).toBe(
      'Was listed in a US Treasury (OFAC) sanctions designation (2020) for exporting North Korean workers; delisted in 2023.',
    );
  });

  it('keeps an acronym at the start of a response as written', () => {
    const entity = createEntity({ response: 'OFAC was asked to reconsider' });
    expect(describeEvidence(entity)).toMatch(/response: OFAC was asked to reconsider\.$/);
  });

  it('credits the first-hand investigation, not a later copy, and drops asides from its name', () => {
    const copy: Source = {
      ...ap,
      id: 'copy',
      publisher: 'Arab News (AP copy)',
      kind: 'news',
      publishedOn: '2017-10-03',
    };
    const original: Source = {
      ...ap,
      publisher: 'Associated Press (Tim Sullivan, Martha Mendoza)',
    };
    const entity = createEntity({
      tier: 'investigation',
      period: '2017',
      sources: [copy, original],
    });
    expect(describeEvidence(entity)).toBe(
      'Named in a 2017 investigation by Associated Press as sending North Korean workers abroad.',
    );
  });

  it('leaves the publisher out rather than credit a government source with an investigation', () => {
    const entity = createEntity({ tier: 'investigation', period: '2019', sources: [treasury] });
    expect(describeEvidence(entity)).toBe(
      'Named in a 2019 investigation as sending North Korean workers abroad.',
    );
  });
});
