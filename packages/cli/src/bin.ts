#!/usr/bin/env node
import { rmSync } from 'node:fs';
import { runCli } from './cli.js';
import { createProcessIo } from './commands/io.js';
import { listPendingTempFiles } from './write-atomic.js';

// On Ctrl-C or a kill, exit at once: the report is only ever written to a temporary file that is renamed at the
// end, so removing that file (if a write is under way) is all the cleanup needed; an old report stays as it was.
function exitOnSignal(signal: NodeJS.Signals, code: number): void {
  process.on(signal, () => {
    for (const temp of listPendingTempFiles()) rmSync(temp, { force: true });
    process.stderr.write(
      `\nnkscreen: interrupted (${signal}); no report was written, an existing one is unchanged.\n`,
    );
    process.exit(code);
  });
}
exitOnSignal('SIGINT', 130);
exitOnSignal('SIGTERM', 143);

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `nkscreen screen big.csv | head` closes the pipe early; that is not a failure.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), createProcessIo());
