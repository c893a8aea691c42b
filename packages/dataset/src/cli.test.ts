import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createFixtureDir } from '../test/fixture-dir.js';

// Runs the built bin, as a researcher would; `npm test` builds first (turbo: test depends on build).
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function run(...args: string[]) {
  if (!existsSync(cli))
    throw new Error('dist/cli.js is missing: run `npm run build -w @nkscreen/dataset` first');
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('nkscreen-dataset validate', () => {
  it('exits 0 on valid data and prints the entities by role and tier', () => {
    const { status, stdout } = run('validate', createFixtureDir('valid'));
    expect(status).toBe(0);
    expect(stdout).toContain('3 entities, 3 sources: valid.');
    expect(stdout).toMatch(/Labour-export company\s+1\s+0\s+0\s+1/);
  });

  it('exits 1 listing every problem, one per line, then a count', () => {
    const { status, stderr } = run('validate', createFixtureDir('many-problems'));
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(
      lines.filter((line) => /^data\/(entities|sources)\.csv:\d+:\d+ /.test(line)),
    ).toHaveLength(6);
    expect(lines.at(-1)).toBe('6 problem(s) in data/entities.csv and data/sources.csv.');
  });

  it('accepts the data folder itself as the directory', () => {
    expect(run('validate', join(createFixtureDir('valid'), 'data')).status).toBe(0);
  });

  it('--fix repairs formatting and then validates', () => {
    const dir = createFixtureDir('unsorted');
    const { status, stdout } = run('validate', dir, '--fix');
    expect(status).toBe(0);
    expect(stdout).toContain('fixed formatting in data/entities.csv');
    expect(readFileSync(join(dir, 'data/entities.csv'), 'utf8').split('\n')[1]).toMatch(
      /^beijing-sukbakso,/,
    );
  });

  it('explains its usage on an unknown command', () => {
    const { status, stderr } = run('frobnicate');
    expect(status).toBe(2);
    expect(stderr).toContain('nkscreen-dataset validate [dir] [--fix]');
  });
});

describe('nkscreen-dataset build', () => {
  it('exits 1 and writes nothing when the data is invalid', () => {
    const dir = createFixtureDir('duplicate-id');
    const { status, stderr } = run('build', dir);
    expect(status).toBe(1);
    expect(stderr).toContain(
      "data/entities.csv:3:1 [beijing-sukbakso] id: 'beijing-sukbakso' is already the id of line 2",
    );
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

// The failure from issue 14: a file-size limit (`ulimit -f 1`, 512 or 1024 bytes by shell) cuts every write
// longer than that short. Node ignores the SIGXFSZ that would otherwise kill it, so its write fails with EFBIG.
function runWithFileSizeLimit(...args: string[]) {
  if (!existsSync(cli))
    throw new Error('dist/cli.js is missing: run `npm run build -w @nkscreen/dataset` first');
  const result = spawnSync(
    'sh',
    ['-c', 'ulimit -f 1 && exec "$0" "$@"', process.execPath, cli, ...args],
    { encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('nkscreen-dataset on a failed write', () => {
  it('validate --fix says in one sentence which file it could not write, keeps it, and exits 1', () => {
    const dir = createFixtureDir('unsorted');
    const entities = join(dir, 'data/entities.csv');
    const before = readFileSync(entities);
    // Longer than the limit in any shell, so the rewrite is cut short.
    expect(before.length).toBeGreaterThan(1024);
    const { status, stdout, stderr } = runWithFileSizeLimit('validate', dir, '--fix');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `validate --fix stopped, no file was changed: ${entities}: could not be written (EFBIG: file too large, write); entities.csv was not changed.\n`,
    );
    expect(readFileSync(entities)).toEqual(before);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['entities.csv', 'sources.csv']);
  });

  it('build names the output file it could not write, with no stack trace, and exits 1', () => {
    const dir = createFixtureDir('valid');
    const { status, stderr } = runWithFileSizeLimit('build', dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^build stopped: \S+\/dist\/(\S+): could not be written \(EFBIG: file too large, write\); \1 was not changed\.\n$/,
    );
    expect(readdirSync(join(dir, 'dist')).filter((name) => name.includes('nkscreen-tmp'))).toEqual(
      [],
    );
  });
});

describe('nkscreen-dataset release and changelog', () => {
  it('records a release, then prints the changelog with it', () => {
    const dir = createFixtureDir('valid');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '1.0.0' }));
    expect(run('release', dir).status).toBe(2);
    const released = run('release', dir, '--date', '2026-12-01');
    expect(released.stdout).toMatch(
      /^recorded 3 entities as release 1\.0\.0 \(2026-12-01, fingerprint [0-9a-f]{16}\)/,
    );
    const { status, stdout } = run('changelog', dir);
    expect(status).toBe(0);
    expect(stdout).toContain(
      '## 1.0.0 (2026-12-01)\n\n### Added (3)\n\n- Beijing Sukbakso (`beijing-sukbakso`)',
    );
    expect(stdout).not.toContain('Unreleased');
  });

  it('writes the changelog to --out atomically and rejects unknown options', () => {
    const dir = createFixtureDir('valid');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '1.0.0' }));
    expect(run('changelog', dir, '--out', join(dir, 'CHANGELOG-DATA.md')).status).toBe(0);
    expect(readFileSync(join(dir, 'CHANGELOG-DATA.md'), 'utf8')).toContain(
      '## Unreleased\n\n### Added (3)',
    );
    expect(run('changelog', dir, '--fix').stderr).toContain('Unknown option --fix');
  });
});

describe('nkscreen-dataset lists', () => {
  const list = (name: string) =>
    fileURLToPath(new URL(`../test/fixtures/lists/${name}`, import.meta.url));

  it('reports counts and findings as text, and the same report as --json', () => {
    const dir = createFixtureDir('valid');
    const files = ['sdn.csv', 'alt.csv', 'add.csv', 'consolidated.xml'].map(list);
    const text = run('lists', ...files, '--dir', dir);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /^1 designated row identifier\(s\) found on the lists; 1 miss a listed spelling;/,
    );
    const json = JSON.parse(run('lists', ...files, '--dir', dir, '--json').stdout) as {
      checked: unknown[];
    };
    expect(json.checked).toEqual([
      {
        entity: 'korea-namgang-trading-corporation',
        identifier: 'ofac:27383',
        missingSpellings: ['DPRK NAMGANG TRADING COMPANY'],
      },
    ]);
    expect(run('lists', '--dir', dir).status).toBe(2);
  });
});
