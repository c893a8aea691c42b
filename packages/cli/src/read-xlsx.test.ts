import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openXlsx } from './read-xlsx.js';
import { openZip } from './read-zip.js';
import { createXlsx } from './write-xlsx.js';

const rowsOf = (bytes: Uint8Array, limits?: Parameters<typeof openZip>[2]) => {
  const workbook = openXlsx(openZip(bytes, 'book.xlsx', limits), 'book.xlsx');
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    rows: [...workbook.readRows(sheet)].flat(),
  }));
};

/** A workbook written by hand, part by part, as other writers lay it out. */
function handWritten(sheetXml: string, sharedXml?: string, prolog = ''): Uint8Array {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/officeDocument" Target="/xl/book.xml"/></Relationships>`,
    ),
    'xl/book.xml': strToU8(
      `<x:workbook xmlns:x="${main}" xmlns:r="${rel}"><x:sheets><x:sheet name="Vendors" sheetId="7" r:id="s1"/></x:sheets></x:workbook>`,
    ),
    'xl/_rels/book.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${rel}/worksheet" Target="sheets/one.xml"/><Relationship Id="s2" Type="${rel}/sharedStrings" Target="strings.xml"/></Relationships>`,
    ),
    'xl/sheets/one.xml': strToU8(
      `${prolog}<x:worksheet xmlns:x="${main}"><x:sheetData>${sheetXml}</x:sheetData></x:worksheet>`,
    ),
  };
  if (sharedXml) files['xl/strings.xml'] = strToU8(`<sst xmlns="${main}">${sharedXml}</sst>`);
  return zipSync(files);
}

describe('openXlsx', () => {
  it('reads every sheet with the row numbers Excel shows, skipping rows without values', () => {
    const bytes = createXlsx([
      {
        name: 'Suppliers',
        rows: [
          ['Supplier Name', 'Country'],
          ['Mokran LLC', 'RU'],
          ['', ''],
          ['Pegatron', ''],
        ],
      },
      { name: '공급업체', rows: [['공급업체명'], ['목란 LLC']] },
    ]);
    expect(rowsOf(bytes)).toEqual([
      {
        name: 'Suppliers',
        rows: [
          { row: 1, cells: ['Supplier Name', 'Country'] },
          { row: 2, cells: ['Mokran LLC', 'RU'] },
          { row: 4, cells: ['Pegatron'] },
        ],
      },
      {
        name: '공급업체',
        rows: [
          { row: 1, cells: ['공급업체명'] },
          { row: 2, cells: ['목란 LLC'] },
        ],
      },
    ]);
  });

  it('follows the relationships, prefixed tags, inline strings, rich text and gaps between cells', () => {
    const bytes = handWritten(
      '<x:row r="3"><x:c r="A3" t="s"><x:v>0</x:v></x:c><x:c r="C3" t="inlineStr"><x:is><x:t>RU</x:t></x:is></x:c></x:row>' +
        '<x:row r="9"><x:c r="B9" t="s"><x:v>1</x:v></x:c><x:c r="C9"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="D9" t="b"><x:v>1</x:v></x:c></x:row>',
      '<si><t>Name</t></si><si><r><t>Mok</t></r><r><rPr/><t>ran_x000D_LLC</t></r></si>',
    );
    expect(rowsOf(bytes)).toEqual([
      {
        name: 'Vendors',
        rows: [
          { row: 3, cells: ['Name', '', 'RU'] },
          { row: 9, cells: ['', 'Mokran\rLLC', '2', 'TRUE'] },
        ],
      },
    ]);
  });

  it('leaves out the phonetic reading (furigana) Japanese Excel stores with a name', () => {
    const bytes = handWritten(
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
      '<si><t>東京貿易</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
    );
    expect(rowsOf(bytes)[0]?.rows).toEqual([{ row: 1, cells: ['東京貿易'] }]);
  });

  it('stops a zip bomb at the limit, whatever size the archive claims', () => {
    const huge = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(5_000_000)}</t></is></c></row>`;
    const bytes = handWritten(huge);
    expect(bytes.length).toBeLessThan(100_000);
    expect(() => rowsOf(bytes, { maxPartBytes: 1_000_000, maxTotalBytes: 2_000_000 })).toThrow(
      /xl\/sheets\/one\.xml expands to more than .* guard against zip bombs/,
    );
  });

  it('does not expand entities declared in a DTD (billion laughs), and says where the XML broke', () => {
    const laughs =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    const bytes = handWritten(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>`,
      undefined,
      laughs,
    );
    expect(() => rowsOf(bytes)).toThrow(
      /book\.xlsx is not a readable workbook: xl\/sheets\/one\.xml line 1: Invalid character entity/,
    );
  });

  it('refuses a cell outside Excel grid and a shared text that does not exist', () => {
    expect(() => rowsOf(handWritten('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>'))).toThrow(
      /outside Excel's grid/,
    );
    expect(() =>
      rowsOf(handWritten('<row r="1"><c r="A1" t="s"><v>5</v></c></row>', '<si><t>a</t></si>')),
    ).toThrow(/\[Vendors\] row 1: a cell points at shared text 5/);
  });
});
