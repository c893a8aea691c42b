/**
 * Stable machine-readable codes carried by every {@link NkscreenError}.
 *
 * @example
 * const code: NkscreenErrorCode = 'INVALID_OPTION';
 */
export type NkscreenErrorCode = 'INVALID_OPTION' | 'INVALID_INPUT' | 'INVALID_INDEX';

/**
 * The one error class nkscreen throws; `code` is stable across releases, the message is for people.
 *
 * @example
 * try { loadIndex('{}'); } catch (error) { if (isNkscreenError(error)) console.log(error.code); } // 'INVALID_INDEX'
 */
export class NkscreenError extends Error {
  override readonly name = 'NkscreenError';
  readonly code: NkscreenErrorCode;

  constructor(code: NkscreenErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/**
 * Tells whether a value is an {@link NkscreenError}, also across realms (worker, content script, page).
 *
 * @example
 * if (isNkscreenError(error) && error.code === 'INVALID_OPTION') showUsage();
 */
export function isNkscreenError(value: unknown): value is NkscreenError {
  if (value instanceof NkscreenError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  return candidate.name === 'NkscreenError' && typeof candidate.code === 'string';
}
