import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs,
    );
  }
  return newest;
}

// The spawn tests run the built bin; rebuild it when the sources are newer, so `vitest run` alone never tests a
// stale build (under turbo, `build` has already run and this is a no-op).
export default function buildBinIfStale(): void {
  const bin = join(packageDir, 'dist', 'bin.js');
  if (existsSync(bin) && statSync(bin).mtimeMs >= newestSourceTime(join(packageDir, 'src'))) return;
  execFileSync('npx', ['tsup'], { cwd: packageDir, stdio: 'inherit' });
}
