/** Exit codes of the `nkscreen` command. */
export const exitCodes = {
  ok: 0,
  hits: 1,
  usage: 2,
  internal: 3,
  interrupted: 130,
} as const;

export type CliErrorCode = 'USAGE' | 'INPUT';

/** A problem the user can fix (bad arguments or unreadable input); the message says what to do. */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly code: CliErrorCode;

  constructor(code: CliErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True for a {@link CliError}, also across realms (compares the name as well as the prototype). */
export function isCliError(error: unknown): error is CliError {
  return (
    error instanceof CliError ||
    (error instanceof Error && error.name === 'CliError' && 'code' in error)
  );
}

export function createUsageError(message: string): CliError {
  return new CliError('USAGE', message);
}

export function createInputError(message: string, cause?: unknown): CliError {
  return new CliError('INPUT', message, { cause });
}
