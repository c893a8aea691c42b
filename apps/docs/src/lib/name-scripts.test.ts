import { describe, expect, it } from 'vitest';
import { detectNameScript, groupNamesByScript } from './name-scripts';

describe('detectNameScript', () => {
  it('recognises the scripts the dataset prints', () => {
    expect(detectNameScript('Korea Namgang Trading Corporation')).toBe('Latin');
    expect(detectNameScript('조선남강무역회사')).toBe('Korean');
    expect(detectNameScript('朝鲜南江贸易公司')).toBe('Chinese');
    expect(detectNameScript('株式会社ミライ')).toBe('Japanese');
    expect(detectNameScript('ООО Мокран')).toBe('Cyrillic');
    expect(detectNameScript('123 456')).toBe('Other');
  });

  it('treats mixed Hangul and Hanja as Korean', () => {
    expect(detectNameScript('朝鮮 남강')).toBe('Korean');
  });
});

describe('groupNamesByScript', () => {
  it('keeps the order of first appearance', () => {
    expect(groupNamesByScript(['A Co', 'ООО Б', 'C Ltd', '조선'])).toEqual([
      { script: 'Latin', names: ['A Co', 'C Ltd'] },
      { script: 'Cyrillic', names: ['ООО Б'] },
      { script: 'Korean', names: ['조선'] },
    ]);
  });
});
