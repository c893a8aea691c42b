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
    expect(found('Intellect')[0]).toMatch(/^intellekt /);
  });

  it('find a misspelt word when another distinctive word agrees', () => {
    expect(found('Yanbian Silverstr Network Technology')[0]).toMatch(/^silverstar /);
    expect(found('Korea Paekho Tradng Corporation')[0]).toBe('paekho match');
  });
});

describe('a word written as listed in one alias', () => {
  it('is also read as a near spelling of the other aliases', () => {
    expect(found('Dalpiterstroi')[0]).toBe('dalpiterstroy match');
    expect(found('DALPITERSTROI LLC')[0]).toBe('dalpiterstroy match');
  });
});
