import { describe, expect, it } from 'vitest';
import { describeCountry, describeRequirement } from './country-names';

describe('describeCountry', () => {
  it('names ISO codes in English and passes unknown ones through', () => {
    expect(describeCountry('KP')).toBe('North Korea');
    expect(describeCountry('ru')).toBe('Russia');
    expect(describeCountry('not-a-code')).toBe('not-a-code');
  });
});

describe('describeRequirement', () => {
  it('spells out country and city hints', () => {
    expect(describeRequirement('country:RU')).toBe('country Russia (RU)');
    expect(describeRequirement('city:Vladivostok')).toBe('city Vladivostok');
    expect(describeRequirement('odd')).toBe('odd');
  });
});
