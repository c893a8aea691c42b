// `npm run fixtures -w @nkscreen/cli`: regenerates test/fixtures/real-formats/ — the same small supplier list in each
// encoding analysts' exports use, with headers in the language each encoding serves, and a two-sheet workbook.
// Rows 3–5 are listed entities (as printed in the dataset); rows 2, 6 and 7 are real companies that are not listed.
// Legacy encodings are written by inverting Node's own TextDecoder, so no encoder library is needed and the bytes
// agree with what the CLI decodes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';

const out = new URL('../test/fixtures/real-formats/', import.meta.url);
mkdirSync(out, { recursive: true });

// [header name, header country, listed name in the language's script, unlisted real company in that script]
const languages = {
  en: [
    'Supplier Name',
    'Country',
    'Amnokgang Technology Development Company',
    'Foxconn Technology Co., Ltd.',
  ],
  es: [
    'Proveedor',
    'País',
    'Amnokgang Technology Development Company',
    'Industria de Diseño Textil, S.A.',
  ],
  fr: ['Fournisseur', 'Pays', 'Amnokgang Technology Development Company', 'Société Générale'],
  de: [
    'Lieferant',
    'Land',
    'Amnokgang Technology Development Company',
    'Württembergische Versicherung AG',
  ],
  ru: ['Поставщик', 'Страна', 'СК Дальпитерстрой', 'ПАО «Газпром»'],
  ko: ['공급업체명', '국가', '조선백호무역회사', '삼성전자 주식회사'],
  'zh-Hans': ['供应商名称', '国家', '东港市金辉食品有限公司', '华为技术有限公司'],
  'zh-Hant': ['供應商名稱', '國家', '鴨綠江技術開發公司', '鴻海精密工業股份有限公司'],
  ja: ['仕入先名', '国', '朝鮮新進貿易会社', 'ソニーグループ株式会社'],
};

/** The list in one language: planted listed rows on lines 3, 4 and 5. */
function listRows(language) {
  const [name, country, listed, unlisted] = languages[language];
  return [
    [name, country],
    ['Pegatron Corporation', 'TW'],
    ['Chonsurim Trading Corporation', 'KP'],
    [listed, 'KP'],
    ['Tongmyong Technology Trade Company', 'KP'],
    [unlisted, ''],
    ['Murata Manufacturing Co., Ltd.', 'JP'],
  ];
}

const quoteCsv = (rows) =>
  rows
    .map((row) => row.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(','))
    .join('\r\n') + '\r\n';

function encodeLegacy(text, encoding) {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const table = new Map();
  const learn = (bytes) => {
    try {
      const character = decoder.decode(Uint8Array.from(bytes));
      if ([...character].length === 1 && !table.has(character)) table.set(character, bytes);
    } catch {
      // Not a complete character in this encoding.
    }
  };
  for (let byte = 0; byte < 0x100; byte++) learn([byte]);
  for (let lead = 0x81; lead < 0xff; lead++)
    for (let trail = 0x40; trail < 0xff; trail++) learn([lead, trail]);
  return Buffer.from(
    [...text].flatMap((character) => {
      const bytes = table.get(character);
      if (!bytes) throw new Error(`${encoding} cannot encode ${character}`);
      return bytes;
    }),
  );
}

const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const encoders = {
  'utf-8': (text) => Buffer.from(text),
  'utf-8-bom': (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
  'utf-16le': utf16le,
  'utf-16be': (text) => utf16le(text).swap16(),
};
const files = [
  ['utf-8', 'en'],
  ['utf-8-bom', 'es'],
  ['utf-16le', 'fr'],
  ['utf-16be', 'de'],
  ['windows-1252', 'fr'],
  ['windows-1251', 'ru'],
  ['euc-kr', 'ko'],
  ['gbk', 'zh-Hans'],
  ['gb18030', 'zh-Hans'],
  ['big5', 'zh-Hant'],
  ['shift_jis', 'ja'],
  ['euc-jp', 'ja'],
];
for (const [encoding, language] of files) {
  const text = quoteCsv(listRows(language));
  const encode = encoders[encoding] ?? ((value) => encodeLegacy(value, encoding));
  writeFileSync(new URL(`suppliers-${language}.${encoding}.csv`, out), encode(text));
}

const escapeXml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
function sheetXml(rows) {
  const cells = (row, r) =>
    row
      .map(
        (cell, c) =>
          `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`,
      )
      .join('');
  const body = rows
    .map((row, index) => `<row r="${index + 1}">${cells(row, index + 1)}</row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}
const sheets = [
  ['한국 공급업체', listRows('ko')],
  ['Suppliers EN', listRows('en')],
];
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const workbook = {
  '[Content_Types].xml': strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '</Types>',
  ),
  '_rels/.rels': strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ),
  'xl/workbook.xml': strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${relNs}"><sheets>` +
      sheets
        .map(
          ([name], i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
        )
        .join('') +
      '</sheets></workbook>',
  ),
  'xl/_rels/workbook.xml.rels': strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      '</Relationships>',
  ),
  ...Object.fromEntries(
    sheets.map(([, rows], i) => [`xl/worksheets/sheet${i + 1}.xml`, strToU8(sheetXml(rows))]),
  ),
};
writeFileSync(
  new URL('suppliers-two-sheets.xlsx', out),
  zipSync(workbook, { mtime: new Date('2026-01-01T00:00:00Z') }),
);
