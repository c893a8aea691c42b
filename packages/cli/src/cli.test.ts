import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import type { CommandIo } from './commands/io.js';

function createIo(env: NodeJS.ProcessEnv, failStdout: Error): { io: CommandIo; stderr: string[] } {
  const stderr: string[] = [];
  const io = {
    stdout: {
      write: () => {
        throw failStdout;
      },
    },
    stderr: { write: (text: string) => stderr.push(text) },
    env,
  } as unknown as CommandIo;
  return { io, stderr };
}

describe('runCli on an internal error', () => {
  const bug = new TypeError(
    'cannot read properties of undefined\n    at secret (/home/dev/src/x.ts:1:1)',
  );

  it('says what failed in one line, with no stack trace, and exits 3', async () => {
    const { io, stderr } = createIo({}, bug);
    expect(await runCli(['--version'], io)).toBe(3);
    const text = stderr.join('');
    expect(text).toContain(
      'nkscreen: internal error: TypeError: cannot read properties of undefined\n',
    );
    expect(text).toContain('Please report it at');
    expect(text).not.toContain('    at ');
  });

  it('prints the stack when NKSCREEN_DEBUG is set, for the maintainers', async () => {
    const { io, stderr } = createIo({ NKSCREEN_DEBUG: '1' }, bug);
    await runCli(['--version'], io);
    expect(stderr.join('')).toContain('    at ');
  });
});
