import { runDatasetCommand } from './commands/dataset.js';
import type { CommandIo } from './commands/io.js';
import { runMatch } from './commands/match.js';
import { runScan } from './commands/scan.js';
import { runScreen } from './commands/screen.js';
import { createUsageError, exitCodes, isCliError } from './errors.js';
import { formatVersion } from './version.js';

export const mainHelp = `nkscreen: screen companies for links to North Korean forced labour

Usage: nkscreen <command> [options]

Commands:
  match "<name>"            the listed entities closest to one name, with the explanation and sources
  screen <file.csv | ->     screen a supplier list of any size; report as .html, .csv or .json
  scan <file.html | .txt>   find entity mentions in a saved page's visible text or a text file
  validate [dir]            check the dataset files (nkscreen-dataset validate)
  build [dir]               validate and build the dataset (nkscreen-dataset build)

Options:
  -h, --help       help for nkscreen, or for a command: nkscreen screen --help
  -v, --version    the CLI and dataset versions

Examples:
  nkscreen match "Korea Nam Gang Trading Co"
  nkscreen screen suppliers.csv --out report.html
  nkscreen scan saved-page.html

A hit is a similar name, not a finding: check each one against its sources.
`;

/** Runs one command line (without `node` and the script) and returns the exit code; never calls process.exit. */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(mainHelp);
        return command === undefined ? exitCodes.usage : exitCodes.ok;
      case '-v':
      case '--version':
      case 'version':
        io.stdout.write(`${formatVersion()}\n`);
        return exitCodes.ok;
      case 'match':
        return await runMatch(rest, io);
      case 'screen':
        return await runScreen(rest, io);
      case 'scan':
        return await runScan(rest, io);
      case 'validate':
      case 'build':
        return await runDatasetCommand(command, rest, io);
      default:
        throw createUsageError(
          `unknown command "${command}". Commands: match, screen, scan, validate, build. Run nkscreen --help.`,
        );
    }
  } catch (error) {
    if (isCliError(error)) {
      io.stderr.write(`nkscreen: ${error.message}\n`);
      return exitCodes.usage;
    }
    if (error instanceof Error && error.name === 'AbortError') {
      io.stderr.write('nkscreen: interrupted; no report was written.\n');
      return exitCodes.interrupted;
    }
    // One line, not a stack trace: the trace helps only the maintainers, who get it with NKSCREEN_DEBUG=1.
    const detail =
      error instanceof Error
        ? io.env.NKSCREEN_DEBUG
          ? (error.stack ?? error.message)
          : `${error.name}: ${error.message.split('\n')[0]}`
        : String(error);
    io.stderr.write(`nkscreen: internal error: ${detail}\n`);
    io.stderr.write(
      'Please report it at https://github.com/nkscreen/nkscreen/issues with the command you ran (run it again with NKSCREEN_DEBUG=1 for the details).\n',
    );
    return exitCodes.internal;
  }
}
