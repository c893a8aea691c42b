import { analyzeTokens, KIND_WEIGHT, type Term } from './analyze.js';
import { checkOptionsObject } from './check-options.js';
import { cjkCore, isCjkAffix } from './cjk.js';
import { isCountryWord } from './context.js';
import { NkscreenError } from './errors.js';
import { MAX_NAME_LENGTH } from './limits.js';
import {
  createIndex,
  type IndexAlias,
  type IndexData,
  type IndexedEntity,
  type IndexTerm,
  type MatchIndex,
} from './match-index.js';
import { tokenize } from './normalize.js';
import type { CompileIndexOptions, IndexEntity } from './types.js';

/** Generic words that stay generic even when a name has nothing more distinctive. */
const NEVER_PROMOTE = new Set([
  'co',
  'general',
  'trade',
  'intl',
  'grp',
  'korea',
  'china',
  'russia',
]);
const PROMOTED_WEIGHT = 0.8;

function toIndexTerm(term: Term): IndexTerm {
  const out: IndexTerm = {
    text: term.text,
    kind: term.kind,
    key: term.key,
    weight: term.weight,
    start: term.start,
    end: term.end,
    first: term.first,
    last: term.last,
  };
  if (term.legalClass) out.legalClass = term.legalClass;
  if (term.place) out.place = true;
  return out;
}

function checkEntities(entities: unknown): asserts entities is readonly IndexEntity[] {
  if (!Array.isArray(entities)) {
    throw new NkscreenError(
      'INVALID_INPUT',
      `compileIndex: expected an array of entities, found ${typeof entities}`,
    );
  }
  const seen = new Set<string>();
  entities.forEach((entity: unknown, position) => {
    const e = entity as Partial<IndexEntity> | null;
    if (
      typeof e !== 'object' ||
      e === null ||
      typeof e.id !== 'string' ||
      e.id.trim() === '' ||
      typeof e.name !== 'string'
    ) {
      throw new NkscreenError(
        'INVALID_INPUT',
        `compileIndex: entity ${position} needs a non-empty string id and a string name`,
      );
    }
    const which = `entity "${e.id}" (position ${position})`;
    if (seen.has(e.id))
      throw new NkscreenError('INVALID_INPUT', `compileIndex: duplicate entity id "${e.id}"`);
    seen.add(e.id);
    if (tokenize(e.name).length === 0)
      throw new NkscreenError(
        'INVALID_INPUT',
        `compileIndex: ${which} has an empty name (no letters or digits)`,
      );
    for (const field of ['aliases', 'weakAliases', 'countries'] as const) {
      const list = e[field];
      if (
        list !== undefined &&
        (!Array.isArray(list) || list.some((item) => typeof item !== 'string'))
      ) {
        throw new NkscreenError(
          'INVALID_INPUT',
          `compileIndex: ${field} of "${e.id}" must be an array of strings`,
        );
      }
    }
    for (const text of [e.name, ...(e.aliases ?? []), ...(e.weakAliases ?? [])])
      if (text.length > MAX_NAME_LENGTH)
        throw new NkscreenError(
          'INVALID_INPUT',
          `compileIndex: ${which} has a name or alias of ${text.length} characters; the limit is ${MAX_NAME_LENGTH}`,
        );
    if (e.trade !== undefined && typeof e.trade !== 'string')
      throw new NkscreenError('INVALID_INPUT', `compileIndex: trade of "${e.id}" must be a string`);
    checkPlaces(e as IndexEntity);
  });
}

const ISO_CODE = /^[A-Z]{2}$/;
/** A trade description is read up to this many characters: a summary, not a document. */
const MAX_TRADE_LENGTH = 2000;

/** `requires` as an object, or as the dataset's `country:RU` / `city:Vladivostok` items. */
function readRequires(e: IndexEntity): { countries: string[]; cities: string[] } {
  const bad = (detail: string): never => {
    throw new NkscreenError('INVALID_INPUT', `compileIndex: ${detail} of "${e.id}"`);
  };
  const requires: unknown = e.requires;
  const out = { countries: [] as string[], cities: [] as string[] };
  if (requires === undefined) return out;
  if (Array.isArray(requires)) {
    for (const item of requires) {
      const found = typeof item === 'string' ? /^(country|city):(.+)$/.exec(item.trim()) : null;
      if (!found) bad(`requires item ${JSON.stringify(item)} must be "country:XX" or "city:Name"`);
      if (found![1] === 'country') out.countries.push(found![2]!.trim());
      else out.cities.push(found![2]!.trim());
    }
  } else if (typeof requires === 'object' && requires !== null) {
    const { countries, cities } = requires as Record<string, unknown>;
    for (const [name, list] of [
      ['countries', countries],
      ['cities', cities],
    ] as const) {
      if (
        list !== undefined &&
        (!Array.isArray(list) || list.some((item) => typeof item !== 'string'))
      )
        bad(`requires.${name} must be an array of strings`);
    }
    out.countries.push(...((countries as string[] | undefined) ?? []));
    out.cities.push(...((cities as string[] | undefined) ?? []));
  } else {
    bad('requires must be { countries?, cities? } or ["country:XX", "city:Name", …]');
  }
  for (const code of out.countries)
    if (!ISO_CODE.test(code))
      bad(`required countries must be ISO 3166-1 alpha-2 codes (found "${code}")`);
  return out;
}

/** Countries are ISO alpha-2 codes, and `requires` reads as one of its two forms. */
function checkPlaces(e: IndexEntity): void {
  for (const code of e.countries ?? [])
    if (!ISO_CODE.test(code))
      throw new NkscreenError(
        'INVALID_INPUT',
        `compileIndex: countries must be ISO 3166-1 alpha-2 codes (found "${code}") of "${e.id}"`,
      );
  readRequires(e);
}

/** The entity as the index keeps it: place facts only when given. */
function toIndexedEntity(e: IndexEntity): IndexedEntity {
  const out: IndexedEntity = { id: e.id, name: e.name };
  if (e.countries && e.countries.length > 0) out.countries = [...e.countries];
  const trade = tradeKeys(e.trade);
  if (trade.length > 0) out.trade = trade;
  const { countries, cities } = readRequires(e);
  if (countries.length > 0 || cities.length > 0) {
    out.requires = {};
    if (countries.length > 0) out.requires.countries = [...countries];
    if (cities.length > 0) out.requires.cities = [...cities];
  }
  return out;
}

/** The keys of the sector words (kind `domain`) in a description of what an entity does, sorted, once each. */
function tradeKeys(trade: string | undefined): string[] {
  if (trade === undefined) return [];
  const keys = new Set<string>();
  for (const term of analyzeTokens(tokenize(trade.slice(0, MAX_TRADE_LENGTH))))
    if (term.kind === 'domain') keys.add(term.key);
  return [...keys].sort();
}

/**
 * Compiles entities into a matching index: analysed aliases, anchor vocabulary, fuzzy and romanisation keys,
 * CJK cores and acronyms.
 *
 * @example
 * const index = compileIndex([{ id: 'mokran', name: 'Mokran LLC' }]);
 */
export function compileIndex(
  entities: readonly IndexEntity[],
  options: CompileIndexOptions = {},
): MatchIndex {
  checkEntities(entities);
  checkOptionsObject(options, 'compileIndex');
  const { genericMinEntities } = options;
  if (
    genericMinEntities !== undefined &&
    (!Number.isInteger(genericMinEntities) || genericMinEntities < 1)
  ) {
    throw new NkscreenError(
      'INVALID_OPTION',
      `compileIndex: genericMinEntities must be a positive integer, found ${String(genericMinEntities)}`,
    );
  }
  const threshold = genericMinEntities ?? Math.max(3, Math.ceil(entities.length * 0.01));

  const aliases: IndexAlias[] = [];
  const aliasTerms: Term[][] = [];
  // Keyed by data (an acronym may normalise to "constructor" or "__proto__"), so a Map, never a plain object.
  const weak = new Map<string, number[]>();
  const weakWords = new Set<string>();
  entities.forEach((entity, entityPosition) => {
    const seen = new Set<string>();
    for (const text of [entity.name, ...(entity.aliases ?? [])]) {
      const tokens = tokenize(text);
      const key = tokens.map((t) => t.text).join(' ');
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const terms = analyzeTokens(tokens);
      const alias: IndexAlias = { entity: entityPosition, text, terms: [] };
      const cjkText = tokens
        .filter((t) => t.script !== 'latin')
        .map((t) => t.text)
        .join('');
      // A mixed-script alias whose distinctive word is Latin (北京Sukbakso公司) keeps its CJK characters for
      // decoration: what is left of them is a place or a trade word (北京, 外贸), never a key of its own; nor is
      // a core that is only a country's name.
      // Likewise a Hangul alias whose words all read as common words (313총국: "general bureau").
      const latinAnchor = terms.some((t) => t.kind === 'anchor' && !t.fromHangul);
      const hangul = terms.filter((t) => t.fromHangul);
      const onlyCommon = hangul.length > 0 && !hangul.some((t) => t.kind === 'anchor');
      const core = cjkText.length >= 2 && !latinAnchor && !onlyCommon ? cjkCore(cjkText) : '';
      if (core !== '' && !isCountryWord(core) && !isCjkAffix(core)) alias.cjk = core;
      aliases.push(alias);
      aliasTerms.push(terms);
    }
    for (const acronym of entity.weakAliases ?? []) {
      const words = tokenize(acronym).map((t) => t.text);
      const key = words.join('');
      if (key.length < 2) continue;
      // A unit named by a number is written either way round (Bureau 53, 53 Bureau; Room 39, 39 Room).
      const numbered =
        words.length === 2 && words.filter((w) => /^[0-9]+$/.test(w)).length === 1
          ? [words[1]! + words[0]!]
          : [];
      for (const spelling of [key, ...numbered]) {
        if (/\p{Ll}/u.test(acronym)) weakWords.add(spelling);
        const list = weak.get(spelling) ?? [];
        weak.set(spelling, list);
        if (!list.includes(entityPosition)) list.push(entityPosition);
      }
    }
  });

  // Document frequency counts entities, not aliases, so many spellings of one name do not make it generic.
  const frequency = new Map<string, number>();
  const seenBy = new Map<string, number>();
  aliases.forEach((alias, aliasId) => {
    for (const term of aliasTerms[aliasId]!) {
      if (term.kind === 'legal' || term.kind === 'stop' || term.kind === 'number') continue;
      const word = term.kind === 'anchor' ? term.text : `#${term.key}`;
      if (seenBy.get(word) === alias.entity + 1) continue;
      seenBy.set(word, alias.entity + 1);
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  });
  const spellingFrequency = new Map<string, number>();
  const spelledBy = new Map<string, number>();
  aliases.forEach((alias, aliasId) => {
    for (const term of aliasTerms[aliasId]!) {
      if (spelledBy.get(term.text) === alias.entity + 1) continue;
      spelledBy.set(term.text, alias.entity + 1);
      spellingFrequency.set(term.text, (spellingFrequency.get(term.text) ?? 0) + 1);
    }
  });
  const dfGeneric: string[] = [];
  for (const [word, count] of frequency) {
    if (!word.startsWith('#') && count >= threshold) dfGeneric.push(word);
  }
  const dfSet = new Set(dfGeneric);

  aliases.forEach((alias, aliasId) => {
    const terms = aliasTerms[aliasId]!.map((term) =>
      term.kind === 'anchor' && dfSet.has(term.text)
        ? { ...term, kind: 'generic' as const, key: term.text, weight: KIND_WEIGHT.generic }
        : term,
    );
    if (!terms.some((t) => t.kind === 'anchor')) {
      // A name made only of common words is anchored on its rarest ones (External Construction).
      // Rarity by spelling: a listed word that happens to be a foreign generic word (Teknik) stays itself.
      const rarity = (t: Term): number => spellingFrequency.get(t.text) ?? 0;
      const promotable = terms.filter(
        (t) =>
          (t.kind === 'generic' || t.kind === 'domain') && !t.place && !NEVER_PROMOTE.has(t.key),
      );
      if (promotable.length > 0) {
        const rarest = Math.min(...promotable.map(rarity));
        for (const t of promotable) {
          if (rarity(t) === rarest) {
            t.kind = 'anchor';
            t.weight = PROMOTED_WEIGHT;
          }
        }
      }
    }
    alias.terms = terms.map(toIndexTerm);
  });

  const data: IndexData = {
    entities: entities.map(toIndexedEntity),
    aliases,
    weak: Object.fromEntries(weak),
    weakWords: [...weakWords].sort(),
    dfGeneric: dfGeneric.sort(),
  };
  return createIndex(data);
}
