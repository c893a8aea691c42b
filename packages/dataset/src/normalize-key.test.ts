import { describe, expect, it } from 'vitest';
import { normalizeKey } from './normalize-key.js';

describe('normalizeKey', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(normalizeKey('Korea Namgang Trading Corp.')).toBe(
      normalizeKey('KOREA NAMGANG TRADING CORP'),
    );
    expect(normalizeKey('Nam-gang')).toBe(normalizeKey('namgang'));
  });

  it('strips marks and folds compatibility forms', () => {
    expect(normalizeKey('Chŏllima')).toBe('chollima');
    expect(normalizeKey('ＫＰＡ')).toBe('kpa');
  });

  it('keeps Hangul and Han characters', () => {
    expect(normalizeKey('남강무역회사')).toBe('남강무역회사');
    expect(normalizeKey('延边 银星')).toBe('延边银星');
  });
});
