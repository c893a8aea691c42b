import { describeEvidence, roleLabels, tierLabels, type Entity } from '@nkscreen/dataset';
import { describe, expect, it } from 'vitest';
import { collectFacets, filterEntities, toExplorerEntity } from './explorer-entities';

const labels = { roleLabels, tierLabels, describeEvidence } as const;

function makeEntity(overrides: Partial<Entity>): Entity {
  return {
    id: 'x',
    name: 'X',
    aliases: [],
    weakAliases: [],
    countries: [],
    type: 'company',
    role: 'labour_export_company',
    tier: 'designation',
    listing: 'OFAC SDN',
    identifiers: [],
    status: 'active',
    requires: [],
    summary: 'A summary.',
    claim: 'for sending workers abroad',
    sourceIds: [],
    sources: [],
    ...overrides,
  };
}

const entities = [
  makeEntity({
    id: 'a',
    name: 'Alpha',
    countries: ['KP', 'RU'],
    listedOn: '2017-08-05',
    sourceIds: ['ofac-2017', 'news-2018'],
    sources: [
      {
        id: 'ofac-2017',
        title: 'Treasury designation',
        publisher: 'US Treasury',
        url: 'https://home.treasury.gov/news/press-releases/x',
        publishedOn: '2017-08-05',
        kind: 'government',
        language: 'en',
      },
      {
        id: 'news-2018',
        title: 'A later report',
        publisher: 'A newspaper',
        url: 'https://example.org/report',
        kind: 'news',
        language: 'en',
      },
    ],
  }),
  makeEntity({
    id: 'b',
    name: 'Beta',
    countries: ['CN'],
    tier: 'investigation',
    role: 'supplier_using_dprk_labour',
  }),
  makeEntity({
    id: 'c',
    name: 'Gamma',
    countries: ['RU'],
    status: 'delisted',
    delistedOn: '2020-01-01',
  }),
].map((entity) => toExplorerEntity(entity, labels));

describe('toExplorerEntity', () => {
  it('resolves labels and country names at build time', () => {
    expect(entities[0]).toMatchObject({
      roleLabel: 'Labour-export company',
      tierLabel: 'Sanctions designation',
      statusLabel: 'Active',
      countries: [
        { code: 'KP', name: 'North Korea' },
        { code: 'RU', name: 'Russia' },
      ],
    });
  });
});

describe('toExplorerEntity evidence', () => {
  it('carries the evidence sentence of the dataset and the source it credits, the first cited', () => {
    expect(entities[0]?.evidence).toBe(describeEvidence(makeEntity({ listedOn: '2017-08-05' })));
    expect(entities[0]?.evidence).toContain('for sending workers abroad');
    expect(entities[0]?.bestSource).toEqual({
      title: 'Treasury designation',
      publisher: 'US Treasury',
      url: 'https://home.treasury.gov/news/press-releases/x',
      publishedOn: '2017-08-05',
    });
  });

  it('has no best source when the entity cites none', () => {
    expect(entities[1]?.bestSource).toBeUndefined();
  });
});

describe('filterEntities', () => {
  it('returns everything when no filter is set', () => {
    expect(filterEntities(entities, {}).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(filterEntities(entities, { role: '', tier: '' })).toHaveLength(3);
  });

  it('combines filters with "and"', () => {
    expect(filterEntities(entities, { country: 'RU' }).map((e) => e.id)).toEqual(['a', 'c']);
    expect(filterEntities(entities, { country: 'RU', status: 'active' }).map((e) => e.id)).toEqual([
      'a',
    ]);
    expect(
      filterEntities(entities, { tier: 'investigation', role: 'supplier_using_dprk_labour' }).map(
        (e) => e.id,
      ),
    ).toEqual(['b']);
  });
});

describe('collectFacets', () => {
  it('counts each value that occurs and sorts by label', () => {
    const facets = collectFacets(entities);
    expect(facets.country).toEqual([
      { value: 'CN', label: 'China', count: 1 },
      { value: 'KP', label: 'North Korea', count: 1 },
      { value: 'RU', label: 'Russia', count: 2 },
    ]);
    expect(facets.status.map((o) => o.value)).toEqual(['active', 'delisted']);
  });
});
