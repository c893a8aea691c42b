import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { findHanParts, writesHanParts } from './han-parts.js';
import { createMatcher } from './matcher.js';
import { FIXTURE_ENTITIES } from './test-fixtures.js';

const matcher = createMatcher(
  compileIndex([{ id: 'sukbakso', name: 'Beijing Sukbakso', aliases: ['北京Sukbakso公司'] }]),
);
const best = (name: string) => matcher.matchName(name)[0];

describe('mixed-script aliases', () => {
  it('keep the Han written before and after their Latin words', () => {
    const alias = compileIndex([{ id: 'x', name: '朝鲜Namgang外贸公司' }]).data.aliases[0]!;
    expect(findHanParts(alias)).toEqual({ before: '朝鲜', after: '外贸公司' });
    expect(findHanParts(compileIndex([{ id: 'y', name: 'Mokran LLC' }]).data.aliases[0]!)).toBe(
      undefined,
    );
  });

  it('are written in full only with their Han around the Latin words, spaces and old forms allowed', () => {
    const parts = { before: '北京', after: '公司' };
    expect(writesHanParts('由北京 Sukbakso 公司提供', 4, 12, parts)).toBe(true);
    expect(writesHanParts('Sukbakso restaurants', 0, 8, parts)).toBe(false);
  });

  it('read from their Latin words alone are a name for review, not a match', () => {
    expect(best('北京Sukbakso公司')).toMatchObject({ entityId: 'sukbakso', band: 'match' });
    expect(best('Sukbakso')).toMatchObject({ entityId: 'sukbakso', band: 'review' });
    expect(matcher.scanText('Sukbakso restaurant chain opens').map((m) => m.band)).not.toContain(
      'match',
    );
    expect(matcher.scanText('由北京 Sukbakso 公司提供')).toMatchObject([
      { entityId: 'sukbakso', band: 'match' },
    ]);
  });

  it('read from one Latin word in running text, are reported only beside a full mention or with a corroborating context', () => {
    // The fixtures' NTC with its Chinese spelling, which writes the name's one distinctive word in Latin letters.
    const fixture = FIXTURE_ENTITIES.find((e) => e.id === 'ntc')!;
    const mixed = {
      ...fixture,
      aliases: [...fixture.aliases!, '朝鲜Namgang外贸公司'],
      countries: ['KP'],
    };
    const ntc = createMatcher(compileIndex([mixed]));
    // The Namgang is also a river in Jinju, South Korea.
    expect(ntc.scanText('The Namgang river flows through Jinju.')).toEqual([]);
    expect(
      ntc.scanText('Korea Namgang Trading Corporation sent workers; Namgang also runs hotels.'),
    ).toMatchObject([
      { entityId: 'ntc', span: { text: 'Korea Namgang Trading Corporation' } },
      { entityId: 'ntc', band: 'review', span: { text: 'Namgang' } },
    ]);
    expect(
      ntc.scanText('Namgang workers arrived.', { context: { countries: ['KP'] } }),
    ).toMatchObject([{ entityId: 'ntc', span: { text: 'Namgang' } }]);
    expect(ntc.scanText('公司名称：朝鲜Namgang外贸公司')).toMatchObject([
      { entityId: 'ntc', band: 'match' },
    ]);
  });
});
