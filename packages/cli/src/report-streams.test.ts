import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { streamCsvReport } from './report-csv.js';
import { createSampleHit, createSampleResult } from './report-fixture.js';
import { streamHtmlReport } from './report-html.js';
import { streamJsonReport } from './report-json.js';
import { formatXlsxReport } from './report-xlsx.js';
import { openXlsx } from './read-xlsx.js';
import { openZip } from './read-zip.js';

const HITS = 5_000;
const many = createSampleResult(
  Array.from({ length: HITS }, (_, i) => createSampleHit(`Supplier ${i}`, i + 2)),
);

describe('reports of many hits are written in pieces', () => {
  it.each([
    ['CSV', streamCsvReport],
    ['JSON', streamJsonReport],
    ['HTML', streamHtmlReport],
  ])('%s: no piece holds more than a bounded share of the hits', (_, stream) => {
    const pieces = [...stream(many)];
    const longest = Math.max(...pieces.map((piece) => piece.length));
    const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
    expect(pieces.length).toBeGreaterThan(4);
    expect(longest).toBeLessThan(total / 4);
  });

  it('JSON: the pieces join into the whole result, every hit kept', () => {
    const report = JSON.parse([...streamJsonReport(many)].join('')) as {
      audit: { input: { name: string } };
      hits: { line: number; rowCountry: string }[];
    };
    expect(report.hits).toHaveLength(HITS);
    expect(report.hits.at(-1)).toMatchObject({ line: HITS + 1, rowCountry: 'PL' });
    expect(report.audit.input.name).toBe('suppliers.csv');
  });

  it('CSV: one line per hit after the header, every line with the audit columns', () => {
    const lines = [...streamCsvReport(many)].join('').trimEnd().split('\n');
    expect(lines).toHaveLength(HITS + 1);
    expect(lines.slice(1).every((line) => line.includes(`,${'ab'.repeat(32)},`))).toBe(true);
  });
});

describe('the XLSX report', () => {
  const hostile = createSampleResult([createSampleHit('=HYPERLINK("https://evil.example","x")')]);
  const workbook = openXlsx(openZip(formatXlsxReport(hostile), 'report.xlsx'), 'report.xlsx');
  const sheet = (name: string) =>
    [...workbook.readRows(workbook.sheets.find((s) => s.name === name)!)].flat();

  it('has a Hits sheet with reviewer columns and an Audit sheet', () => {
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Hits', 'Audit']);
    const [header, hit] = sheet('Hits');
    expect(header?.cells).toEqual(
      expect.arrayContaining(['decision', 'reviewer', 'note', 'input_sha256']),
    );
    expect(hit?.cells[header!.cells.indexOf('evidence')]).toBe(
      'Appears in a sanctions designation.',
    );
    const audit = Object.fromEntries(sheet('Audit').map((row) => row.cells));
    expect(audit['Input file']).toBe('suppliers.csv');
    expect(audit['Input SHA-256']).toBe('ab'.repeat(32));
  });

  it('keeps a formula-looking cell as text: no formula is written', () => {
    const [header, hit] = sheet('Hits');
    expect(hit?.cells[header!.cells.indexOf('value')]).toBe(
      '=HYPERLINK("https://evil.example","x")',
    );
    const parts = unzipSync(formatXlsxReport(hostile));
    const xml = Object.values(parts)
      .map((part) => strFromU8(part))
      .join('');
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it('marks a formula-looking cell quote-prefixed text, so editing it in Excel cannot make it a formula', () => {
    const parts = unzipSync(formatXlsxReport(hostile));
    const styles = strFromU8(parts['xl/styles.xml']!);
    const hits = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(styles).toMatch(
      /<cellXfs count="3">(?:<xf [^>]*\/>){2}<xf numFmtId="49"[^>]*quotePrefix="1"\/>/,
    );
    const strings = [
      ...strFromU8(parts['xl/sharedStrings.xml']!).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g),
    ];
    const hostileIndex = strings.findIndex(([, text]) => text!.startsWith('=HYPERLINK'));
    const entityIndex = strings.findIndex(
      ([, text]) => text === 'Appears in a sanctions designation.',
    );
    expect(hits).toMatch(new RegExp(`t="s" s="2"><v>${hostileIndex}</v>`));
    expect(hits).toMatch(new RegExp(`t="s"><v>${entityIndex}</v>`));
  });
});
