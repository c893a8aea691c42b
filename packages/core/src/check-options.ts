import { NkscreenError } from './errors.js';
import type { Band } from './types.js';

/** The error thrown for a bad option. */
export function invalidOption(message: string): NkscreenError {
  return new NkscreenError('INVALID_OPTION', message);
}

/** Checks a `minBand` option (default `review`). */
export function checkBand(value: unknown, where: string): Band {
  if (value === undefined) return 'review';
  if (value !== 'match' && value !== 'review')
    throw invalidOption(
      `${where}: minBand must be 'match' or 'review', found ${JSON.stringify(value)}`,
    );
  return value;
}

/** Checks that options, when given, are a plain object. */
export function checkOptionsObject(value: unknown, where: string): void {
  if (
    value !== undefined &&
    (typeof value !== 'object' || value === null || Array.isArray(value))
  ) {
    throw invalidOption(`${where}: options must be an object`);
  }
}

/** Checks a band threshold option (a number in (0, 1]). */
export function checkThreshold(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
    throw invalidOption(
      `createMatcher: ${name} must be a number in (0, 1], found ${String(value)}`,
    );
  }
  return value;
}
