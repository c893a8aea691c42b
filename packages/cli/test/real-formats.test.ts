import { describe, expect, it } from 'vitest';
import { fixture, screenToJson } from './run-bin.js';

/**
 * The fixtures in fixtures/real-formats (made by scripts/make-fixtures.mjs) hold one supplier list in the encodings
 * and header languages of analysts' exports: rows 3–5 are listed entities (one in the language's own script), the
 * other rows real companies that are not listed. Screened against the shipped dataset, every file must give the same
 * three hits and nothing else.
 */
const files: [file: string, encoding: string | null, nameHeader: string, countryHeader: string][] =
  [
    // Plain UTF-8 is the default, so the run does not mention it.
    ['suppliers-en.utf-8.csv', null, 'Supplier Name', 'Country'],
    ['suppliers-es.utf-8-bom.csv', 'utf-8', 'Proveedor', 'País'],
    ['suppliers-fr.utf-16le.csv', 'utf-16le', 'Fournisseur', 'Pays'],
    ['suppliers-de.utf-16be.csv', 'utf-16be', 'Lieferant', 'Land'],
    ['suppliers-fr.windows-1252.csv', 'windows-1252', 'Fournisseur', 'Pays'],
    ['suppliers-ru.windows-1251.csv', 'windows-1251', 'Поставщик', 'Страна'],
    ['suppliers-ko.euc-kr.csv', 'euc-kr', '공급업체명', '국가'],
    ['suppliers-zh-Hans.gbk.csv', 'gb18030', '供应商名称', '国家'],
    ['suppliers-zh-Hans.gb18030.csv', 'gb18030', '供应商名称', '国家'],
    ['suppliers-zh-Hant.big5.csv', 'big5', '供應商名稱', '國家'],
    ['suppliers-ja.shift_jis.csv', 'shift_jis', '仕入先名', '国'],
    ['suppliers-ja.euc-jp.csv', 'euc-jp', '仕入先名', '国'],
  ];

function screen(file: string) {
  return screenToJson({ file: fixture(`real-formats/${file}`) });
}

describe('nkscreen screen: real-format fixtures all find the same planted rows', () => {
  it.each(files)(
    '%s: decoded as %s, columns found from the header, hits on rows 3–5 only',
    async (file, encoding, nameHeader, countryHeader) => {
      const { run, hits } = await screen(file);
      expect(run.status, run.stderr).toBe(0);
      if (encoding) expect(run.stderr).toContain(`encoding: ${encoding}`);
      else expect(run.stderr).not.toContain('encoding:');
      expect(run.stderr).toContain(`screening column "${nameHeader}"`);
      expect(run.stderr).toContain(`context from "${countryHeader}"`);
      expect(hits?.map((hit) => [hit.line, hit.band])).toEqual([
        [3, 'match'],
        [4, 'match'],
        [5, 'match'],
      ]);
    },
  );

  it('a two-sheet workbook: the same rows in each sheet, named by sheet and Excel row', async () => {
    const { run, hits } = await screen('suppliers-two-sheets.xlsx');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('workbook: 2 sheets ("한국 공급업체", "Suppliers EN")');
    expect(hits?.map((hit) => `${hit.sheet}!${hit.line}`)).toEqual([
      '한국 공급업체!3',
      '한국 공급업체!4',
      '한국 공급업체!5',
      'Suppliers EN!3',
      'Suppliers EN!4',
      'Suppliers EN!5',
    ]);
  });
});
