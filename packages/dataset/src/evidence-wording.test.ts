import { describe, expect, it } from 'vitest';
import { evidenceWording } from './evidence-wording.js';

const { authorities, enforcementKinds, withoutAsides, formatPeriod } = evidenceWording;
const authoritiesOf = (listing: string) =>
  authorities.filter((authority) => authority.pattern.test(listing)).map(({ key }) => key);

describe('evidenceWording', () => {
  it('finds every authority a listing cell names, by a key that stays the same for translations', () => {
    expect(authoritiesOf('OFAC SDN (E.O. 13687); ROK MOFA (2024-04-02)')).toEqual(['ofac', 'rok']);
    expect(authoritiesOf('OFAC SDN (E.O. 13722); UN 1718 Committee (2017-08-05)')).toEqual([
      'un',
      'ofac',
    ]);
    expect(authorities.map(({ key }) => key)).toEqual([
      'un',
      'ofac',
      'state',
      'eu',
      'uk',
      'rok',
      'japan',
      'australia',
    ]);
  });

  it('names the first enforcement kind a listing matches', () => {
    const kindOf = (listing: string) =>
      enforcementKinds.find((kind) => kind.pattern.test(listing))?.key;
    expect(kindOf('CBP ruling HQ H317249')).toBe('ruling');
    expect(kindOf('CBP withhold release order')).toBe('detention');
    expect(kindOf('DOJ indictment (court filing)')).toBe('indictment');
    expect(kindOf('AP investigation')).toBeUndefined();
  });

  it('drops nested asides and writes a span of years with an en dash', () => {
    expect(withoutAsides('Associated Press (via WTOP (Wayback Machine copy))')).toBe(
      'Associated Press',
    );
    expect(formatPeriod('2016-2019')).toBe('2016–2019');
    expect(formatPeriod('2017')).toBe('2017');
    expect(formatPeriod(undefined)).toBeUndefined();
  });

  it('cannot be changed by a consumer', () => {
    expect(Object.isFrozen(evidenceWording)).toBe(true);
  });
});
