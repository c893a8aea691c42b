import { NkscreenError } from './errors.js';
import type { TermKind } from './lexicon.js';
import {
  createIndex,
  INDEX_VERSION,
  type IndexAlias,
  type IndexData,
  type IndexTerm,
  type MatchIndex,
} from './match-index.js';

const KINDS: readonly TermKind[] = ['anchor', 'number', 'generic', 'domain', 'legal', 'stop'];
type SerializedTerm = [
  text: string,
  kind: number,
  key: string,
  weight: number,
  start: number,
  end: number,
  first: number,
  last: number,
  legalClass?: string,
  place?: 1,
];
type SerializedAlias = [entity: number, text: string, terms: SerializedTerm[], cjk?: string];
interface SerializedIndex {
  format: 'nkscreen-index';
  version: number;
  entities: [id: string, name: string][];
  aliases: SerializedAlias[];
  weak: Record<string, number[]>;
  dfGeneric: string[];
}

/**
 * Serialises a compiled index to a compact, versioned JSON string (ship it prebuilt, load it with `loadIndex`).
 *
 * @example
 * const json = serializeIndex(compileIndex(entities));
 */
export function serializeIndex(index: MatchIndex): string {
  if (
    typeof index !== 'object' ||
    index === null ||
    index.format !== 'nkscreen-index' ||
    typeof index.data !== 'object'
  ) {
    throw new NkscreenError(
      'INVALID_INDEX',
      'serializeIndex: expected an index from compileIndex or loadIndex',
    );
  }
  const { data } = index;
  const out: SerializedIndex = {
    format: 'nkscreen-index',
    version: INDEX_VERSION,
    entities: data.entities.map((e) => [e.id, e.name]),
    aliases: data.aliases.map((alias) => {
      const terms = alias.terms.map((t): SerializedTerm => {
        const row: SerializedTerm = [
          t.text,
          KINDS.indexOf(t.kind),
          t.key === t.text ? '' : t.key,
          t.weight,
          t.start,
          t.end,
          t.first,
          t.last,
        ];
        if (t.legalClass || t.place) row.push(t.legalClass ?? '');
        if (t.place) row.push(1);
        return row;
      });
      return alias.cjk
        ? [alias.entity, alias.text, terms, alias.cjk]
        : [alias.entity, alias.text, terms];
    }),
    weak: data.weak,
    dfGeneric: data.dfGeneric,
  };
  return JSON.stringify(out);
}

function fail(detail: string): never {
  throw new NkscreenError('INVALID_INDEX', `loadIndex: ${detail}`);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function readTerm(row: unknown, where: string): IndexTerm {
  if (!Array.isArray(row) || row.length < 8) fail(`${where}: expected a term row`);
  const [text, kind, key, weight, start, end, first, last, legalClass, place] = row as unknown[];
  if (
    !isString(text) ||
    !isInt(kind) ||
    kind >= KINDS.length ||
    !isString(key) ||
    typeof weight !== 'number' ||
    !isInt(start) ||
    !isInt(end) ||
    !isInt(first) ||
    !isInt(last)
  ) {
    fail(`${where}: malformed term`);
  }
  const term: IndexTerm = {
    text,
    kind: KINDS[kind]!,
    key: key === '' ? text : key,
    weight,
    start,
    end,
    first,
    last,
  };
  if (isString(legalClass) && legalClass !== '') term.legalClass = legalClass;
  if (place === 1) term.place = true;
  return term;
}

/**
 * Loads an index serialised by `serializeIndex`, checking its shape; throws `NkscreenError` with code
 * `INVALID_INDEX` on anything else.
 *
 * @example
 * const matcher = createMatcher(loadIndex(await (await fetch('/index.json')).text()));
 */
export function loadIndex(serialized: string): MatchIndex {
  if (typeof serialized !== 'string') fail(`expected a JSON string, found ${typeof serialized}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(serialized);
  } catch (error) {
    throw new NkscreenError('INVALID_INDEX', 'loadIndex: the input is not JSON', { cause: error });
  }
  const input = parsed as Partial<SerializedIndex> | null;
  if (typeof input !== 'object' || input === null || input.format !== 'nkscreen-index')
    fail('not an nkscreen index (format field missing)');
  if (input.version !== INDEX_VERSION)
    fail(`index version ${String(input.version)} is not supported (expected ${INDEX_VERSION})`);
  if (
    !Array.isArray(input.entities) ||
    !Array.isArray(input.aliases) ||
    !Array.isArray(input.dfGeneric)
  )
    fail('entities, aliases and dfGeneric must be arrays');
  if (typeof input.weak !== 'object' || input.weak === null || Array.isArray(input.weak))
    fail('weak must be an object');
  const entities = input.entities.map((row, i) => {
    if (!Array.isArray(row) || !isString(row[0]) || !isString(row[1]))
      fail(`entity ${i}: expected [id, name]`);
    return { id: row[0], name: row[1] };
  });
  const aliases = input.aliases.map((row, i): IndexAlias => {
    if (
      !Array.isArray(row) ||
      !isInt(row[0]) ||
      row[0] >= entities.length ||
      !isString(row[1]) ||
      !Array.isArray(row[2])
    )
      fail(`alias ${i}: malformed`);
    const alias: IndexAlias = {
      entity: row[0],
      text: row[1],
      terms: row[2].map((t, k) => readTerm(t, `alias ${i} term ${k}`)),
    };
    if (row[3] !== undefined) {
      if (!isString(row[3])) fail(`alias ${i}: cjk must be a string`);
      alias.cjk = row[3];
    }
    return alias;
  });
  const weak: Record<string, number[]> = {};
  for (const [key, list] of Object.entries(input.weak)) {
    if (!Array.isArray(list) || !list.every((e) => isInt(e) && e < entities.length))
      fail(`weak alias "${key}": malformed`);
    weak[key] = list;
  }
  if (!input.dfGeneric.every(isString)) fail('dfGeneric must hold strings');
  const data: IndexData = { entities, aliases, weak, dfGeneric: input.dfGeneric };
  return createIndex(data);
}
