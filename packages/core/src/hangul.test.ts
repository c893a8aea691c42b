import { describe, expect, it } from 'vitest';
import { romanizeHangul, splitHangulRun } from './hangul.js';

describe('romanizeHangul', () => {
  it('romanises syllables letter by letter', () => {
    expect(romanizeHangul('남강')).toBe('namgang');
    expect(romanizeHangul('베이징숙박소')).toBe('beijingsukbakso');
    expect(romanizeHangul('x남')).toBe('xnam');
  });

  it('applies the sound changes names show', () => {
    expect(romanizeHangul('압록강')).toBe('amnokgang');
    expect(romanizeHangul('천수림')).toBe('cheonsurim');
    expect(romanizeHangul('칠성')).toBe('chilseong');
  });
});

describe('splitHangulRun', () => {
  it('reads company words at the ends of an unspaced name', () => {
    expect(splitHangulRun('조선남강무역회사').map((p) => p.text)).toEqual([
      'korea',
      'namgang',
      'trading',
      'company',
    ]);
    expect(splitHangulRun('무역회사').map((p) => p.text)).toEqual(['trading', 'company']);
  });

  it('reads a run of company words down to the name, with the words official translations use', () => {
    expect(splitHangulRun('대외건설지도국').map((p) => p.text)).toEqual([
      'external',
      'construction',
      'guidance bureau',
    ]);
    expect(splitHangulRun('만수대해외프로젝트건축기술서비스').map((p) => p.text)).toEqual([
      'mansudae',
      'overseas',
      'project',
      'architectural',
      'technology',
      'services',
    ]);
  });
});
