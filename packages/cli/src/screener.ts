import {
  compileIndex,
  createMatcher,
  normalizeName,
  type Band,
  type Match,
  type Matcher,
  type MatchNameOptions,
} from '@nkscreen/core';
import { entities as datasetEntities } from '@nkscreen/dataset';
import { createBoundedCache } from './bounded-cache.js';
import { listDatasetEntities, type ExtraList, type ListedEntity } from './lists.js';

export interface ScreenerOptions {
  /** Lists added to the bundled dataset (`--list`). */
  lists?: readonly ExtraList[];
  /** Leave the bundled dataset out (only the given lists are used). */
  withoutDataset?: boolean;
  minBand?: Band;
  /** Matches kept per name; the best first. */
  limit?: number;
  /** Distinct names remembered per cache generation. */
  cacheSize?: number;
}

export interface ScreenerStats {
  names: number;
  cachedExact: number;
  cachedNormalised: number;
  matched: number;
}

/** Where a name was seen (the row's country, city and address cells), in core's context shape. */
export type MatchContext = NonNullable<MatchNameOptions['context']>;

/** Matches names against one compiled index, remembering the answer for every distinct name and context. */
export interface Screener {
  matchName(name: string, context?: MatchContext): readonly Match[];
  findEntity(key: string): ListedEntity | undefined;
  readonly entityCount: number;
  readonly lists: readonly string[];
  readonly matcher: Matcher;
  readonly stats: ScreenerStats;
}

const NO_MATCHES: readonly Match[] = Object.freeze([]);

/**
 * A copy of `text` that does not point into a larger string. Cells from papaparse are V8 slices of the whole parsed
 * block; keeping one as a cache key would keep its block (up to a megabyte) alive, and memory would grow with the file.
 */
export function detachString(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
// matchName reads upper-case words as possible acronyms (weak aliases), so only names without one may share a
// normalised cache entry with other spellings.
const UPPER_WORD = /\p{Lu}{2}/u;

function collectEntities(options: ScreenerOptions): { entities: ListedEntity[]; lists: string[] } {
  const entities: ListedEntity[] = options.withoutDataset
    ? []
    : listDatasetEntities(datasetEntities);
  const lists = options.withoutDataset ? [] : ['nkscreen dataset'];
  const keys = new Set(entities.map((entity) => entity.key));
  for (const list of options.lists ?? []) {
    lists.push(list.label);
    for (const entity of list.entities) {
      let key = entity.key;
      for (let n = 2; keys.has(key); n++) key = `${entity.key}#${n}`;
      keys.add(key);
      entities.push(key === entity.key ? entity : { ...entity, key });
    }
  }
  return { entities, lists };
}

function detachContext(context: MatchContext | undefined): MatchContext {
  return {
    ...(context?.countries ? { countries: context.countries.map(detachString) } : {}),
    ...(context?.cities ? { cities: context.cities.map(detachString) } : {}),
    ...(context?.text ? { text: detachString(context.text) } : {}),
  };
}

/** The context as one string (empty when it says nothing), for cache keys. */
function describeContext(context: MatchContext): string {
  const countries = context.countries?.join('\u001f') ?? '';
  const cities = context.cities?.join('\u001f') ?? '';
  const text = context.text ?? '';
  return countries === '' && cities === '' && text === ''
    ? ''
    : `${countries}\u001e${cities}\u001e${text}`;
}

/** Compiles the bundled dataset plus any extra lists once, and returns a caching matcher over them. */
export function createScreener(options: ScreenerOptions = {}): Screener {
  const { entities, lists } = collectEntities(options);
  const byKey = new Map(entities.map((entity) => [entity.key, entity]));
  const index = compileIndex(
    entities.map((entity) => ({
      id: entity.key,
      name: entity.name,
      aliases: entity.aliases,
      weakAliases: entity.weakAliases,
      // Where a dataset entity operates, and the context it requires before a hit is a match.
      countries: entity.entity?.countries,
      requires: entity.entity?.requires,
      // What the sources say it does: an extra word of its trade (Nauta Shipyard) is no sign of another firm.
      trade: entity.entity?.summary,
    })),
  );
  const matcher = createMatcher(index);
  const matchOptions = { limit: options.limit ?? 3, minBand: options.minBand ?? 'review' } as const;
  const cacheSize = options.cacheSize ?? 100_000;
  const exact = createBoundedCache<readonly Match[]>(cacheSize);
  const normalised = createBoundedCache<readonly Match[]>(cacheSize);
  const stats: ScreenerStats = { names: 0, cachedExact: 0, cachedNormalised: 0, matched: 0 };

  function matchCached(name: string, where: string, context?: MatchContext): readonly Match[] {
    // The same name in another country may be another answer, so the context is part of every cache key.
    const cacheKey = where === '' ? name : `${name}\u0000${where}`;
    const known = exact.get(cacheKey);
    if (known !== undefined) {
      stats.cachedExact++;
      return known;
    }
    // Only misses share a normalised entry: a hit's explanation quotes the name exactly as written.
    const key = UPPER_WORD.test(name) ? undefined : `${normalizeName(name)}\u0000${where}`;
    if (key !== undefined && normalised.get(key) === NO_MATCHES) {
      stats.cachedNormalised++;
      exact.set(detachString(cacheKey), NO_MATCHES);
      return NO_MATCHES;
    }
    stats.matched++;
    // The context is copied: a match's evidence quotes it, and its cells are slices of the parsed block.
    const found = matcher.matchName(
      name,
      where === '' ? matchOptions : { ...matchOptions, context: detachContext(context) },
    );
    // A Match holds pieces of the name (query words, the explanation), which V8 may keep as slices of the whole
    // parsed block. The cache keeps a copy made through the structured-clone serializer, whose strings are new
    // allocations; every hit of the name shares that copy, so a hit costs its row and not a match of its own.
    const result = found.length === 0 ? NO_MATCHES : structuredClone(found);
    exact.set(detachString(cacheKey), result);
    if (key !== undefined && result === NO_MATCHES) normalised.set(key, NO_MATCHES);
    return result;
  }

  function matchName(name: string, context?: MatchContext): readonly Match[] {
    stats.names++;
    const where = context ? describeContext(context) : '';
    const plain = matchCached(name, '');
    // Core's context only settles candidates that already reach review without it (a contradiction lowers a
    // score, a missing requirement caps it, corroboration lifts a weak alias that is at review already), so a name
    // with no review-band match needs no second look: rows whose country or city varies keep the cache's speed.
    if (where === '' || (plain.length === 0 && matchOptions.minBand === 'review')) return plain;
    return matchCached(name, where, context);
  }

  return {
    matchName,
    findEntity: (key) => byKey.get(key),
    entityCount: entities.length,
    lists,
    matcher,
    stats,
  };
}
