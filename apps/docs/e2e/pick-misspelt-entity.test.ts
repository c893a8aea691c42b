import { describe, expect, it } from 'vitest';
import { misspell } from './pick-misspelt-entity';

describe('misspell', () => {
  it('drops the middle letter of the longest distinctive word', () => {
    expect(misspell('Korea Namgang Trading Corporation')).toBe('Korea Namang Trading Corporation');
    expect(misspell('Mansudae Overseas Project Group of Companies')).toBe(
      'Mansdae Overseas Project Group of Companies',
    );
  });

  it('leaves names without a long distinctive Latin word alone', () => {
    expect(misspell('MOP Co')).toBeUndefined();
    expect(misspell('Korea Trading Corporation')).toBeUndefined();
    expect(misspell('조선남강무역회사')).toBeUndefined();
  });
});
