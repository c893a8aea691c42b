import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { createMatcher } from './matcher.js';

const matcher = createMatcher(
  compileIndex([
    { id: 'crist', name: 'Crist S.A.' },
    { id: 'alson', name: 'Alson' },
    { id: 'ntc', name: 'Korea Namgang Trading Corporation', aliases: ['조선남강무역회사'] },
    { id: 'paekho', name: 'Korea Paekho Trading Corporation' },
    { id: 'sobaeksu', name: 'Korea Sobaeksu Trading Company' },
    { id: 'intellekt', name: 'Intellekt LLC' },
    { id: 'silverstar', name: 'Yanbian Silverstar Network Technology Co., Ltd.' },
    {
      id: 'dalpiterstroy',
      name: 'SK Dalpiterstroy',
      aliases: ['Dalpiterstroy', 'CK Dalpiterstroi'],
    },
  ]),
);
const found = (name: string) => matcher.matchName(name).map((m) => `${m.entityId} ${m.band}`);

describe('a short distinctive word matched only by a near spelling', () => {
  it('is not reported when it is the only distinctive word, alone or among company words', () => {
    for (const name of ['Christ', 'Crust', 'Alton', 'Alton Co., Ltd.', 'NAMYANG CORPORATION'])
      expect(found(name), name).toEqual([]);
  });

  it('is not reported when a Hangul reading lands on a different word', () => {
    expect(found('남양')).toEqual([]);
  });

  it('is not reported when a romanisation fold of Latin letters leaves a short skeleton', () => {
    expect(found('Beko')).toEqual([]);
    expect(found('PECO')).toEqual([]);
    expect(found('Krist')).toEqual([]);
  });
});

describe('near spellings that stay', () => {
  it('find a short word written as listed, in any case', () => {
    expect(found('CRIST S.A.')[0]).toBe('crist match');
    expect(found('Alson')[0]).toBe('alson match');
    expect(found('남강')[0]).toMatch(/^ntc /);
  });

  it('find a long word one romanisation fold away', () => {
    expect(found('Sobaegsu')[0]).toMatch(/^sobaeksu /);
    expect(found('Intellect LLC')[0]).toMatch(/^intellekt /);
  });

  it('find a short word one edit away with one company word, for review only', () => {
    expect(found('Namyang Trading')[0]).toBe('ntc review');
  });

  it('find a misspelt word when another distinctive word agrees', () => {
    expect(found('Yanbian Silverstr Network Technology')[0]).toMatch(/^silverstar /);
    expect(found('Korea Paekho Tradng Corporation')[0]).toBe('paekho match');
    expect(found('Korea Namgnag Trading Corporation')[0]).toBe('ntc match');
  });
});

describe('a word written as listed in one alias', () => {
  it('is also read as a near spelling of the other aliases', () => {
    // For review: a misspelling of the only distinctive word of a short name is never a match on its own.
    expect(found('Dalpiterstroi')[0]).toBe('dalpiterstroy review');
    expect(found('DALPITERSTROI LLC')[0]).toBe('dalpiterstroy review');
  });
});

describe('a listed word left alone after its place is dropped', () => {
  const placed = createMatcher(
    compileIndex([
      { id: 'pagoda', name: 'Hunchun Pagoda', countries: ['CN'] },
      { id: 'silverstar', name: 'China Silver Star' },
      { id: 'sinjin', name: 'Korea Sinjin Trading Corporation', aliases: ['朝鮮新進貿易会社'] },
    ]),
  );
  const band = (name: string, context?: object) => placed.matchName(name, { context })[0]?.band;

  it('reaches review at most, in Latin and in CJK', () => {
    expect(band('Pagoda')).toBe('review');
    expect(band('PAGODA')).toBe('review');
    expect(band('新进')).toBe('review');
    expect(band('Silver Star')).toBe('review');
  });

  it('is a match with its place, a company word or a corroborating context', () => {
    expect(band('Hunchun Pagoda')).toBe('match');
    expect(band('China Silver Star')).toBe('match');
    expect(band('新进贸易')).toBe('match');
    expect(band('朝鲜新进')).toBe('match');
    expect(band('Pagoda', { countries: ['China'] })).toBe('match');
  });
});
