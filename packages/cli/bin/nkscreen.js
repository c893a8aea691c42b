#!/usr/bin/env node
// The file npm links as `nkscreen`. It is committed (dist/ is not), so a fresh checkout's `npm install` can link it
// before anything is built; it runs the built CLI, or says how to build it.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'nkscreen: the CLI is not built in this checkout yet (packages/cli/dist is missing).\n' +
      'Build it once with: npm run build:cli   (at the repository root), then run nkscreen again.\n',
  );
  process.exit(2);
}
await import(built.href);
