import {
  compileIndex,
  createMatcher,
  normalizeName,
  type Band,
  type Match,
  type Matcher,
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

/** Matches names against one compiled index, remembering the answer for every distinct name. */
export interface Screener {
  matchName(name: string): readonly Match[];
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
    })),
  );
  const matcher = createMatcher(index);
  const matchOptions = { limit: options.limit ?? 3, minBand: options.minBand ?? 'review' } as const;
  const cacheSize = options.cacheSize ?? 100_000;
  const exact = createBoundedCache<readonly Match[]>(cacheSize);
  const normalised = createBoundedCache<readonly Match[]>(cacheSize);
  const stats: ScreenerStats = { names: 0, cachedExact: 0, cachedNormalised: 0, matched: 0 };

  function matchName(name: string): readonly Match[] {
    stats.names++;
    const known = exact.get(name);
    if (known !== undefined) {
      stats.cachedExact++;
      return known;
    }
    // Only misses share a normalised entry: a hit's explanation quotes the name exactly as written.
    const key = UPPER_WORD.test(name) ? undefined : normalizeName(name);
    if (key !== undefined && normalised.get(key) === NO_MATCHES) {
      stats.cachedNormalised++;
      exact.set(detachString(name), NO_MATCHES);
      return NO_MATCHES;
    }
    stats.matched++;
    const found = matcher.matchName(name, matchOptions);
    const result = found.length === 0 ? NO_MATCHES : found;
    exact.set(detachString(name), result);
    if (key !== undefined && result === NO_MATCHES) normalised.set(key, NO_MATCHES);
    return result;
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
