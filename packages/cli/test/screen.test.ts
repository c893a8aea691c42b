import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeUtf16, encodeWindows1252, hitLines, supplierRows, toCsv } from './csv-fixtures.js';
import { createTempDir, runBin, watchlistCsv, watchlistFtm } from './run-bin.js';

interface JsonReport {
  summary: {
    rowsRead: number;
    rowsScreened: number;
    rowsSkipped: number;
    skippedByReason: Record<string, number>;
    hits: number;
    rowsWithHits: number;
  };
  hits: {
    line: number;
    column: string;
    value: string;
    entityId: string;
    band: string;
    row: Record<string, string>;
  }[];
  entities: Record<string, { list: string; name: string }>;
  problems: { line: number; reason: string }[];
  columns: string[];
  encoding: string;
  delimiter: string;
}

async function screenToJson(input: Buffer | string, extraArgs: string[] = []) {
  const dir = createTempDir();
  const file = join(dir, 'suppliers.csv');
  writeFileSync(file, input);
  const out = join(dir, 'report.json');
  const run = await runBin([
    'screen',
    file,
    '--list',
    watchlistCsv,
    '--lists-only',
    '--out',
    out,
    ...extraArgs,
  ]);
  const report = existsSync(out)
    ? (JSON.parse(readFileSync(out, 'utf8')) as JsonReport)
    : undefined;
  return { run, report, dir };
}

function hitsByLine(report: JsonReport | undefined): Record<number, string> {
  return Object.fromEntries((report?.hits ?? []).map((hit) => [hit.line, hit.value]));
}

const expectedHits = {
  [hitLines.shadow]: 'Shadow Harbour Trading Co., Ltd.',
  [hitLines.cafe]: 'Café Société “Lumière” Export',
  [hitLines.blue]: 'Blue Lantern Manpower Corp',
};

describe('nkscreen screen: encodings', () => {
  const text = toCsv(supplierRows);
  const cases: [string, Buffer, RegExp | undefined][] = [
    ['UTF-8 without BOM', Buffer.from(text, 'utf8'), undefined],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      /encoding: utf-8 \(UTF-8 byte-order mark\)/,
    ],
    ['UTF-16 LE with BOM', encodeUtf16(text, 'le'), /encoding: utf-16le/],
    ['UTF-16 BE with BOM', encodeUtf16(text, 'be'), /encoding: utf-16be/],
    ['Windows-1252', encodeWindows1252(text), /encoding: windows-1252 \(detected/],
  ];
  it.each(cases)(
    'reads %s and finds every planted hit with its line',
    async (_name, bytes, note) => {
      const { run, report } = await screenToJson(bytes);
      expect(run.status, run.stderr).toBe(0);
      expect(hitsByLine(report)).toEqual(expectedHits);
      expect(report?.columns).toEqual(['Supplier Name']);
      expect(report?.hits.find((hit) => hit.line === hitLines.cafe)?.row.Notes).toBe('price in €');
      if (note) expect(run.stderr).toMatch(note);
      expect(report?.summary).toMatchObject({
        rowsRead: 5,
        rowsScreened: 5,
        rowsSkipped: 0,
        rowsWithHits: 3,
      });
    },
  );
});

describe('nkscreen screen: Windows-1252 bytes far into the input', () => {
  const filler = 'Pegatron Corporation,Taiwan,filler\n'.repeat(3000); // > 64 KiB before the first non-UTF-8 byte
  const bytes = encodeWindows1252(
    `Supplier Name,Country,Notes\n${filler}Café Société Lumière Export,France,late\n`,
  );

  it('checks a whole file before choosing UTF-8, so a late é is still read as Windows-1252', async () => {
    const { run, report } = await screenToJson(bytes);
    expect(run.stderr).toContain('encoding: windows-1252 (detected');
    expect(report?.hits.map((hit) => [hit.line, hit.value])).toEqual([
      [3002, 'Café Société Lumière Export'],
    ]);
  });

  it('warns when stdin stops being UTF-8 after the first 64 KiB', async () => {
    const run = await runBin(['screen', '-', '--list', watchlistCsv], { input: bytes });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('the input stopped being valid UTF-8 after the first 64 KiB');
    expect(run.stderr).toContain('--encoding windows-1252');
  });
});

describe('nkscreen screen: delimiters and line breaks', () => {
  it.each([
    ['comma', ',', '\n'],
    ['semicolon', ';', '\n'],
    ['tab', '\t', '\n'],
    ['comma', ',', '\r\n'],
    ['semicolon', ';', '\r\n'],
  ])(
    'detects the %s delimiter (%j, line break %j) and keeps quoted newlines in their cell',
    async (name, delimiter, newline) => {
      const { run, report } = await screenToJson(toCsv(supplierRows, delimiter, newline));
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain(`delimiter: ${name}`);
      expect(hitsByLine(report)).toEqual(expectedHits);
      const blue = report?.hits.find((hit) => hit.line === hitLines.blue);
      expect(blue?.row.Notes).toBe('dormitory\nsecond line of the note');
      expect(blue?.row.Country).toBe('China');
    },
  );

  it('prints the guessed column and reads stdin given as -', async () => {
    const run = await runBin(['screen', '-', '--list', watchlistCsv, '--lists-only'], {
      input: toCsv(supplierRows),
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'screening column "Supplier Name" (guessed from the header; use --column to choose)',
    );
    expect(run.stdout).toContain(
      `line ${hitLines.shadow} · Supplier Name: “Shadow Harbour Trading Co., Ltd.”`,
    );
    expect(run.stderr).toMatch(/rows read 5 · screened 5 · skipped 0/);
  });

  it('screens the columns given with --column, several at once', async () => {
    const rows = [
      ['Vendor', 'Parent company'],
      ['Pegatron Corporation', 'Blue Lantern Manpower'],
      ['Shadow Harbor Trading', 'Foxconn'],
    ];
    const { run, report } = await screenToJson(toCsv(rows), [
      '--column',
      'vendor',
      '--column',
      'Parent company',
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(report?.hits.map((hit) => [hit.line, hit.column])).toEqual([
      [2, 'Parent company'],
      [3, 'Vendor'],
    ]);
  });
});

describe('nkscreen screen: malformed rows', () => {
  const broken = [
    'Supplier Name,Country,Notes',
    'Foxconn Technology Co.,China,ok',
    'Pegatron Corporation,Taiwan',
    '"Shadow Harbour" Trading Co,Russia,text after a closing quote',
    '',
    ',China,no name',
    '"Unclosed quote Ltd,China,runs away',
    'Blue Lantern Manpower Corp,China,after the broken rows',
    'Pegatron Corporation,Taiwan,too,many,cells',
    'Shadow Harbour Trading Co.,Russia,last row',
  ].join('\n');

  it('reports each bad row with its line and reason, keeps going, and counts every row', async () => {
    const { run, report } = await screenToJson(broken);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'suppliers.csv:3: skipped: wrong number of cells: expected 3 like the header, found 2',
    );
    expect(run.stderr).toContain('suppliers.csv:4: skipped: malformed quotes');
    expect(run.stderr).toContain('suppliers.csv:5: skipped: empty line');
    expect(run.stderr).toContain('suppliers.csv:6: skipped: empty name');
    expect(run.stderr).toContain('suppliers.csv:7: skipped: unterminated quoted cell');
    expect(run.stderr).toContain(
      'suppliers.csv:9: skipped: wrong number of cells: expected 3 like the header, found 5',
    );
    expect(hitsByLine(report)).toEqual({
      8: 'Blue Lantern Manpower Corp',
      10: 'Shadow Harbour Trading Co.',
    });
    expect(report?.summary).toMatchObject({ rowsRead: 9, rowsScreened: 3, rowsSkipped: 6 });
    expect(report?.summary.skippedByReason).toEqual({
      'wrong number of cells': 2,
      'malformed quotes': 1,
      'empty line': 1,
      'empty name': 1,
      'unterminated quoted cell': 1,
    });
    expect(report?.problems.map((problem) => problem.line)).toEqual([3, 4, 5, 6, 7, 9]);
  });
});

describe('nkscreen screen --list', () => {
  it('adds a CSV list and a FollowTheMoney list to the bundled dataset', async () => {
    const rows = [
      ['Company'],
      ['Crimson Pine Fishery'],
      ['Blue Lantern Labour Services Co'],
      ['Pegatron Corporation'],
    ];
    const { run, report } = await screenToJson(toCsv(rows), ['--list', watchlistFtm]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('list watchlist.csv: 3 entities');
    expect(run.stderr).toContain(
      'list watchlist.ftm.jsonl: 2 entities, 1 records ignored (first: line 2: no properties.name)',
    );
    const entities = Object.values(report?.entities ?? {}).map((entity) => [
      entity.name,
      entity.list,
    ]);
    expect(entities).toEqual([
      ['Crimson Pine Fisheries LLC', 'watchlist.ftm.jsonl'],
      ['Blue Lantern Manpower Corporation', 'watchlist.csv'],
    ]);
  });
});

describe('nkscreen screen: exit codes', () => {
  it('exits 1 with --fail-on-hit when a row hits, 0 when none does', async () => {
    const hit = await screenToJson(toCsv(supplierRows), ['--fail-on-hit']);
    expect(hit.run.status).toBe(1);
    const clean = await screenToJson(
      toCsv([supplierRows[0] as string[], supplierRows[1] as string[]]),
      ['--fail-on-hit'],
    );
    expect(clean.run.status, clean.run.stderr).toBe(0);
    expect(clean.report?.hits).toEqual([]);
  });

  it('keeps only match-band hits with --min-band match', async () => {
    const { report } = await screenToJson(toCsv(supplierRows), ['--min-band', 'match']);
    expect(report?.hits.every((hit) => hit.band === 'match')).toBe(true);
  });

  it.each([
    [['screen'], /give the CSV file to screen/],
    [['screen', 'missing.csv'], /cannot read missing.csv: no such file/],
    [['screen', '-', '--min-band', 'maybe'], /--min-band must be "review".*or "match"/],
    [['screen', '-', '--frobnicate'], /Unknown option '--frobnicate'.*nkscreen screen --help/],
    [['screen', '-', '--out', 'report.pdf'], /must end in \.html, \.csv, \.json or \.xlsx/],
    [
      ['screen', '-', '--out', 'no/such/folder/report.html'],
      /the folder no\/such\/folder does not exist/,
    ],
    [
      ['screen', '-', '--column', 'Vendor'],
      /no column named "Vendor". The header has: "Supplier Name", "Country", "Notes"/,
    ],
    [['screen', '-', '--encoding', 'ebcdic'], /--encoding "ebcdic" is not an encoding/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['match'], /give the name to match/],
    [['screen', '-', '--lists-only'], /--lists-only needs at least one --list <file>/],
  ])('exits 2 with a message saying what to fix: %j', async (args, message) => {
    const run = await runBin(args, { input: toCsv(supplierRows) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 when no column looks like a name column, listing the headers', async () => {
    const run = await runBin(['screen', '-'], { input: 'a,b\n1,2\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'cannot tell which column holds company names. The header has: "a", "b"',
    );
  });

  it('exits 2 on an empty file', async () => {
    const run = await runBin(['screen', '-'], { input: '' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is empty: expected a header row');
  });
});

describe('nkscreen screen --out', () => {
  it('writes a CSV report whose cells cannot run as spreadsheet formulas', async () => {
    const dir = createTempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, toCsv([['Supplier'], ['=Shadow Harbour Trading Co']]));
    const out = join(dir, 'hits.csv');
    const run = await runBin(['screen', input, '--list', watchlistCsv, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const [header, row] = readFileSync(out, 'utf8').trim().split('\n');
    expect(header).toBe(
      'outcome,sheet,line,column,value,entity_name,evidence,best_source,tier,band,score,matched_alias,' +
        'row_country,context,explanation,entity_id,list,source_urls,decision,reviewer,note,' +
        'screened_at,input_file,input_sha256,dataset_version,dataset_released_on,matcher',
    );
    expect(row).toMatch(/^hit,,2,Supplier,"'=Shadow Harbour Trading Co",/);
    expect(row).toContain(
      `,in.csv,${createHash('sha256').update(readFileSync(input)).digest('hex')},`,
    );
  });

  it('writes one dated "no hits — not a clearance" line when nothing matched', async () => {
    const dir = createTempDir();
    const input = join(dir, 'clean.csv');
    writeFileSync(input, toCsv([['Supplier'], ['Acme Garden Tools GmbH']]));
    const out = join(dir, 'hits.csv');
    const run = await runBin(['screen', input, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^"?No hits — not a clearance: no row matched the dataset .* on \d{4}-\d{2}-\d{2}\./,
    );
    expect(run.stderr).toContain('No hits — not a clearance');
  });

  it('leaves out hits under --min-score and refuses a score outside 0..1 before reading input', async () => {
    const dir = createTempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, toCsv([['Supplier'], ['Shadow Harbour Trading Co']]));
    const strict = await runBin(['screen', input, '--list', watchlistCsv, '--min-score', '1.0']);
    const loose = await runBin(['screen', input, '--list', watchlistCsv, '--min-score', '0']);
    expect(loose.stdout).toContain('Shadow Harbour');
    expect(strict.stdout.length).toBeLessThanOrEqual(loose.stdout.length);
    const bad = await runBin(['screen', join(dir, 'missing.csv'), '--min-score', '85']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--min-score must be a number from 0 to 1');
  });

  it('leaves an old report untouched and no temporary file when the run fails', async () => {
    const dir = createTempDir();
    const out = join(dir, 'report.html');
    writeFileSync(out, 'OLD REPORT');
    const run = await runBin(['screen', '-', '--column', 'Nope', '--out', out], {
      input: toCsv(supplierRows),
    });
    expect(run.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('OLD REPORT');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('refuses to write the report over the input file', async () => {
    const dir = createTempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, toCsv(supplierRows));
    const run = await runBin(['screen', input, '--out', join(dir, '.', 'in.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is the input file');
  });

  it('knows the input by its identity, not its spelling: a symlink to it is refused before anything is read', async () => {
    const dir = createTempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, toCsv(supplierRows));
    symlinkSync(input, join(dir, 'link.csv'));
    const run = await runBin(['screen', input, '--out', join(dir, 'link.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is the input file');
    expect(readFileSync(input, 'utf8')).toBe(toCsv(supplierRows));
  });

  it('refuses a directory as --out and says to name a file inside it', async () => {
    const dir = createTempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, toCsv(supplierRows));
    mkdirSync(join(dir, 'reports.html'));
    const run = await runBin(['screen', input, '--out', join(dir, 'reports.html')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('reports.html is a directory; give a file name inside it');
  });
});
