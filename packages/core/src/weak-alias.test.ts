import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { createMatcher } from './matcher.js';
import { loadIndex, serializeIndex } from './serialize.js';
import type { IndexEntity } from './types.js';

const ENTITIES: readonly IndexEntity[] = [
  {
    id: 'paekho',
    name: 'Korea Paekho Trading Corporation',
    weakAliases: ['KPTC', 'Paekho', 'Department 30', 'White Tiger Trading Company'],
    countries: ['KP'],
  },
  {
    id: 'saenal',
    name: 'Korea Saenal Trading Corporation',
    aliases: ['Saenal Trading Corporation'],
    weakAliases: ['Saenal Trading'],
    countries: ['KP'],
  },
  { id: 'osong', name: 'Korea Osong Shipping Corporation', weakAliases: ['Osong'] },
];
const matcher = createMatcher(loadIndex(serializeIndex(compileIndex(ENTITIES))));
const top = (name: string, context?: object) => matcher.matchName(name, { context })[0];

describe('upper-case input', () => {
  it('scores exactly like the same name in any other case, also when a word of it is a weak alias', () => {
    for (const name of ['Korea Paekho Trading Corporation', 'Korea Osong Shipping Corporation']) {
      const titled = top(name)!;
      expect(titled.band).toBe('match');
      expect(top(name.toUpperCase())).toMatchObject({
        entityId: titled.entityId,
        score: titled.score,
      });
      expect(top(name.toLowerCase())).toMatchObject({
        entityId: titled.entityId,
        score: titled.score,
      });
    }
  });
});

describe('a weak alias alone', () => {
  it('reaches review at most: an acronym, a word in any case, a multi-word short form', () => {
    for (const name of [
      'KPTC',
      'Paekho',
      'PAEKHO',
      'paekho',
      'Department 30',
      'DEPARTMENT 30',
      'White Tiger Trading Company',
    ])
      expect(top(name)).toMatchObject({ entityId: 'paekho', band: 'review' });
    expect(top('Paekho LLC')).toMatchObject({ entityId: 'paekho', band: 'review' });
  });

  it('reads an acronym only in capitals', () => {
    expect(matcher.matchName('kptc')).toEqual([]);
  });

  it('reaches match when the context names the entity’s country', () => {
    expect(top('KPTC', { countries: ['DPRK'] })).toMatchObject({
      entityId: 'paekho',
      band: 'match',
      context: { status: 'corroborated' },
    });
    expect(top('Department 30', { text: 'Pyongyang, North Korea' })?.band).toBe('match');
    expect(top('KPTC', { countries: ['US'] })?.band).toBe('review');
  });

  it('does not cap a listed spelling that contains it', () => {
    expect(top('Saenal Trading Corporation')).toMatchObject({ entityId: 'saenal', band: 'match' });
    expect(top('Saenal Trading')).toMatchObject({ entityId: 'saenal', band: 'review' });
  });
});

describe('a weak alias in text', () => {
  const found = (text: string, context?: object) =>
    matcher.scanText(text, { context }).map((m) => [m.span.text, m.band]);

  it('reports a multi-word short form for review, and as a match when the context corroborates it', () => {
    expect(found('Paintings by White Tiger Trading Company were sold.')).toEqual([
      ['White Tiger Trading Company', 'review'],
    ]);
    expect(
      found('Paintings by White Tiger Trading Company were sold.', { countries: ['KP'] }),
    ).toEqual([['White Tiger Trading Company', 'match']]);
  });

  it('reports an acronym only near a full mention or with corroborating context, every time it occurs', () => {
    expect(found('KPTC paid the workers.')).toEqual([]);
    expect(found('KPTC paid the workers.', { countries: ['KP'] })).toEqual([['KPTC', 'match']]);
    expect(
      found('Korea Paekho Trading Corporation hired them; KPTC paid, and KPTC housed them.').map(
        ([t]) => t,
      ),
    ).toEqual(['Korea Paekho Trading Corporation', 'KPTC', 'KPTC']);
  });
});

describe('weak aliases in another script', () => {
  const scripts = createMatcher(
    compileIndex([
      {
        id: 'namgang',
        name: 'Korea Namgang Trading Corporation',
        weakAliases: ['南江貿易'],
        countries: ['KP'],
      },
      {
        id: 'alis',
        name: 'Limited Liability Company Alis',
        weakAliases: ['앨리스'],
        countries: ['RU'],
      },
    ]),
  );

  it('is its entity for review when it is the whole name, in any of its Han forms, never a match alone', () => {
    for (const name of ['南江貿易', '南江贸易'])
      expect(scripts.matchName(name)).toMatchObject([
        { entityId: 'namgang', band: 'review', matchedAlias: name },
      ]);
    expect(scripts.matchName('앨리스')).toMatchObject([{ entityId: 'alis', band: 'review' }]);
  });

  it('reaches match with a context that corroborates its entity', () => {
    expect(scripts.matchName('南江貿易', { context: { countries: ['KP'] } })[0]).toMatchObject({
      entityId: 'namgang',
      band: 'match',
    });
  });

  it('is not the entity when other words are written with it', () => {
    expect(scripts.matchName('앨리스 미용실')).toEqual([]);
  });

  it('is reported in text only beside a full mention of its entity, as one-word weak aliases are', () => {
    expect(scripts.scanText('이상한 나라의 앨리스 (Alice in Wonderland)')).toEqual([]);
    expect(
      scripts
        .scanText('Limited Liability Company Alis (앨리스) hired the workers.')
        .map((m) => m.span.text),
    ).toEqual(['Limited Liability Company Alis', '앨리스']);
  });
});

describe('weak aliases that name a unit by its number', () => {
  const units = createMatcher(
    compileIndex([
      {
        id: 'd53',
        name: "Department 53 of the Ministry of the People's Armed Forces",
        weakAliases: ['Bureau 53'],
      },
    ]),
  );

  it('are read either way round, as the press writes them, and stay weak', () => {
    for (const name of ['Bureau 53', '53 Bureau', 'BUREAU 53'])
      expect(units.matchName(name)).toMatchObject([{ entityId: 'd53', band: 'review' }]);
    expect(units.matchName('54 Bureau')).toEqual([]);
  });
});
