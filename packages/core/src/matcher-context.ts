import type { MatchBuilders } from './build-match.js';
import { createNearWords, createWordLookup, type WordLookup } from './candidates.js';
import type { Hit } from './hits.js';
import { findHanParts, type HanParts } from './han-parts.js';
import type { LatinHits } from './latin-hits.js';
import { getLexicon, getWordsByKey, type Lexicon } from './lexicon.js';
import { getFuzzyTables, type IndexData, type Lookups, type MatchIndex } from './match-index.js';
import { normalizeName, type Token } from './normalize.js';
import type { Band } from './types.js';
import type { WeakAliases } from './weak-aliases.js';

/** What every stage of a matcher reads: the index, its lookups and the caller's thresholds. */
export interface MatcherContext {
  data: IndexData;
  lookups: Lookups;
  lexicon: Lexicon;
  matchThreshold: number;
  reviewThreshold: number;
  /** Word → postings, exact or typo-tolerant; `triggerLookup` the same over the scan trigger keys alone. */
  lookup: WordLookup;
  triggerLookup: WordLookup;
  isNameWord: (word: string) => boolean;
  isTextWord: (word: string, token: Token) => boolean;
  bandOf: (score: number) => Band | null;
  ceilingOf: (hit: Hit, corroborated: (entity: number) => boolean) => Hit;
  /** Words that can start a mention however they are written: trigger keys, and company words whose key is one. */
  hotWords: ReadonlySet<string>;
  /** Every start of a weak alias key, and every proper start of a weak alias written as words. */
  weakPrefixes: ReadonlySet<string>;
  weakStarts: ReadonlySet<string>;
  /** Per alias: made only of common words (Construction Development Company). */
  allGeneric: readonly boolean[];
  /** Per alias written in Latin and Han or kana: the Han written around its Latin words. */
  hanParts: readonly (HanParts | undefined)[];
  /**
   * Names with no distinctive word at all — only legal forms, stop words and words too common to anchor on (DES
   * INTERNATIONAL CO., LTD., SC SOUTH LLC on the OFAC SDN list) — by their normalised spelling: no word can lead to
   * them, so `matchName` finds them only when asked exactly as listed.
   */
  exactOnly: ReadonlyMap<string, readonly number[]>;
}

/** The stages `matchName` and `scanText` run: shared state, match builders, weak aliases, word hits. */
export interface MatcherStages {
  ctx: MatcherContext;
  builders: MatchBuilders;
  weak: WeakAliases;
  latinHits: LatinHits;
}

/** Builds the shared state of a matcher once, when it is created. */
export function createMatcherContext(
  index: MatchIndex,
  matchThreshold: number,
  reviewThreshold: number,
): MatcherContext {
  const { data, lookups } = index;
  // Build the typo-tolerance tables now, so the matcher is ready when it is returned.
  getFuzzyTables(lookups);
  const lexicon = getLexicon();
  const triggers = lookups.triggers;
  // Words that can start a mention however they are written: trigger keys, and company words whose key is one.
  // Walked from the triggers, so the cost follows the index, not the whole lexicon.
  const hotWords = new Set<string>(triggers.keys);
  const wordsByKey = getWordsByKey();
  for (const key of triggers.keys)
    for (const word of wordsByKey.get(key.startsWith('#') ? key.slice(1) : key) ?? [])
      hotWords.add(word);
  const isNameWord = (word: string): boolean =>
    lookups.vocab.has(word) || lookup(word, true).length > 0;
  // In page text only capitalised words get typo-tolerant lookups, as in candidate generation.
  const isTextWord = (word: string, token: Token): boolean =>
    lookups.vocab.has(word) || ((token.capital || token.upper) && lookup(word, true).length > 0);
  const nearWords = createNearWords(lookups);
  const lookup = createWordLookup(lookups, undefined, nearWords);
  const triggerLookup = createWordLookup(lookups, triggers.keys, nearWords);
  const bandOf = (score: number): Band | null =>
    score >= matchThreshold ? 'match' : score >= reviewThreshold ? 'review' : null;
  /**
   * A hit whose evidence allows review at most (a word left alone after its place is dropped, a misspelt
   * short name) stays just below the match band unless the context corroborates its entity.
   */
  const ceilingOf = (hit: Hit, corroborated: (entity: number) => boolean): Hit =>
    hit.reviewOnly && hit.score >= matchThreshold && !corroborated(hit.entity)
      ? { ...hit, score: matchThreshold - 0.001 }
      : hit;

  // Joining words into a multi-word weak alias (Department 53) stops once the words joined so far begin no
  // weak alias key, so ordinary text is not glued into ever longer strings.
  const weakPrefixes = new Set<string>();
  for (const key of lookups.weak.keys())
    for (let end = 1; end <= key.length; end++) weakPrefixes.add(key.slice(0, end));
  /**
   * Every proper start of a weak alias written as words: a capitalised word in text that may begin one (White
   * Tiger…). Acronyms need none: they are single upper-case words.
   */
  const weakStarts = new Set<string>();
  for (const key of lookups.weakWords)
    for (let end = 3; end < key.length; end++) weakStarts.add(key.slice(0, end));
  const exactOnly = new Map<string, number[]>();
  data.aliases.forEach((alias, aliasId) => {
    if (lookups.anchorWeight[aliasId] !== 0 || alias.cjk) return;
    const key = normalizeName(alias.text);
    exactOnly.set(key, [...(exactOnly.get(key) ?? []), aliasId]);
  });
  /** Aliases made only of common words (Construction Development Company), found once per alias. */
  const allGeneric = data.aliases.map((alias) =>
    alias.terms.every((t) => (t.kind !== 'anchor' || t.weight < 1) && t.kind !== 'number'),
  );
  return {
    data,
    lookups,
    lexicon,
    matchThreshold,
    reviewThreshold,
    lookup,
    triggerLookup,
    isNameWord,
    isTextWord,
    bandOf,
    ceilingOf,
    hotWords,
    weakPrefixes,
    weakStarts,
    allGeneric,
    hanParts: data.aliases.map(findHanParts),
    exactOnly,
  };
}
