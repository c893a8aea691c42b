import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { screenFile } from '../src/screen.js';
import { createScreener } from '../src/screener.js';
import { loadList } from '../src/lists.js';
import { createXlsx } from '../src/write-xlsx.js';
import { createTempDir, fixture, runBin, screenToJson } from './run-bin.js';

const watchlist = fixture('watchlist-scripts.csv');

async function screenApi(bytes: Uint8Array, sheet?: string) {
  const dir = createTempDir();
  const file = join(dir, 'suppliers.xlsx');
  writeFileSync(file, bytes);
  const screener = createScreener({ lists: [await loadList(watchlist)], withoutDataset: true });
  return screenFile(file, { screener, ...(sheet ? { sheet } : {}) });
}

function screenBytes(name: string, bytes: Uint8Array | string, extra: string[] = []) {
  return screenToJson({ name, bytes }, ['--list', watchlist, '--lists-only', ...extra]);
}

const book = createXlsx([
  { name: 'Cover', rows: [['Review 2025'], ['prepared by purchasing']] },
  {
    name: 'Vendors',
    rows: [
      ['Vendor Name', 'Country'],
      ['Pegatron Corporation', 'Taiwan'],
      ['Shadow Harbour Trading Co', 'Russia'],
      ['', ''],
      ['Shadow Harbor Trading', 'Russia'],
    ],
  },
  { name: '공급업체', rows: [['공급업체명'], ['섀도하버무역']] },
]);

describe('nkscreen screen: .xlsx workbooks', () => {
  it('screens every sheet and locates hits by sheet and the row number Excel shows', async () => {
    const { run } = await screenBytes('suppliers.xlsx', book);
    expect(run.status, run.stderr).toBe(0);
    const result = await screenApi(book);
    expect(result.hits.map((hit) => [hit.sheet, hit.line])).toEqual([
      ['Vendors', 3],
      ['Vendors', 5],
      ['공급업체', 2],
    ]);
    expect(run.stderr).toContain(
      'workbook: 3 sheets ("Cover", "Vendors", "공급업체"); screening all',
    );
    expect(run.stderr).toMatch(
      /sheet "Cover": cannot tell which column holds company names.* sheet skipped/,
    );
  });

  it('knows a workbook by its bytes, whatever its name', async () => {
    const { run, hits } = await screenBytes('export.csv', book);
    expect(run.status, run.stderr).toBe(0);
    expect(hits).toHaveLength(3);
  });

  it('screens one sheet with --sheet, by name or number, and lists the sheets when it is not there', async () => {
    const byName = await screenBytes('suppliers.xlsx', book, ['--sheet', 'vendors']);
    expect(byName.hits?.map((hit) => hit.line)).toEqual([3, 5]);
    const byNumber = await screenApi(book, '3');
    expect(byNumber.hits.map((hit) => hit.sheet)).toEqual(['공급업체']);
    expect(byNumber.workbook?.sheets.map((sheet) => sheet.headers)).toEqual([['공급업체명']]);
    const missing = await screenBytes('suppliers.xlsx', book, ['--sheet', 'Suppliers']);
    expect(missing.run.status).toBe(2);
    expect(missing.run.stderr).toContain(
      '--sheet "Suppliers": ' +
        missing.file +
        ' has no such sheet. Its sheets are: 1 "Cover", 2 "Vendors", 3 "공급업체".',
    );
  });

  it('is an error when the chosen sheet has no name column', async () => {
    const { run } = await screenBytes('suppliers.xlsx', book, ['--sheet', 'Cover']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('sheet "Cover": cannot tell which column holds company names');
  });
});

const zipOf = (names: string[]) =>
  zipSync(Object.fromEntries(names.map((name) => [name, strToU8('<x/>')])));

describe('nkscreen screen: a binary or unknown file says what it is and how to fix it', () => {
  const cases: [name: string, bytes: Uint8Array, says: RegExp][] = [
    [
      'report.pdf',
      strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
      /is a PDF document, not a CSV\/TSV file or an \.xlsx workbook: export/,
    ],
    [
      'logo.png',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      /is a PNG image/,
    ],
    ['tool', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), /is an ELF program/],
    [
      'list.csv.gz',
      Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]),
      /is a gzip-compressed file.*decompress it first/,
    ],
    [
      'old.xls',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /Excel 97-2003 workbook \(\.xls\).*save it as \.xlsx/,
    ],
    [
      'memo.docx',
      zipOf(['[Content_Types].xml', 'word/document.xml']),
      /is a Word document \(\.docx\), not a CSV\/TSV file or an \.xlsx workbook/,
    ],
    [
      'bundle.zip',
      zipOf(['a.csv', 'b.csv']),
      /is a zip archive that is not a workbook.*extract it first/,
    ],
    [
      'data.bin',
      Uint8Array.from([0x41, 0x42, 0x00, 0x01, 0x02, 0x43, 0x0a]),
      /holds binary data \(a zero byte at byte 2\)/,
    ],
  ];
  it.each(cases)('%s', async (name, bytes, says) => {
    const { run, file } = await screenBytes(name, bytes);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`nkscreen: ${file} `);
    expect(run.stderr).toMatch(says);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('an OpenDocument spreadsheet is named, with the way to an .xlsx', async () => {
    const ods = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8('<x/>'),
    });
    const { run } = await screenBytes('list.ods', ods);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is an OpenDocument spreadsheet \(\.ods\).*save it as \.xlsx/);
  });

  it('a binary file on stdin is refused too', async () => {
    const run = await runBin(['screen', '-'], { input: Buffer.from('%PDF-1.4\n') });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nkscreen: stdin is a PDF document');
  });
});
