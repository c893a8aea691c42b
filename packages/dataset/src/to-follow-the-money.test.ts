import { describe, expect, it } from 'vitest';
import { checkFtmExport } from '../test/check-ftm-entity.js';
import { createFixtureDir } from '../test/fixture-dir.js';
import { loadDataset } from './load-dataset.js';
import { toFollowTheMoney, toFollowTheMoneyJsonl, type FtmEntity } from './to-follow-the-money.js';
import type { Entity } from './types.js';

const fixture = loadDataset(createFixtureDir('valid')).entities;
const [sukbakso, pagoda, namgang] = fixture as [Entity, Entity, Entity];

describe('toFollowTheMoney', () => {
  it('uses only property names and topics that FollowTheMoney defines', () => {
    const variants: Entity[] = [
      ...fixture,
      { ...namgang, id: 'a', type: 'organisation', tier: 'enforcement', response: 'Denied it.' },
      {
        ...namgang,
        id: 'b',
        type: 'government_body',
        identifiers: ['un:KPe.045', 'uscc:91222401MA0Y31E659'],
      },
      { ...namgang, id: 'c', status: 'delisted', delistedOn: '2024-01-01' },
    ];
    expect(checkFtmExport(toFollowTheMoney(variants))).toEqual([]);
  });

  it('maps a designated company to a Company with names, weak aliases, countries and topics', () => {
    const [company, sanction] = toFollowTheMoney([namgang]);
    expect(company).toMatchObject({
      id: 'nkscreen-korea-namgang-trading-corporation',
      schema: 'Company',
      properties: {
        name: ['Korea Namgang Trading Corporation'],
        alias: ['Namgang Trading Corporation', '남강무역회사'],
        weakAlias: ['NTC'],
        country: ['kp'],
        topics: ['sanction', 'forced.labor'],
      },
    });
    // createdAt is when the company was founded; the listing date belongs on the Sanction alone.
    expect(company?.properties).not.toHaveProperty('createdAt');
    expect(sanction).toMatchObject({
      schema: 'Sanction',
      properties: {
        entity: ['nkscreen-korea-namgang-trading-corporation'],
        authorityId: ['27383'],
        listingDate: ['2020-01-14'],
        status: ['Active'],
      },
    });
  });

  it('never gives investigation evidence the sanction topic, and adds no Sanction entity', () => {
    const entities = toFollowTheMoney([pagoda]);
    expect(entities).toHaveLength(1);
    expect(entities[0]?.properties.topics).toEqual(['export.risk', 'forced.labor']);
  });

  it('maps a facility to LegalEntity and keeps every source link', () => {
    const [facility] = toFollowTheMoney([sukbakso]);
    expect(facility?.schema).toBe('LegalEntity');
    expect(facility?.properties.sourceUrl).toEqual(sukbakso.sources.map((source) => source.url));
  });

  it('writes one JSON entity per line', () => {
    const lines = toFollowTheMoneyJsonl(fixture).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.map((line) => (JSON.parse(line) as FtmEntity).schema)).toEqual([
      'LegalEntity',
      'Sanction',
      'Company',
      'Company',
      'Sanction',
    ]);
  });

  it('keeps every identifier: wallets as CryptoWallets held by the entity, list ids on their Sanctions', () => {
    const listed: Entity = {
      ...namgang,
      listing: 'OFAC SDN (E.O. 13722); UN 1718 Committee (2017-08-05)',
      identifiers: [
        'ofac:20578',
        'un:KPe.050',
        'trx:TLxExampleAddressNotRealButWellFormed1',
        'cd_rccm:CD/LSH/RCCM/18-B-00029',
      ],
    };
    const exported = toFollowTheMoney([listed]);
    expect(checkFtmExport(exported)).toEqual([]);
    const wallet = exported.find((entity) => entity.schema === 'CryptoWallet');
    expect(wallet?.properties).toMatchObject({
      publicKey: ['TLxExampleAddressNotRealButWellFormed1'],
      currency: ['TRX'],
      holder: ['nkscreen-korea-namgang-trading-corporation'],
    });
    const sanctions = exported.filter((entity) => entity.schema === 'Sanction');
    expect(sanctions.map((sanction) => sanction.properties.authority?.[0])).toEqual([
      'US Treasury Office of Foreign Assets Control',
      'United Nations Security Council',
    ]);
    expect(sanctions[0]?.properties).toMatchObject({ authorityId: ['20578'], country: ['us'] });
    expect(sanctions[1]?.properties).toMatchObject({ unscId: ['KPe.050'] });
    expect(exported[0]?.properties.registrationNumber).toEqual(['CD/LSH/RCCM/18-B-00029']);
  });

  it('writes one Sanction per authority and programme, each with its own programme and dates', () => {
    const listed: Entity = {
      ...namgang,
      listing: 'OFAC SDN (E.O. 13722; NKSPEA); UN 1718 Committee (2017-08-05)',
      identifiers: ['ofac:20578', 'un:KPe.050'],
      listedOn: '2016-12-02',
    };
    const sanctions = toFollowTheMoney([listed]).filter((entity) => entity.schema === 'Sanction');
    expect(checkFtmExport([toFollowTheMoney([listed])[0] as FtmEntity, ...sanctions])).toEqual([]);
    expect(
      sanctions.map(({ id, properties }) => ({
        id,
        program: properties.program,
        listingDate: properties.listingDate,
        startDate: properties.startDate,
        authorityId: properties.authorityId,
        unscId: properties.unscId,
      })),
    ).toEqual([
      {
        id: 'nkscreen-korea-namgang-trading-corporation-sanction-ofac-e-o-13722',
        program: ['OFAC SDN (E.O. 13722)'],
        listingDate: ['2016-12-02'],
        startDate: ['2016-12-02'],
        authorityId: ['20578'],
        unscId: undefined,
      },
      {
        id: 'nkscreen-korea-namgang-trading-corporation-sanction-ofac-nkspea',
        program: ['OFAC SDN (NKSPEA)'],
        listingDate: ['2016-12-02'],
        startDate: ['2016-12-02'],
        authorityId: ['20578'],
        unscId: undefined,
      },
      {
        id: 'nkscreen-korea-namgang-trading-corporation-sanction-un',
        program: ['UN 1718 Committee'],
        listingDate: ['2017-08-05'],
        startDate: ['2017-08-05'],
        authorityId: undefined,
        unscId: ['KPe.050'],
      },
    ]);
  });

  it("leaves a later authority's Sanction undated when the row does not give its date, never misdated", () => {
    const listed: Entity = { ...namgang, listing: 'OFAC SDN (E.O. 13687); EU' };
    const [ofac, eu] = toFollowTheMoney([listed]).filter((entity) => entity.schema === 'Sanction');
    expect(ofac?.properties.listingDate).toEqual(['2020-01-14']);
    expect(eu?.properties).toMatchObject({
      authority: ['Council of the European Union'],
      program: ['EU'],
    });
    expect(eu?.properties).not.toHaveProperty('listingDate');
    expect(eu?.properties).not.toHaveProperty('startDate');
  });

  it('keeps a list id whose authority the listing cell does not name, on an undated Sanction of its own', () => {
    const listed: Entity = { ...namgang, identifiers: ['ofac:27383', 'un:KPe.050'] };
    const sanctions = toFollowTheMoney([listed]).filter((entity) => entity.schema === 'Sanction');
    expect(sanctions[1]?.properties).toMatchObject({
      authority: ['United Nations Security Council'],
      unscId: ['KPe.050'],
    });
    expect(sanctions[1]?.properties).not.toHaveProperty('listingDate');
  });

  it('ends every Sanction of a delisted row on its delisting date', () => {
    const lifted: Entity = { ...namgang, status: 'delisted', delistedOn: '2024-01-01' };
    const [sanction] = toFollowTheMoney([lifted]).filter((entity) => entity.schema === 'Sanction');
    expect(sanction?.properties).toMatchObject({ status: ['Inactive'], endDate: ['2024-01-01'] });
  });

  it("is checked against the field's own model, which catches what the export must never write", () => {
    const [company] = toFollowTheMoney([namgang]) as [FtmEntity];
    const broken: FtmEntity[] = [
      {
        ...company,
        properties: { ...company.properties, country: ['north korea'], colour: ['red'] },
      },
      { ...company, id: 'x-sanction', schema: 'Sanction', properties: { entity: ['nowhere'] } },
    ];
    expect(checkFtmExport(broken)).toEqual([
      'nkscreen-korea-namgang-trading-corporation: country: not a known country: north korea',
      'nkscreen-korea-namgang-trading-corporation: Company has no property colour',
      'x-sanction: entity: refers to an entity not in the export: nowhere',
    ]);
  });
});
