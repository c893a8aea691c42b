// Checks that every published npm package ships the licence, and @nkscreen/core the third-party notices of the
// rigour tables it is built from, and that those copies match the repository root's. npm only packs files inside
// a package's folder, so each package keeps its own copy; this check keeps the copies honest. Run by CI and before
// every release: `node scripts/check-packed-files.mjs`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const required = {
  'packages/core': ['LICENSE', 'THIRD_PARTY_NOTICES.md'],
  'packages/dataset': ['LICENSE'],
  'packages/cli': ['LICENSE'],
};

const problems = [];
for (const [folder, files] of Object.entries(required)) {
  const { name } = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
  const output = execFileSync(
    'npm',
    ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', name],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const packed = new Set(JSON.parse(output)[0].files.map((file) => file.path));
  for (const file of files) {
    if (!packed.has(file)) problems.push(`${name}: the tarball lacks ${file} (add it to "files").`);
    const copy = readFileSync(join(root, folder, file), 'utf8');
    if (copy !== readFileSync(join(root, file), 'utf8')) {
      problems.push(`${folder}/${file} differs from the root ${file}: copy the root file over it.`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Licence files present in ${Object.keys(required).length} package tarballs.`);
