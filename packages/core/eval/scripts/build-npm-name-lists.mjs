// `npm run eval:fixtures -w @nkscreen/core` (with build-official-spellings): writes the name lists shipped in two
// npm packages to eval/fixtures/npm-names/ as plain text, one name a line, with their licences, so the bulk
// false-positive run has them on a clean clone without installing 120 MB of map presets. The packages are fetched
// with `npm pack` at the pinned versions below.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGES = {
  nsi: { spec: 'name-suggestion-index@6.0.20250817', licence: 'BSD-3-Clause', file: 'LICENSE.md' },
  cspell: { spec: '@cspell/dict-companies@3.2.13', licence: 'MIT', file: 'LICENSE' },
};
// NSI's brand, operator and transit trees (flags are country names); every tag that names the thing, in any
// language: name, brand, operator, network and their `:xx` translations.
const NSI_TREES = new Set(['brands', 'operators', 'transit']);
const NSI_NAME_TAG = /^(name|brand|operator|network)(:[a-z]{2,3}(-[A-Za-z]+)?)?$/;

const out = new URL('../fixtures/npm-names/', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'nkscreen-npm-names-'));
try {
  /** @param {string} spec */
  const unpack = (spec) => {
    const tarball = execFileSync('npm', ['pack', spec, '--silent'], {
      cwd: work,
      encoding: 'utf8',
    }).trim();
    const dir = join(work, tarball.replace(/\.tgz$/, ''));
    execFileSync('mkdir', ['-p', dir]);
    execFileSync('tar', ['xzf', join(work, tarball), '-C', dir]);
    return join(dir, 'package');
  };

  const nsiDir = unpack(PACKAGES.nsi.spec);
  const nsi = JSON.parse(readFileSync(join(nsiDir, 'dist/nsi.min.json'), 'utf8')).nsi;
  const nsiNames = new Set();
  let skippedNorthKorea = 0;
  for (const [path, category] of Object.entries(nsi)) {
    if (!NSI_TREES.has(path.split('/')[0] ?? '')) continue;
    for (const item of /** @type {any} */ (category).items) {
      // Nothing NSI lists operates in North Korea today; the rule stays in case a later version does.
      if ((item.locationSet?.include ?? []).includes('kp')) {
        skippedNorthKorea++;
        continue;
      }
      for (const [tag, value] of Object.entries(item.tags ?? {})) {
        if (NSI_NAME_TAG.test(tag) && String(value).trim()) nsiNames.add(String(value).trim());
      }
    }
  }
  write(
    'name-suggestion-index.txt',
    PACKAGES.nsi,
    [...nsiNames],
    nsiDir,
    `items located in North Korea skipped: ${skippedNorthKorea}`,
  );

  const cspellDir = unpack(PACKAGES.cspell.spec);
  const cspellNames = readFileSync(join(cspellDir, 'dict/companies.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  write('cspell-dict-companies.txt', PACKAGES.cspell, [...new Set(cspellNames)], cspellDir, '');
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * @param {string} file
 * @param {{ spec: string, licence: string, file: string }} pkg
 * @param {string[]} names
 * @param {string} dir
 * @param {string} note
 */
function write(file, pkg, names, dir, note) {
  names.sort();
  writeFileSync(new URL(file, out), `${names.join('\n')}\n`);
  const licence = readFileSync(join(dir, pkg.file), 'utf8');
  writeFileSync(
    new URL(file.replace(/\.txt$/, '.LICENSE.txt'), out),
    `Names in ${file} come from the npm package ${pkg.spec} (${pkg.licence}). ${note}\n\n${licence}`,
  );
  console.log(`${file}: ${names.length} names from ${pkg.spec}`);
}
