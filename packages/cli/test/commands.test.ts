import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempDir, fixture, runBin, watchlistCsv, watchlistFtm } from './run-bin.js';

const packageVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

describe('nkscreen match', () => {
  it('says the name is empty when given "" or only spaces, and exits 2', async () => {
    for (const name of ['', '   ']) {
      const run = await runBin(['match', name]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('the name to match is empty');
    }
  });

  it('prints the best match with band, score, explanation and where it is listed', async () => {
    const run = await runBin(['match', 'Shadow Harbor Trading Co., Ltd.', '--list', watchlistCsv]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^“Shadow Harbor Trading Co., Ltd.”\n1\. Shadow Harbour Trading Company {2}\[shadow-harbour\] — your list watchlist\.csv\n {5}match \d\.\d\d · alias “[^”]+” · why: /,
    );
    expect(run.stdout).toContain('why: “Shadow Harbor Trading Co., Ltd.” ≈');
  });

  it('prints JSON for scripts with --json', async () => {
    const run = await runBin(['match', 'Crimson Pine Fisheries', '--list', watchlistFtm, '--json']);
    const output = JSON.parse(run.stdout) as {
      query: string;
      matches: { entityId: string; band: string; score: number; entity: { list: string } }[];
    };
    expect(output.query).toBe('Crimson Pine Fisheries');
    expect(output.matches[0]).toMatchObject({
      entityId: 'watchlist.ftm.jsonl:ftm-crimson-pine',
      band: 'match',
      entity: { list: 'watchlist.ftm.jsonl' },
    });
  });

  it('says so when nothing is close, and exits 0 (or 1 with --fail-on-hit only on a hit)', async () => {
    const run = await runBin([
      'match',
      'Pegatron Corporation',
      '--list',
      watchlistCsv,
      '--lists-only',
      '--fail-on-hit',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('No listed entity is close to “Pegatron Corporation”.\n');
    const hit = await runBin([
      'match',
      'Blue Lantern Manpower',
      '--list',
      watchlistCsv,
      '--fail-on-hit',
    ]);
    expect(hit.status).toBe(1);
  });
});

describe('nkscreen scan', () => {
  it('finds only mentions in the visible text of a saved page, with the words around them', async () => {
    const run = await runBin([
      'scan',
      fixture('product-page.html'),
      '--list',
      watchlistCsv,
      '--list',
      watchlistFtm,
      '--lists-only',
      '--json',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout) as {
      html: boolean;
      mentions: { line: number; context: string; entityId: string; span: { text: string } }[];
    };
    expect(output.html).toBe(true);
    expect(
      output.mentions.map((mention) => [mention.entityId, mention.span.text, mention.line]),
    ).toEqual([
      ['watchlist.csv:shadow-harbour', 'Shadow Harbour Trading Co., Ltd', 15],
      ['watchlist.csv:cafe-lumiere', 'Café Société Lumière Export', 16],
    ]);
    expect(output.mentions[0]?.context).toBe(
      '…snow crab, 12 × 200 g Sold by Shadow Harbour Trading Co., Ltd. Manufacturer Café Société Lumière Export Ships from Qingdao.…',
    );
  });

  it('prints file:line:column, the context and the match for people', async () => {
    const run = await runBin(['scan', fixture('product-page.html'), '--list', watchlistCsv]);
    expect(run.stdout).toContain('product-page.html:15:39  “Shadow Harbour Trading Co., Ltd”');
    expect(run.stdout).toContain(
      '  …snow crab, 12 × 200 g Sold by Shadow Harbour Trading Co., Ltd. Manufacturer',
    );
    expect(run.stdout).not.toContain('Blue Lantern');
  });

  it('reads a text file as text, every mention in order', async () => {
    const dir = createTempDir();
    const file = join(dir, 'notes.txt');
    writeFileSync(
      file,
      'Audit notes.\nWorkers were hired through Blue Lantern Manpower Corp in 2019,\nthen housed by Crimson Pine Fishery.\n',
    );
    const run = await runBin([
      'scan',
      file,
      '--list',
      watchlistCsv,
      '--list',
      watchlistFtm,
      '--fail-on-hit',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${file}:2:28  “Blue Lantern Manpower Corp”`);
    expect(run.stdout).toContain(`${file}:3:`);
  });
});

describe('nkscreen --version and --help', () => {
  it('prints the CLI and dataset versions (unreleased rows in a checkout carry their fingerprint)', async () => {
    const run = await runBin(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^nkscreen ${packageVersion.replaceAll('.', '\\.')}\\ndataset \\d+\\.\\d+\\.\\d+(\\+[0-9a-f]{8,16})? \\(\\d+ entities\\)\\n$`,
      ),
    );
  });

  it.each(['match', 'screen', 'scan', 'validate', 'build'])(
    'has help with examples for %s',
    async (command) => {
      const run = await runBin([command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Usage: nkscreen ${command}`);
      expect(run.stdout).toContain('Examples:');
    },
  );

  it('prints the overview for --help and exits 2 without a command', async () => {
    expect((await runBin(['--help'])).stdout).toContain('Commands:');
    const bare = await runBin([]);
    expect(bare.status).toBe(2);
  });
});

describe('nkscreen validate', () => {
  it('passes through to nkscreen-dataset validate and its exit code', async () => {
    const dir = createTempDir();
    const run = await runBin(['validate', dir]);
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/entities\.csv/);
  });
});
