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
/** Numbers per term in an alias's packed row: word, kind × 1000 + weight × 100, start, end, first, last. */
const TERM_WIDTH = 6;
type SerializedAlias = [entity: number, text: string, packed: number[], cjk?: string];
/** What a word means wherever it occurs: its synonym key, legal class and whether it names a place. */
type WordInfo = [key: string, legalClass: string, place: 0 | 1];
interface SerializedIndex {
  format: 'nkscreen-index';
  version: number;
  /** Flat `[id, name, id, name, …]`. */
  entities: string[];
  /** Every distinct term text; terms refer to them by position. */
  words: string[];
  /** Position of a word → its information, only where it differs from the word itself. */
  info: Record<string, WordInfo>;
  aliases: SerializedAlias[];
  weak: Record<string, number[]>;
  dfGeneric: string[];
  /** Entity position → `[countries, required countries, required cities]`, only for entities with any. */
  places?: Record<string, [string[], string[], string[]]>;
  /** Weak aliases written as words rather than acronyms. */
  weakWords?: string[];
  /** Entity position → keys of the sector words of its trade, only for entities with any. */
  trade?: Record<string, string[]>;
  /** The vocabulary keys that start analysis of text, sorted: derived tables shipped prebuilt. */
  triggers?: string[];
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
  const words: string[] = [];
  const wordIds = new Map<string, number>();
  const info: Record<string, WordInfo> = {};
  const wordOf = (term: IndexTerm): number => {
    // Nearly always a word means the same everywhere; "IT" read as information + technology does not.
    const identity = `${term.text}\u0000${term.key}\u0000${term.legalClass ?? ''}\u0000${term.place ? 1 : 0}`;
    let id = wordIds.get(identity);
    if (id === undefined) {
      id = words.length;
      words.push(term.text);
      wordIds.set(identity, id);
      if (term.key !== term.text || term.legalClass || term.place) {
        info[id] = [term.key, term.legalClass ?? '', term.place ? 1 : 0];
      }
    }
    return id;
  };
  const aliases = data.aliases.map((alias): SerializedAlias => {
    const packed: number[] = [];
    for (const t of alias.terms) {
      packed.push(
        wordOf(t),
        KINDS.indexOf(t.kind) * 1000 + Math.round(t.weight * 100),
        t.start,
        t.end,
        t.first,
        t.last,
      );
    }
    return alias.cjk
      ? [alias.entity, alias.text, packed, alias.cjk]
      : [alias.entity, alias.text, packed];
  });
  const out: SerializedIndex = {
    format: 'nkscreen-index',
    version: INDEX_VERSION,
    entities: data.entities.flatMap((e) => [e.id, e.name]),
    words,
    info,
    aliases,
    weak: data.weak,
    dfGeneric: data.dfGeneric,
  };
  const places: NonNullable<SerializedIndex['places']> = {};
  data.entities.forEach((e, position) => {
    if (e.countries || e.requires)
      places[position] = [e.countries ?? [], e.requires?.countries ?? [], e.requires?.cities ?? []];
  });
  if (Object.keys(places).length > 0) out.places = places;
  const trade: NonNullable<SerializedIndex['trade']> = {};
  data.entities.forEach((e, position) => {
    if (e.trade) trade[position] = e.trade;
  });
  if (Object.keys(trade).length > 0) out.trade = trade;
  if (data.weakWords && data.weakWords.length > 0) out.weakWords = data.weakWords;
  out.triggers = [...index.lookups.triggers.keys].sort();
  return JSON.stringify(out);
}

/**
 * Reads a table keyed by entity position (`places`, `trade`): each row must belong to an entity and pass `isRow`;
 * `restore` then applies it. A missing table is no rows.
 */
function readEntityTable<Row>(
  table: unknown,
  name: string,
  entities: IndexData['entities'],
  isRow: (row: unknown) => row is Row,
  restore: (entity: IndexData['entities'][number], row: Row, key: string) => void,
): void {
  if (table === undefined) return;
  if (typeof table !== 'object' || table === null || Array.isArray(table))
    fail(`${name} must be an object`);
  for (const [key, row] of Object.entries(table)) {
    const position = Number(key);
    const entity = Number.isInteger(position) ? entities[position] : undefined;
    if (!entity || !isRow(row)) fail(`${name} of entity ${key}: malformed`);
    restore(entity, row, key);
  }
}

/** Restores each entity's trade keys from the `trade` table. */
function readTrade(trade: unknown, entities: IndexData['entities']): void {
  readEntityTable(
    trade,
    'trade',
    entities,
    (keys): keys is string[] => Array.isArray(keys) && keys.length > 0 && keys.every(isString),
    (entity, keys) => {
      entity.trade = keys;
    },
  );
}

/** Restores each entity's countries and required context from the `places` table. */
function readPlaces(places: unknown, entities: IndexData['entities']): void {
  readEntityTable(
    places,
    'places',
    entities,
    (row): row is [string[], string[], string[]] =>
      Array.isArray(row) &&
      row.length === 3 &&
      row.every((list) => Array.isArray(list) && list.every(isString)),
    (entity, [countries, requiredCountries, cities], key) => {
      // compileIndex only writes ISO 3166-1 alpha-2 codes and named cities; anything else is not its output.
      for (const code of [...countries, ...requiredCountries])
        if (!/^[A-Z]{2}$/.test(code))
          fail(
            `places of entity ${key}: country ${JSON.stringify(code)} is not an ISO alpha-2 code`,
          );
      if (cities.some((city) => city.trim() === ''))
        fail(`places of entity ${key}: empty city name`);
      if (countries.length > 0) entity.countries = countries;
      if (requiredCountries.length > 0 || cities.length > 0) {
        entity.requires = {};
        if (requiredCountries.length > 0) entity.requires.countries = requiredCountries;
        if (cities.length > 0) entity.requires.cities = cities;
      }
    },
  );
}

/** Entities from the flat `[id, name, …]` list: ids non-empty and unique, names non-empty. */
function readEntities(flat: readonly string[]): IndexData['entities'] {
  const entities: IndexData['entities'] = [];
  const seen = new Set<string>();
  for (let i = 0; i < flat.length; i += 2) {
    const id = flat[i]!;
    const name = flat[i + 1]!;
    if (id.trim() === '') fail(`entity ${i / 2}: empty id`);
    if (seen.has(id)) fail(`entity ${i / 2}: duplicate id ${JSON.stringify(id)}`);
    if (name.trim() === '') fail(`entity ${i / 2} (${JSON.stringify(id)}): empty name`);
    seen.add(id);
    entities.push({ id, name });
  }
  return entities;
}

/** Term spans must lie inside the alias text and token ranges run forwards: the matcher slices by them. */
function checkOffsets(alias: IndexAlias, where: string): void {
  for (const term of alias.terms) {
    if (term.start > term.end || term.end > alias.text.length || term.first > term.last)
      fail(
        `${where}: term "${term.text}" spans ${term.start}–${term.end} (tokens ${term.first}–${term.last}), outside its text of ${alias.text.length} characters`,
      );
  }
}

function fail(detail: string): never {
  throw new NkscreenError('INVALID_INDEX', `loadIndex: ${detail}`);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function readTerms(
  packed: unknown,
  words: readonly string[],
  info: Record<string, WordInfo>,
  where: string,
): IndexTerm[] {
  if (!Array.isArray(packed) || packed.length % TERM_WIDTH !== 0) fail(`${where}: malformed terms`);
  const terms: IndexTerm[] = [];
  for (let p = 0; p < packed.length; p += TERM_WIDTH) {
    const word = packed[p] as unknown;
    const code = packed[p + 1] as unknown;
    const start = packed[p + 2] as unknown;
    const end = packed[p + 3] as unknown;
    const first = packed[p + 4] as unknown;
    const last = packed[p + 5] as unknown;
    if (
      !isInt(word) ||
      word >= words.length ||
      !isInt(code) ||
      !isInt(start) ||
      !isInt(end) ||
      !isInt(first) ||
      !isInt(last)
    ) {
      fail(`${where}: malformed term`);
    }
    const kind = KINDS[Math.floor(code / 1000)];
    if (kind === undefined) fail(`${where}: unknown term kind`);
    const text = words[word]!;
    const meaning = info[word];
    const term: IndexTerm = {
      text,
      kind,
      key: meaning?.[0] || text,
      weight: (code % 1000) / 100,
      start,
      end,
      first,
      last,
    };
    if (meaning?.[1]) term.legalClass = meaning[1];
    if (meaning?.[2] === 1) term.place = true;
    terms.push(term);
  }
  return terms;
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
  if (typeof input !== 'object' || input === null || input.format !== 'nkscreen-index') {
    fail('not an nkscreen index (format field missing)');
  }
  if (input.version !== INDEX_VERSION) {
    // Shown as JSON so a version of the wrong type ("3", a string) does not read like the expected one.
    const given = input.version === undefined ? 'missing' : JSON.stringify(input.version);
    fail(
      `index version ${given} is not supported (expected ${INDEX_VERSION}); rebuild it with serializeIndex`,
    );
  }
  const { entities: flat, words, info, aliases: rows, weak: weakInput, dfGeneric } = input;
  if (!Array.isArray(flat) || flat.length % 2 !== 0 || !flat.every(isString))
    fail('entities must be [id, name, …] strings');
  if (!Array.isArray(words) || !words.every(isString)) fail('words must be strings');
  if (typeof info !== 'object' || info === null || Array.isArray(info))
    fail('info must be an object');
  for (const [key, value] of Object.entries(info)) {
    if (
      !isInt(Number(key)) ||
      Number(key) >= words.length ||
      !Array.isArray(value) ||
      value.length !== 3 ||
      !isString(value[0]) ||
      !isString(value[1]) ||
      (value[2] !== 0 && value[2] !== 1)
    ) {
      fail(`info of word ${key}: malformed`);
    }
  }
  if (!Array.isArray(rows) || !Array.isArray(dfGeneric) || !dfGeneric.every(isString))
    fail('aliases and dfGeneric must be arrays');
  if (typeof weakInput !== 'object' || weakInput === null || Array.isArray(weakInput))
    fail('weak must be an object');
  const entities = readEntities(flat);
  const aliases = rows.map((row, i): IndexAlias => {
    if (
      !Array.isArray(row) ||
      row.length < 3 ||
      row.length > 4 ||
      !isInt(row[0]) ||
      row[0] >= entities.length ||
      !isString(row[1])
    )
      fail(`alias ${i}: malformed`);
    const alias: IndexAlias = {
      entity: row[0],
      text: row[1],
      terms: readTerms(row[2], words, info, `alias ${i}`),
    };
    checkOffsets(alias, `alias ${i}`);
    if (row[3] !== undefined) {
      if (!isString(row[3])) fail(`alias ${i}: cjk must be a string`);
      alias.cjk = row[3];
    }
    return alias;
  });
  for (const [key, list] of Object.entries(weakInput)) {
    if (
      key === '' ||
      !Array.isArray(list) ||
      list.length === 0 ||
      !list.every((e) => isInt(e) && e < entities.length)
    )
      fail(`weak alias ${JSON.stringify(key)}: malformed`);
  }
  // Own data properties only: assigning "__proto__" to a plain object would change its prototype instead.
  const weak: Record<string, number[]> = Object.fromEntries(Object.entries(weakInput));
  readPlaces(input.places, entities);
  readTrade(input.trade, entities);
  const { weakWords } = input;
  if (weakWords !== undefined && (!Array.isArray(weakWords) || !weakWords.every(isString)))
    fail('weakWords must be strings');
  const { triggers } = input;
  if (triggers !== undefined && (!Array.isArray(triggers) || !triggers.every(isString)))
    fail('triggers must be strings');
  const index = createIndex({
    entities,
    aliases,
    weak,
    dfGeneric,
    weakWords,
    triggerKeys: triggers,
  });
  // Shipped triggers must be keys of the vocabulary, and every alias the vocabulary reaches needs one: an alias
  // without a trigger would never be found in text, a silent wrong answer.
  const { vocab } = index.lookups;
  const triggered = new Uint8Array(aliases.length);
  for (const key of index.lookups.triggers.keys) {
    const postings = vocab.get(key);
    if (!postings) fail(`trigger ${JSON.stringify(key)} is not a vocabulary key`);
    for (let p = 0; p < postings.length; p += 2) triggered[postings[p]!] = 1;
  }
  for (const postings of vocab.values())
    for (let p = 0; p < postings.length; p += 2)
      if (!triggered[postings[p]!]) fail(`alias ${postings[p]} has no scan trigger`);
  return index;
}
