import { zipSync, strToU8 } from 'fflate';

/** A list of allowed values for one column, shown by Excel as a drop-down. */
export interface ListValidation {
  /** 0-based column. */
  column: number;
  values: readonly string[];
}

export interface XlsxSheet {
  name: string;
  /** Rows of text cells; the first row is styled as a header and frozen. */
  rows: readonly (readonly string[])[];
  /** Column widths in characters. */
  widths?: readonly number[];
  validations?: readonly ListValidation[];
}

// XML 1.0 cannot hold most control characters; OOXML writes them as _xHHHH_.
// eslint-disable-next-line no-control-regex
const XML_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(
      XML_UNSAFE,
      (character) => `_x${character.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`,
    );

/** Column letters of a 0-based column: 0 → A, 27 → AB. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Encodes XML written piece by piece into one byte array, so a sheet of many rows never becomes one huge string. */
function encodePieces(pieces: Iterable<string>): Uint8Array {
  const chunks: Uint8Array[] = [];
  let pending = '';
  let length = 0;
  for (const piece of pieces) {
    pending += piece;
    if (pending.length > 1 << 20) {
      chunks.push(strToU8(pending));
      length += chunks.at(-1)!.length;
      pending = '';
    }
  }
  chunks.push(strToU8(pending));
  length += chunks.at(-1)!.length;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

// A text cell that starts like a formula is already inert, but Excel turns it into one when a reviewer edits it
// and presses Enter. Text format with Excel's own quote-prefix flag (what typing a leading ' sets) keeps it text,
// while the value stays as written — the OWASP CSV-injection triggers: = + - @ tab CR.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The style index of a cell: bold header, quote-prefixed text for a formula-looking value, else the default. */
function styleOf(cell: string, row: number): string {
  if (row === 0) return ' s="1"';
  return FORMULA_START.test(cell) ? ' s="2"' : '';
}

function* sheetXml(sheet: XlsxSheet, strings: Map<string, number>): Generator<string> {
  const index = (text: string) => {
    let found = strings.get(text);
    if (found === undefined) strings.set(text, (found = strings.size));
    return found;
  };
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((width, c) => `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const last = Math.max(sheet.rows.length, 2) + 1000;
  const validations = sheet.validations?.length
    ? `<dataValidations count="${sheet.validations.length}">${sheet.validations
        .map(
          (validation) =>
            `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${columnName(validation.column)}2:${columnName(validation.column)}${last}"><formula1>"${escapeXml(validation.values.join(','))}"</formula1></dataValidation>`,
        )
        .join('')}</dataValidations>`
    : '';
  const frozen =
    sheet.rows.length > 1
      ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
      : '';
  yield `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${frozen}${cols}<sheetData>`;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] as readonly string[];
    let cells = '';
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as string;
      if (cell !== '')
        cells += `<c r="${columnName(c)}${r + 1}" t="s"${styleOf(cell, r)}><v>${index(cell)}</v></c>`;
    }
    yield `<row r="${r + 1}">${cells}</row>`;
  }
  yield `</sheetData>${validations}</worksheet>`;
}

function* sharedStringsXml(strings: Map<string, number>): Generator<string> {
  yield `${XML_HEAD}<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">`;
  for (const text of strings.keys())
    yield `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`;
  yield '</sst>';
}

/**
 * Builds an .xlsx workbook of text cells, as Excel writes one: shared strings, a bold frozen header row, column
 * widths and drop-down lists. Every cell is text (`t="s"`), never a formula, whatever it starts with.
 */
export function createXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  const strings = new Map<string, number>();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = encodePieces(sheetXml(sheet, strings));
  });
  files['xl/sharedStrings.xml'] = encodePieces(sharedStringsXml(strings));
  files['xl/workbook.xml'] = strToU8(
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
      .map(
        (sheet, i) =>
          `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(
    `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>` +
      `<font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>` +
      `<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
      `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
      `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/></cellXfs></styleSheet>`,
  );
  files['_rels/.rels'] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheetTypes = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  files['[Content_Types].xml'] = strToU8(
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `${sheetTypes}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  // [Content_Types].xml first, as Excel writes it; fixed dates keep the bytes reproducible.
  const ordered: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const mtime = new Date('2000-01-01T00:00:00Z');
  for (const name of [
    '[Content_Types].xml',
    ...Object.keys(files).filter((n) => n !== '[Content_Types].xml'),
  ])
    ordered[name] = [files[name] as Uint8Array, { mtime }];
  return zipSync(ordered, { level: 6 });
}
