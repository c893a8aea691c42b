import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { isNkscreenError } from './errors.js';
import { MAX_NAME_LENGTH } from './limits.js';
import { createMatcher } from './matcher.js';
import { loadIndex, serializeIndex } from './serialize.js';
import type { IndexEntity } from './types.js';

/** The typed error a call throws, or a failure when it throws none. */
function thrownBy(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    if (isNkscreenError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a typed error, none was thrown');
}

describe('compileIndex keeps data-keyed tables in Maps', () => {
  // Words that name properties of every plain object: as keys of an object they would read the prototype.
  const OBJECT_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

  it('compiles weak aliases that normalise to Object.prototype names and matches them', () => {
    const entities: IndexEntity[] = OBJECT_WORDS.map((word, i) => ({
      id: `e${i}`,
      name: `Zorblat ${['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'][i]} Trading`,
      weakAliases: [word.toUpperCase()],
    }));
    const index = compileIndex(entities);
    for (const built of [index, loadIndex(serializeIndex(index))]) {
      const matcher = createMatcher(built);
      const text = 'Zorblat Alpha Trading (CONSTRUCTOR) ships; see CONSTRUCTOR.';
      expect(matcher.scanText(text).map((m) => [m.entityId, m.span.text])).toContainEqual([
        'e0',
        'CONSTRUCTOR',
      ]);
    }
  });

  it('compiles names whose words are Object.prototype names', () => {
    const entities = OBJECT_WORDS.map((word, i) => ({ id: `e${i}`, name: `${word} Holdings LLC` }));
    const matcher = createMatcher(loadIndex(serializeIndex(compileIndex(entities))));
    expect(matcher.matchName('Constructor Holdings LLC')[0]?.entityId).toBe('e0');
    expect(matcher.matchName('toString Holdings LLC')[0]?.entityId).toBe('e2');
  });
});

describe('compileIndex rejects entities it cannot honour, naming them', () => {
  const cases: [string, unknown[], string][] = [
    ['an empty id', [{ id: '', name: 'Mokran LLC' }], 'entity 0 needs a non-empty string id'],
    ['a blank id', [{ id: '  ', name: 'Mokran LLC' }], 'entity 0 needs a non-empty string id'],
    [
      'a duplicate id',
      [
        { id: 'mokran', name: 'Mokran LLC' },
        { id: 'mokran', name: 'Osong Shipping' },
      ],
      'duplicate entity id "mokran"',
    ],
    [
      'an empty name',
      [{ id: 'mokran', name: '' }],
      'entity "mokran" (position 0) has an empty name',
    ],
    [
      'a name of punctuation only',
      [{ id: 'x', name: ' — ' }],
      'entity "x" (position 0) has an empty name',
    ],
    ['a missing name', [{ id: 'x' }], 'entity 0 needs a non-empty string id and a string name'],
    ['a null entity', [null], 'entity 0 needs'],
    [
      'a name longer than any name',
      [{ id: 'long', name: 'Mokran '.repeat(100) }],
      `entity "long" (position 0) has a name or alias of 700 characters; the limit is ${MAX_NAME_LENGTH}`,
    ],
    [
      'an alias longer than any name',
      [{ id: 'long', name: 'Mokran LLC', aliases: ['x'.repeat(MAX_NAME_LENGTH + 1)] }],
      'entity "long" (position 0) has a name or alias',
    ],
  ];
  for (const [what, entities, message] of cases) {
    it(`rejects ${what} with INVALID_INPUT`, () => {
      const error = thrownBy(() => compileIndex(entities as IndexEntity[]));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain(message);
    });
  }
});
