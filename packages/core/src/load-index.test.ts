import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { isNkscreenError } from './errors.js';
import { INDEX_VERSION } from './match-index.js';
import { createMatcher } from './matcher.js';
import { loadIndex, serializeIndex } from './serialize.js';
import { FIXTURE_ENTITIES } from './test-fixtures.js';

type Json = Record<string, unknown> & { entities: string[]; aliases: unknown[][] };
const valid = (): Json => JSON.parse(serializeIndex(compileIndex(FIXTURE_ENTITIES))) as Json;

/** The message of the typed INVALID_INDEX error loadIndex throws, or a failure when it throws none. */
function rejection(index: unknown): string {
  try {
    loadIndex(typeof index === 'string' ? index : JSON.stringify(index));
  } catch (error) {
    if (isNkscreenError(error) && error.code === 'INVALID_INDEX') return error.message;
    throw error;
  }
  throw new Error('expected loadIndex to reject the index');
}

describe('loadIndex validates the whole index', () => {
  it('names the version it was given and the one it expects', () => {
    expect(rejection({ ...valid(), version: INDEX_VERSION - 1 })).toContain(
      `index version ${INDEX_VERSION - 1} is not supported (expected ${INDEX_VERSION})`,
    );
    expect(rejection({ ...valid(), version: String(INDEX_VERSION) })).toContain(
      `index version "${INDEX_VERSION}" is not supported (expected ${INDEX_VERSION})`,
    );
    const { version: _dropped, ...unversioned } = valid();
    expect(rejection(unversioned)).toContain('index version missing is not supported');
  });

  it('rejects empty, blank and duplicate entity ids and empty names', () => {
    const emptyId = valid();
    emptyId.entities[0] = '';
    expect(rejection(emptyId)).toContain('entity 0: empty id');
    const blankId = valid();
    blankId.entities[2] = ' ';
    expect(rejection(blankId)).toContain('entity 1: empty id');
    const duplicate = valid();
    duplicate.entities[2] = duplicate.entities[0]!;
    expect(rejection(duplicate)).toContain('entity 1: duplicate id "ntc"');
    const noName = valid();
    noName.entities[1] = '';
    expect(rejection(noName)).toContain('entity 0 ("ntc"): empty name');
  });

  it('rejects term offsets outside the alias text and token ranges that run backwards', () => {
    const past = valid();
    (past.aliases[0]![2] as number[])[3] = 500;
    expect(rejection(past)).toMatch(/alias 0: term "\w+" spans \d+–500/);
    const backwards = valid();
    const packed = backwards.aliases[0]![2] as number[];
    packed[2] = packed[3]! + 1;
    expect(rejection(backwards)).toContain('alias 0: term');
    const tokens = valid();
    (tokens.aliases[0]![2] as number[])[4] = 9;
    expect(rejection(tokens)).toContain('(tokens 9–0)');
  });

  it('rejects values of the wrong type anywhere', () => {
    const broken: [string, (index: Json) => void][] = [
      ['entities', (i) => (i.entities = [1, 'x'] as never)],
      ['words', (i) => (i.words = 'x')],
      ['info', (i) => (i.info = [])],
      ['info key', (i) => (i.info = { constructor: ['a', '', 0] })],
      ['alias row', (i) => (i.aliases[0] = ['x'])],
      ['alias row length', (i) => i.aliases[0]!.push('cjk', 'extra')],
      ['alias cjk', (i) => (i.aliases[0]![3] = 7)],
      ['term', (i) => ((i.aliases[0]![2] as unknown[])[0] = 'x')],
      ['term kind', (i) => ((i.aliases[0]![2] as number[])[1] = 9000)],
      ['weak', (i) => (i.weak = [])],
      ['weak list', (i) => (i.weak = { NTC: 'x' })],
      ['weak entity', (i) => (i.weak = { NTC: [-1] })],
      ['weak empty', (i) => (i.weak = { NTC: [] })],
      ['weak empty key', (i) => (i.weak = { '': [0] })],
      ['dfGeneric', (i) => (i.dfGeneric = [1])],
      ['places', (i) => (i.places = [])],
      ['places entity', (i) => (i.places = { 99: [['RU'], [], []] })],
      ['places country', (i) => (i.places = { 0: [['Russia'], [], []] })],
      ['places required country', (i) => (i.places = { 0: [[], ['ru'], []] })],
      ['places city', (i) => (i.places = { 0: [[], [], [' ']] })],
    ];
    for (const [what, breakIt] of broken) {
      const index = valid();
      breakIt(index);
      expect(() => rejection(index), what).not.toThrow();
    }
    const protoKey = JSON.stringify(valid()).replace(
      /}$/,
      ',"places":{"__proto__":[["RU"],[],[]]}}',
    );
    expect(() => rejection(protoKey), 'places key __proto__').not.toThrow();
    for (const input of ['', 'null', '[]', '"index"', '{"format":"nkscreen-index"}', 'not json'])
      expect(() => rejection(input), input).not.toThrow();
  });

  it('keeps a weak alias named __proto__ as an alias, not as the table prototype', () => {
    const index = valid();
    const json = JSON.stringify(index).replace('"weak":{', '"weak":{"__proto__":[0],');
    const loaded = loadIndex(json);
    expect(Object.getPrototypeOf(loaded.data.weak)).toBe(Object.prototype);
    expect(Object.hasOwn(loaded.data.weak, '__proto__')).toBe(true);
  });

  it('either loads a mutated index that matches without crashing or rejects it with a typed error', () => {
    const base = serializeIndex(compileIndex(FIXTURE_ENTITIES));
    const mutation = fc.record({
      at: fc.nat({ max: base.length - 1 }),
      cut: fc.nat({ max: 8 }),
      insert: fc.constantFrom(
        '',
        '0',
        '1',
        '-1',
        '99',
        '""',
        'null',
        '[]',
        '{}',
        '"x"',
        ',',
        '9e9',
      ),
    });
    fc.assert(
      fc.property(mutation, ({ at, cut, insert }) => {
        const json = base.slice(0, at) + insert + base.slice(at + cut);
        let index;
        try {
          index = loadIndex(json);
        } catch (error) {
          expect(isNkscreenError(error)).toBe(true);
          return;
        }
        const matcher = createMatcher(index);
        matcher.matchName('Korea Namgang Trading Corporation');
        for (const m of matcher.scanText(
          'Paid Korea Namgang Trading Corp (NTC) and 延边银星网络科技有限公司.',
        ))
          expect(m.span.end).toBeGreaterThan(m.span.start);
      }),
      { numRuns: 400, seed: 8 },
    );
  });

  it('either loads an index with one packed number changed or rejects it with a typed error', () => {
    const base = valid();
    const change = fc.record({
      alias: fc.nat({ max: base.aliases.length - 1 }),
      slot: fc.nat({ max: 200 }),
      value: fc.integer({ min: -2, max: 6000 }),
    });
    fc.assert(
      fc.property(change, ({ alias, slot, value }) => {
        const index = valid();
        const packed = index.aliases[alias]![2] as number[];
        packed[slot % packed.length] = value;
        let loaded;
        try {
          loaded = loadIndex(JSON.stringify(index));
        } catch (error) {
          expect(isNkscreenError(error)).toBe(true);
          return;
        }
        const matcher = createMatcher(loaded);
        for (const name of ['Korea Namgang Trading Corporation', 'Mokran LLC', 'MOPATS'])
          matcher.matchName(name);
        const text =
          'Paid Korea Namgang Trading Corp (NTC) and Mokran LLC, 延边银星网络科技有限公司.';
        for (const m of matcher.scanText(text))
          expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
      }),
      { numRuns: 400, seed: 9 },
    );
  });
});
