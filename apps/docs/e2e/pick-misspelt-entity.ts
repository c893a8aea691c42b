import { compileIndex, createMatcher } from '@nkscreen/core';
import type { Entity } from '@nkscreen/dataset';

// A typo in one of these proves little: the test misspells a word that identifies the company.
const genericWords = new Set([
  'corporation',
  'company',
  'companies',
  'limited',
  'trading',
  'general',
  'international',
  'technology',
  'industrial',
  'enterprise',
  'committee',
  'department',
  'construction',
]);

/** Drops one letter from the middle of the longest distinctive Latin word, the kind of typo a supplier list carries. */
export function misspell(name: string): string | undefined {
  const words = name.split(/\s+/);
  const candidates = words.filter(
    (word) => /^\p{Script=Latin}{7,}$/u.test(word) && !genericWords.has(word.toLowerCase()),
  );
  const longest = candidates.reduce<string | undefined>(
    (a, b) => (a && a.length >= b.length ? a : b),
    undefined,
  );
  if (!longest) return undefined;
  const middle = Math.floor(longest.length / 2);
  return words
    .map((word) => (word === longest ? word.slice(0, middle) + word.slice(middle + 1) : word))
    .join(' ');
}

/**
 * Picks the first entity (in dataset order) whose misspelt name the matcher still finds as its top
 * result, so the browser test checks the site, not the matcher's tolerance.
 */
export function pickMisspeltEntity(entities: readonly Entity[]): { entity: Entity; query: string } {
  const matcher = createMatcher(compileIndex(entities));
  for (const entity of entities) {
    const query = misspell(entity.name);
    if (query && matcher.matchName(query)[0]?.entityId === entity.id) return { entity, query };
  }
  throw new Error(
    'No dataset entity is found by a one-letter misspelling of its name; the dataset or matcher changed.',
  );
}
