// Copies a generated bench CSV into a one-sheet .xlsx (inline-string cells), streamed through fflate so a 1M-row
// workbook never sits in memory whole: the xlsx input path is then measured on the very rows the CSV path reads.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import Papa from 'papaparse';

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const parts = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Suppliers" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
};
const escapeXml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export async function csvToXlsx(csvFile, xlsxFile) {
  const out = createWriteStream(xlsxFile);
  const zip = new Zip((error, chunk) => {
    if (error) out.destroy(error);
    else out.write(chunk);
  });
  for (const [name, xml] of Object.entries(parts)) {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(strToU8(xml), true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(sheet);
  sheet.push(
    strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>`),
  );
  let row = 0;
  await new Promise((resolve, reject) => {
    Papa.parse(createReadStream(csvFile, { encoding: 'utf8' }), {
      chunk: (results) => {
        const xml = results.data
          .map((cells) => {
            row += 1;
            const body = cells
              .map((cell) => `<c t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`)
              .join('');
            return `<row r="${row}">${body}</row>`;
          })
          .join('');
        sheet.push(strToU8(xml));
      },
      complete: resolve,
      error: reject,
    });
  });
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  out.end();
  await once(out, 'finish');
}
