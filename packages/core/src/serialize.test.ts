import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { isNkscreenError } from './errors.js';
import { createMatcher } from './matcher.js';
import { loadIndex, serializeIndex } from './serialize.js';
import { FIXTURE_ENTITIES } from './test-fixtures.js';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return isNkscreenError(error) ? error.code : 'untyped';
  }
  return undefined;
};

describe('serializeIndex and loadIndex', () => {
  it('round-trip an index to a versioned JSON string that matches the same way', () => {
    const index = compileIndex(FIXTURE_ENTITIES);
    const json = serializeIndex(index);
    expect(JSON.parse(json)).toMatchObject({ format: 'nkscreen-index', version: 3 });
    const loaded = loadIndex(json);
    expect(serializeIndex(loaded)).toBe(json);
    const queries = [
      'Korea Nam Gang Trading Co',
      '延边银星网络科技有限公司',
      'MOPATS',
      'ООО «Мокран»',
    ];
    const direct = createMatcher(index);
    const reloaded = createMatcher(loaded);
    for (const query of queries) expect(reloaded.matchName(query)).toEqual(direct.matchName(query));
    const text = 'Paid Korea Namgang Trading Corp (NTC) and 延边银星网络科技有限公司.';
    expect(reloaded.scanText(text)).toEqual(direct.scanText(text));
  });

  it('reject anything that is not a serialised index with INVALID_INDEX', () => {
    const valid = JSON.parse(serializeIndex(compileIndex(FIXTURE_ENTITIES))) as Record<
      string,
      unknown
    >;
    const broken = [
      'not json',
      '{}',
      JSON.stringify({ ...valid, version: 99 }),
      JSON.stringify({ ...valid, aliases: 'x' }),
      JSON.stringify({ ...valid, aliases: [[99, 'x', []]] }),
      JSON.stringify({ ...valid, weak: { ntc: [99] } }),
    ];
    for (const input of broken) expect(codeOf(() => loadIndex(input))).toBe('INVALID_INDEX');
    expect(codeOf(() => loadIndex(42 as unknown as string))).toBe('INVALID_INDEX');
    expect(codeOf(() => serializeIndex({} as never))).toBe('INVALID_INDEX');
  });
});

describe('compileIndex', () => {
  it('rejects malformed entities with INVALID_INPUT and bad options with INVALID_OPTION', () => {
    expect(codeOf(() => compileIndex('x' as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => compileIndex([{ id: '', name: 'x' }]))).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        compileIndex([
          { id: 'a', name: 'x' },
          { id: 'a', name: 'y' },
        ]),
      ),
    ).toBe('INVALID_INPUT');
    expect(codeOf(() => compileIndex([{ id: 'a', name: 'x', aliases: [1] as never }]))).toBe(
      'INVALID_INPUT',
    );
    expect(codeOf(() => compileIndex([], { genericMinEntities: 0 }))).toBe('INVALID_OPTION');
  });

  it('treats a word shared by many entities as generic', () => {
    const entities = ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((word, i) => ({
      id: `e${i}`,
      name: `${word} Zorblat Trading`,
    }));
    const matcher = createMatcher(compileIndex(entities));
    expect(matcher.matchName('Zorblat Trading')).toEqual([]);
    expect(matcher.matchName('Bravo Zorblat Trading')[0]).toMatchObject({
      entityId: 'e1',
      band: 'match',
    });
  });

  it('anchors a name made only of common words on its rarest words', () => {
    const matcher = createMatcher(compileIndex(FIXTURE_ENTITIES));
    expect(
      matcher.matchName('Korea General Corporation for External Construction')[0],
    ).toMatchObject({ entityId: 'genco', score: 1 });
    expect(matcher.matchName('Korea General Corporation')).toEqual([]);
  });
});

describe('shipped scan triggers', () => {
  const index = compileIndex(FIXTURE_ENTITIES);
  const serialized = JSON.parse(serializeIndex(index)) as { triggers: string[] };
  const tampered = (triggers: unknown) => JSON.stringify({ ...serialized, triggers });

  it('are the keys compileIndex chose, loaded without choosing them again', () => {
    expect(serialized.triggers).toEqual([...index.lookups.triggers.keys].sort());
    const loaded = loadIndex(JSON.stringify(serialized));
    expect([...loaded.lookups.triggers.keys].sort()).toEqual(serialized.triggers);
    expect(loaded.lookups.triggers.reach).toEqual(index.lookups.triggers.reach);
  });

  it('are refused with a typed error when one is no vocabulary key or an alias is left without any', () => {
    expect(() => loadIndex(tampered([...serialized.triggers, 'nosuchword']))).toThrow(
      /trigger "nosuchword" is not a vocabulary key/,
    );
    expect(() => loadIndex(tampered([]))).toThrow(/alias 0 has no scan trigger/);
    expect(codeOf(() => loadIndex(tampered([])))).toBe('INVALID_INDEX');
    expect(() => loadIndex(tampered('mokran'))).toThrow(/triggers must be strings/);
  });
});
