import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { createMatcher } from './matcher.js';

const matcher = createMatcher(
  compileIndex([
    { id: 'sukbakso', name: 'Beijing Sukbakso', aliases: ['北京宿泊所', '北京Sukbakso公司'] },
    {
      id: 'ntc',
      name: 'Korea Namgang Trading Corporation',
      aliases: ['朝鲜Namgang外贸公司', '고려남강무역회사'],
    },
    { id: 'bureau', name: '313 General Bureau', aliases: ['313총국'] },
  ]),
);
const ids = (name: string) => matcher.matchName(name).map((m) => m.entityId);

describe('CJK keys', () => {
  it('never key what is left of a mixed-script alias whose distinctive word is Latin (a place, a trade word)', () => {
    expect(ids('北京市地铁运营有限公司')).toEqual([]);
    expect(ids('北京协和医院')).toEqual([]);
    expect(ids('外贸女装')).toEqual([]);
    expect(matcher.scanText('北京市地铁运营有限公司 外贸女装批发')).toEqual([]);
  });

  it('still find the mixed-script alias itself through its Latin word, and the all-CJK spelling', () => {
    expect(ids('北京Sukbakso公司')[0]).toBe('sukbakso');
    expect(ids('朝鲜Namgang外贸公司')[0]).toBe('ntc');
    expect(ids('北京宿泊所')[0]).toBe('sukbakso');
  });

  it('never key a core that is only a company word or a country prefix (총국 “general bureau”, 고려 “Korea”)', () => {
    expect(ids('총국')).toEqual([]);
    expect(ids('고려')).toEqual([]);
    expect(ids('고려남강무역회사')[0]).toBe('ntc');
  });
});
