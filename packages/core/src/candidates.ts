import type { Term } from './analyze.js';
import { MAX_FUZZY_WORD } from './limits.js';
import { findByHash, visitDeletionKeys } from './deletion-table.js';
import { DELETION_MIN_LENGTH, getFuzzyTables, type Lookups } from './match-index.js';
import { compareWords, toSkeleton } from './similarity.js';

/**
 * Postings a query word can reach (flat `[aliasId, covered anchor weight × 1000, …]`): exactly, by
 * romanisation skeleton, or within its typo budget.
 */
export type WordLookup = (word: string, fuzzy: boolean) => readonly number[];

const EMPTY: readonly number[] = [];

/** Near spellings of a word among an index's fuzzy keys: flat `[key id, similarity × 1000, …]`. */
export type NearWords = (word: string) => readonly number[];

/** Most words a memo keeps before it starts again (a long page of unseen words must not grow it forever). */
const MEMO_LIMIT = 100000;

/**
 * Creates a memoised finder of a word's near spellings (typos, transpositions, romanisation variants) among the
 * index's fuzzy keys. One finder serves every lookup of a matcher: the scan pre-pass and the analysis after it ask
 * about the same capitalised words of a page, and a near spelling is worked out once.
 */
export function createNearWords(lookups: Lookups): NearWords {
  const memo = new Map<string, readonly number[]>();
  return (word) => {
    const cached = memo.get(word);
    if (cached) return cached;
    // A word past MAX_FUZZY_WORD is taken as written: no listed word is that long, and its deletions would cost
    // the square of its length.
    if (word.length < 4 || word.length > MAX_FUZZY_WORD || /^[0-9]+$/.test(word)) return EMPTY;
    const tables = getFuzzyTables(lookups);
    const skeleton = toSkeleton(word);
    let seen: Set<number> | undefined;
    let found: number[] | undefined;
    const consider = (id: number): void => {
      seen ??= new Set();
      if (seen.has(id)) return;
      seen.add(id);
      const candidate = tables.words[id]!;
      if (candidate === word) return;
      const near = compareWords(word, candidate, skeleton, tables.skeletons[id]);
      if (near) (found ??= []).push(id, Math.round(near.similarity * 1000));
    };
    // Probing the word and its deletions finds typos (transpositions included); the skeleton finds
    // romanisation variants.
    visitDeletionKeys(word, word.length >= DELETION_MIN_LENGTH, (hash) =>
      findByHash(tables.deletions, hash, consider),
    );
    for (const id of tables.bySkeleton.get(skeleton) ?? EMPTY) consider(id);
    const result = found ?? EMPTY;
    if (memo.size > MEMO_LIMIT) memo.clear();
    memo.set(word, result);
    return result;
  };
}

/**
 * Creates a memoised word → aliases lookup over an index's vocabulary and fuzzy keys; with `only`, over those
 * vocabulary keys alone (the scan pre-pass asks whether a word reaches a trigger, exactly or near). Lookups of one
 * matcher share `nearWords`.
 */
export function createWordLookup(
  lookups: Lookups,
  only?: ReadonlySet<string>,
  nearWords: NearWords = createNearWords(lookups),
): WordLookup {
  const vocabulary = (key: string): readonly number[] | undefined =>
    only === undefined || only.has(key) ? lookups.vocab.get(key) : undefined;
  const exactCache = new Map<string, readonly number[]>();
  const fuzzyCache = new Map<string, readonly number[]>();
  return (word, fuzzy) => {
    const cache = fuzzy ? fuzzyCache : exactCache;
    const cached = cache.get(word);
    if (cached) return cached;
    let result = vocabulary(word) ?? EMPTY;
    // A word is also read as a near spelling when it is itself a listed word: Dalpiterstroi, written so in one
    // alias, is a spelling of Dalpiterstroy in the others.
    const near = fuzzy ? nearWords(word) : EMPTY;
    if (near.length > 0) {
      const { words } = getFuzzyTables(lookups);
      let merged: number[] | undefined;
      for (let n = 0; n < near.length; n += 2) {
        const postings = vocabulary(words[near[n]!]!);
        if (!postings) continue;
        merged ??= [...result];
        // A fuzzy reach counts for the similarity it can score at most.
        const similarity = near[n + 1]! / 1000;
        for (let p = 0; p < postings.length; p += 2)
          merged.push(postings[p]!, Math.round(postings[p + 1]! * similarity));
      }
      if (merged) result = merged;
    }
    if (cache.size > MEMO_LIMIT) cache.clear();
    // Unbounded words are not kept: a page of them would hold the whole page in the cache.
    if (word.length <= MAX_FUZZY_WORD) cache.set(word, result);
    return result;
  };
}

/** Longest a piece of a split word can be ("Nam", "Gang", "Silver"). */
export const MAX_SPLIT_PART = 6;
/** Most words after the first that a split name joins (Nam Gang, Ko Ryo Bank). */
export const MAX_SPLIT_RUN = 3;

/** An alias reachable from the query: where it was reached, and how much anchor weight was found for it. */
export interface Candidate {
  anchors: number[];
  /** Per anchor position, the anchor weight reached there (an upper bound, as `reached`). */
  weights: number[];
  /** Upper bound on the alias anchor weight the query can match (fuzzy reaches count at their similarity). */
  reached: number;
  /** Bit set of query term positions (below 30) whose lookups reached the alias, all words of a split. */
  covered: number;
}

/** One lookup made for a query: what it reached, from which position, covering which positions. */
interface Reach {
  postings: readonly number[];
  position: number;
  covering: number;
}

/**
 * For each alias reachable from the query terms, the query term positions that reached it (its anchors).
 * Single words and runs of up to three short adjacent words (split names) are looked up. With `needed`, only
 * aliases the query could bring to the anchor weight they need (`needed(aliasId)`) are gathered: the candidates
 * of a query stay few however many aliases share its common words, and no alias that could still be scored is
 * left out.
 */
export function findCandidates(
  terms: readonly Term[],
  lookup: WordLookup,
  source?: string,
  needed?: (aliasId: number) => number,
): Map<number, Candidate> {
  const reaches = collectReaches(terms, lookup, source);
  const allowed = needed ? admitAliases(reaches, needed) : undefined;
  const found = new Map<number, Candidate>();
  for (const { postings, position, covering } of reaches) {
    for (let p = 0; p < postings.length; p += 2) {
      const aliasId = postings[p]!;
      const weight = postings[p + 1]! / 1000;
      const candidate = found.get(aliasId);
      if (candidate === undefined) {
        if (allowed && !allowed.has(aliasId)) continue;
        found.set(aliasId, {
          anchors: [position],
          weights: [weight],
          reached: weight,
          covered: covering,
        });
      } else {
        const last = candidate.anchors.length - 1;
        if (candidate.anchors[last] !== position) {
          candidate.anchors.push(position);
          candidate.weights.push(weight);
        } else candidate.weights[last] = candidate.weights[last]! + weight;
        candidate.reached += weight;
        candidate.covered |= covering;
      }
    }
  }
  return found;
}

/**
 * The aliases worth gathering: lookups are taken rarest first (fewest postings), and an alias first met in one
 * is dropped when its weight there and the most every later lookup could add stay below what it needs. Rare
 * words come first, so a word many aliases share only adds to aliases a rarer word already admitted.
 */
function admitAliases(reaches: readonly Reach[], needed: (aliasId: number) => number): Set<number> {
  // Per lookup, the weight it gives each alias (a typo-tolerant lookup can reach one alias through two words).
  const order = reaches
    .map((reach, r) => ({ reach, r }))
    .sort((a, b) => a.reach.postings.length - b.reach.postings.length || a.r - b.r)
    .map(({ reach }) => {
      const weights = new Map<number, number>();
      for (let p = 0; p < reach.postings.length; p += 2) {
        const aliasId = reach.postings[p]!;
        weights.set(aliasId, (weights.get(aliasId) ?? 0) + reach.postings[p + 1]! / 1000);
      }
      return weights;
    });
  // The most weight the lookups after each one (in that order) can still add to any single alias.
  const later = new Float64Array(order.length + 1);
  for (let r = order.length - 1; r >= 0; r--) {
    let most = 0;
    for (const weight of order[r]!.values()) most = Math.max(most, weight);
    later[r] = later[r + 1]! + most;
  }
  const allowed = new Set<number>();
  const dropped = new Set<number>();
  order.forEach((weights, r) => {
    for (const [aliasId, weight] of weights) {
      if (allowed.has(aliasId) || dropped.has(aliasId)) continue;
      if (weight + later[r + 1]! < needed(aliasId) - 1e-9) dropped.add(aliasId);
      else allowed.add(aliasId);
    }
  });
  return allowed;
}

/** The lookups of a query in order: each word (and its synonym keys), then the split names starting there. */
function collectReaches(terms: readonly Term[], lookup: WordLookup, source?: string): Reach[] {
  // In page text (source given), only capitalised words get typo-tolerant and split lookups.
  const capitalsOnly = source !== undefined;
  const reaches: Reach[] = [];
  const add = (postings: readonly number[], position: number, covering: number): void => {
    if (postings.length > 0) reaches.push({ postings, position, covering });
  };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (term.kind === 'stop' || term.kind === 'legal') continue;
    // A phrase of the lexicon (Al Qaida, People's Liberation Army) is one term: an index name made of nothing
    // else is anchored on it, so it is looked up as written and by its key, never misspelt or joined.
    const phrase = term.text.includes(' ');
    const fuzzy =
      !phrase && term.kind === 'anchor' && (!capitalsOnly || term.capital || term.upper);
    add(lookup(term.text, fuzzy), i, bit(i));
    if (term.key !== term.text) add(lookup(term.key, false), i, bit(i));
    // A company word reaches the names anchored on it by any of its spellings (Alqaeda, Al-Qa'ida).
    if (term.key !== term.text || (term.kind !== 'anchor' && term.kind !== 'number'))
      add(lookup(`#${term.key}`, false), i, bit(i));
    if (
      phrase ||
      term.kind === 'number' ||
      term.text.length > MAX_SPLIT_PART ||
      (capitalsOnly && !term.capital)
    )
      continue;
    let joined = term.text;
    let covering = bit(i);
    for (let j = i + 1; j <= Math.min(terms.length - 1, i + MAX_SPLIT_RUN); j++) {
      const next = terms[j]!;
      if (
        next.kind === 'stop' ||
        next.kind === 'legal' ||
        next.kind === 'number' ||
        next.text.length > MAX_SPLIT_PART
      )
        break;
      if (capitalsOnly && !next.capital && !isHyphenated(source, terms[j - 1]!, next)) break;
      if (next.first - terms[j - 1]!.last > 1 || next.text.includes(' ')) break;
      joined += next.text;
      covering |= bit(j);
      if (joined.length >= 5) add(lookup(joined, true), i, covering);
    }
  }
  return reaches;
}

/**
 * The anchor weight a candidate was reached by at positions `from`..`to`: what a window there can match at most.
 * Anchors found far apart in a long text (Home … Depot) do not add up to a mention.
 */
export function reachedBetween(candidate: Candidate, from: number, to: number): number {
  let sum = 0;
  const { anchors, weights } = candidate;
  for (let k = 0; k < anchors.length && anchors[k]! <= to; k++)
    if (anchors[k]! >= from) sum += weights[k]!;
  return sum;
}

/** Whether two words are joined by a single hyphen in the text (Chin-yong). */
export function isHyphenated(
  source: string | undefined,
  left: { end: number },
  right: { start: number },
): boolean {
  return source !== undefined && right.start - left.end === 1 && source.charCodeAt(left.end) === 45;
}

/** The bit of a query position in a coverage set; positions from 30 on share the top bit. */
export function bit(position: number): number {
  return 1 << Math.min(position, 30);
}
