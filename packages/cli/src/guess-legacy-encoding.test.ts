import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '../test/encode-legacy.js';
import { decodesStrictly, guessLegacyEncoding, scoreDecodedText } from './guess-legacy-encoding.js';

describe('guessLegacyEncoding', () => {
  it('tells GBK from CP949 although GBK bytes are valid CP949: the decoded text must fit the script', () => {
    const bytes = encodeLegacy('供应商名称,国家\n影港贸易公司,中国\n', 'gbk');
    expect(decodesStrictly(bytes, 'euc-kr')).toBe(true);
    expect(guessLegacyEncoding(bytes).encoding).toBe('gb18030');
  });

  it('reads Korean as CP949 (WHATWG euc-kr) and Japanese as Shift_JIS', () => {
    expect(guessLegacyEncoding(encodeLegacy('공급업체명\n섀도하버무역\n', 'euc-kr')).encoding).toBe(
      'euc-kr',
    );
    expect(
      guessLegacyEncoding(encodeLegacy('仕入先名\nシャドーハーバー貿易\n', 'shift_jis')).encoding,
    ).toBe('shift_jis');
  });

  it('marks a short guess unsure instead of answering silently', () => {
    const guess = guessLegacyEncoding(encodeLegacy('Поставщик\nООО Ромашка\n', 'windows-1251'));
    expect(guess.encoding).toBe('windows-1251');
    expect(guess.unsure).toBe(true);
  });
});

describe('scoreDecodedText', () => {
  it('scores Cyrillic misread as Windows-1252 low: its "words" hold no plain letter', () => {
    expect(scoreDecodedText('Ïîñòàâùèê', 'windows-1252')).toBe(0);
    expect(scoreDecodedText('Société Générale', 'windows-1252')).toBe(1);
  });
});
