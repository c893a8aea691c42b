import { NkscreenError } from './errors.js';
import { boundedEditDistance } from './similarity.js';
import type {
  Band,
  CompileIndexOptions,
  MatcherOptions,
  MatchNameOptions,
  ScanTextOptions,
} from './types.js';

/** The error thrown for a bad option. */
export function invalidOption(message: string): NkscreenError {
  return new NkscreenError('INVALID_OPTION', message);
}

/**
 * The option keys each call honours. Typed over the option interfaces so a key added to types.ts must be
 * listed here before the package compiles; a key not listed is rejected rather than silently ignored.
 */
const KNOWN_KEYS = {
  createMatcher: { matchThreshold: true, reviewThreshold: true } satisfies KeysOf<MatcherOptions>,
  matchName: { limit: true, minBand: true, context: true } satisfies KeysOf<MatchNameOptions>,
  scanText: { minBand: true, context: true } satisfies KeysOf<ScanTextOptions>,
  compileIndex: { genericMinEntities: true } satisfies KeysOf<CompileIndexOptions>,
};

/** Every key of an options interface, and no other (either mistake does not compile). */
type KeysOf<T> = Record<keyof T, true>;

/** A function of the public API that takes options. */
export type OptionsOwner = keyof typeof KNOWN_KEYS;

/** Checks a `minBand` option (default `review`). */
export function checkBand(value: unknown, where: string): Band {
  if (value === undefined) return 'review';
  if (value !== 'match' && value !== 'review')
    throw invalidOption(
      `${where}: minBand must be 'match' or 'review', found ${JSON.stringify(value)}`,
    );
  return value;
}

/** Checks that options, when given, are a plain object whose keys are all options of `where`. */
export function checkOptionsObject(value: unknown, where: OptionsOwner): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidOption(`${where}: options must be an object`);
  }
  const known = Object.keys(KNOWN_KEYS[where]);
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const closest = findClosest(key, known);
    throw invalidOption(
      `${where}: unknown option ${JSON.stringify(key)}` +
        (closest ? ` (did you mean ${JSON.stringify(closest)}?)` : '') +
        `; valid options: ${known.join(', ')}`,
    );
  }
}

/** The valid key a misspelt one most likely meant: within a third of its length in edits. */
function findClosest(key: string, known: readonly string[]): string | undefined {
  const budget = Math.max(2, Math.floor(key.length / 3));
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const candidate of known) {
    const distance = boundedEditDistance(key.toLowerCase(), candidate.toLowerCase(), budget);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
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
