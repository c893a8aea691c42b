import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { isNkscreenError } from './errors.js';
import { createMatcher } from './matcher.js';
import { loadIndex, serializeIndex } from './serialize.js';
import type { IndexEntity } from './types.js';

const ENTITIES: readonly IndexEntity[] = [
  { id: 'nauta', name: 'Nauta Shipyard', countries: ['PL'], requires: { countries: ['PL'] } },
  {
    id: 'stroi',
    name: 'Dalpiterstroi LLC',
    countries: ['RU'],
    requires: ['country:RU', 'city:St Petersburg'],
  },
  { id: 'mokran', name: 'Mokran LLC', countries: ['RU', 'KP'] },
  { id: 'plain', name: 'Korea Paekho Trading Corporation' },
];
const matcher = createMatcher(compileIndex(ENTITIES));
const top = (name: string, context?: object) => matcher.matchName(name, { context })[0];

describe('an entity that requires context', () => {
  it('reaches review at most when the caller says nothing about where the name was seen', () => {
    expect(top('Nauta Shipyard')).toMatchObject({
      entityId: 'nauta',
      band: 'review',
      context: { required: true, status: 'missing', evidence: [] },
    });
  });

  it('reaches match when a context country corroborates it, given as a code or a name in any script', () => {
    for (const country of ['PL', 'Poland', 'Polska', '波兰'])
      expect(top('Nauta Shipyard', { countries: [country] })).toMatchObject({
        band: 'match',
        context: { required: true, status: 'corroborated' },
      });
  });

  it('reads countries from free text such as an address', () => {
    const match = top('Nauta Shipyard', { text: 'ul. Władysława IV 1, 81-353 Gdynia, Poland' });
    expect(match).toMatchObject({ band: 'match', context: { status: 'corroborated' } });
    expect(match?.context.evidence.join(' ')).toContain('PL');
  });

  it('stays at review when the context names another country, and says which', () => {
    const match = top('Nauta Shipyard', { countries: ['Italy'] });
    expect(match).toMatchObject({ band: 'review', context: { status: 'contradicted' } });
    expect(match?.context.evidence[0]).toContain('IT');
  });

  it('needs its city when it requires one: the country alone is not enough', () => {
    expect(top('Dalpiterstroi LLC', { countries: ['Russia'] })?.band).toBe('review');
    expect(top('Dalpiterstroi LLC', { cities: ['Saint Petersburg'] })).toMatchObject({
      band: 'match',
      context: { status: 'corroborated', evidence: ['city St Petersburg'] },
    });
    expect(top('Dalpiterstroi LLC', { text: 'Nevsky pr. 1, St. Petersburg, Russia' })?.band).toBe(
      'match',
    );
  });

  it('knows its city in another script or language when the spellings differ by a letter', () => {
    expect(top('Dalpiterstroi LLC', { cities: ['Санкт-Петербург'] })?.band).toBe('match');
    expect(top('Dalpiterstroi LLC', { text: 'г. Санкт-Петербург, Невский пр. 1' })?.band).toBe(
      'match',
    );
    expect(top('Dalpiterstroi LLC', { cities: ['Peterhof'] })?.band).toBe('review');
    expect(top('Dalpiterstroi LLC', { text: 'St Peter Port, Guernsey' })?.band).toBe('review');
  });

  it('applies the same rule to mentions in text', () => {
    const text = 'Supplier: Nauta Shipyard, repairs.';
    expect(matcher.scanText(text)[0]).toMatchObject({ entityId: 'nauta', band: 'review' });
    expect(matcher.scanText(text, { context: { countries: ['PL'] } })[0]?.band).toBe('match');
    expect(matcher.scanText(text, { minBand: 'match' })).toEqual([]);
  });
});

describe('an entity with countries but no requirement', () => {
  it('matches without context, and the context status says so', () => {
    expect(top('Mokran LLC')).toMatchObject({ band: 'match', context: { status: 'none' } });
  });

  it('scores lower when the context names only other countries', () => {
    const plain = top('Mokran LLC')!;
    const elsewhere = top('Mokran LLC', { countries: ['US'] })!;
    expect(elsewhere.score).toBeLessThan(plain.score);
    expect(elsewhere.context.status).toBe('contradicted');
    expect(top('Mokran LLC', { countries: ['KP'] })?.context.status).toBe('corroborated');
  });

  it('is untouched by context when it lists no countries', () => {
    expect(top('Korea Paekho Trading Corporation', { countries: ['US'] })).toMatchObject({
      score: 1,
      context: { status: 'none' },
    });
  });
});

describe('the index', () => {
  it('keeps countries and requirements through serialisation', () => {
    const loaded = createMatcher(loadIndex(serializeIndex(compileIndex(ENTITIES))));
    expect(loaded.matchName('Nauta Shipyard')[0]?.band).toBe('review');
    expect(
      loaded.matchName('Dalpiterstroi LLC', { context: { cities: ['St. Petersburg'] } })[0]?.band,
    ).toBe('match');
  });

  it('rejects a malformed requirement or country with the entity named', () => {
    const bad = [
      { id: 'x', name: 'X Co', requires: ['country:RU', 'town:Moscow'] },
      { id: 'x', name: 'X Co', requires: { countries: ['Russia'] } },
      { id: 'x', name: 'X Co', countries: ['ru'] },
    ];
    for (const entity of bad) {
      let error: unknown;
      try {
        compileIndex([entity as IndexEntity]);
      } catch (caught) {
        error = caught;
      }
      expect(isNkscreenError(error) && error.code === 'INVALID_INPUT' && error.message).toContain(
        '"x"',
      );
    }
  });
});

describe('the context option', () => {
  it('is checked: unknown keys and wrong types are typed errors', () => {
    const bad = [{ country: ['RU'] }, { countries: 'RU' }, { text: 1 }, 'RU'];
    for (const context of bad) {
      expect(() => matcher.matchName('Mokran', { context: context as object })).toThrow(/context/);
      expect(() => matcher.scanText('Mokran', { context: context as object })).toThrow(/context/);
    }
  });
});
