import type { Term, TermComparison } from './analyze.js';
import type { IndexTerm } from './match-index.js';
import { compareWords, SPLIT_PENALTY, toSkeleton, type WordSimilarity } from './similarity.js';
import type { AlignmentOp } from './types.js';
import { weighEvidence } from './weigh-evidence.js';

/** An aligned group of query terms and alias terms. */
export interface Pair {
  query: number[];
  alias: number[];
  similarity: number;
  op: AlignmentOp;
  weight: number;
}

/** The outcome of aligning a query with one alias. */
export interface AliasScore {
  score: number;
  pairs: Pair[];
  unmatchedQuery: number[];
  unmatchedAlias: number[];
  /** The evidence is too thin for the match band (see {@link weighEvidence}): review at most. */
  reviewOnly: boolean;
}

/** How strictly to score: `strict` is for a window cut out of longer text, where company words must agree. */
export interface ScoreMode {
  strict: boolean;
  /** Query terms already explained as this entity's acronym. */
  acronyms?: ReadonlySet<number>;
  /** Keys of the sector words of the entity's trade: an extra such word costs nothing. */
  trade?: readonly string[];
}

/** Share of its weight a listed word costs when the query lacks it; places (Korea) are often dropped. */
const MISSING_FACTOR = { loose: 0.5, strict: 0.75, place: 0.5, domain: 0.3 };
const EXTRA_FACTOR: Readonly<Record<string, number>> = {
  anchor: 1,
  number: 1,
  domain: 1.5,
  generic: 0.2,
  legal: 0,
  stop: 0,
};
/** Different words with the same meaning (Corp / Corporation): just short of the same spelling, so only the
 * listed spelling itself scores 1. */
const SAME_MEANING = 0.98;
const MIN_PAIR_SIMILARITY = 0.8;

/** Most query words a split spelling joins, and most alias words a merged one joins (Nam Gang, Silverstar). */
export const MAX_SPLIT_WORDS = 4;
export const MAX_MERGE_WORDS = 3;
/** How many letters a split or merged spelling may be longer or shorter than what it spells. */
export const SPLIT_LENGTH_SLACK = 3;

const skeletonCache = new Map<string, string>();
/** The romanisation skeleton of a word, memoised for every alignment in the process. */
export function skeletonOf(word: string): string {
  let skeleton = skeletonCache.get(word);
  if (skeleton === undefined) {
    skeleton = toSkeleton(word);
    if (skeletonCache.size > 50000) skeletonCache.clear();
    skeletonCache.set(word, skeleton);
  }
  return skeleton;
}

/** Whether a term of this kind is a word a name can be split or merged by (not a number, stop word or legal form). */
export function isWordy(kind: string): boolean {
  return kind === 'anchor' || kind === 'generic' || kind === 'domain';
}

const termIds = new Map<string, number>();
const KIND_CODES = ['anchor', 'number', 'generic', 'domain', 'legal', 'stop'];

function internTerm(term: IndexTerm): number {
  // The key is part of the identity: "IT" is read as two terms, information and technology.
  const identity = term.key === term.text ? term.text : `${term.text}\u0000${term.key}`;
  let id = termIds.get(identity);
  if (id === undefined) {
    id = termIds.size;
    termIds.set(identity, id);
  }
  return id * 8 + KIND_CODES.indexOf(term.kind);
}

/** Similarity of one query term and one alias term, with the reason; `null` when unrelated (memoised). */
export function compareTerms(q: Term, a: IndexTerm): TermComparison | null {
  // Text, key and kind identify how a term compares (ids are only compared within one query).
  a.id ??= internTerm(a);
  q.seen ??= new Map();
  let found = q.seen.get(a.id);
  if (found === undefined) {
    found = compareFresh(q, a);
    q.seen.set(a.id, found);
  }
  return found;
}

function compareFresh(q: Term, a: IndexTerm): TermComparison | null {
  const found = compareSpelling(q, a);
  // A Hangul name read in Latin letters agrees through the script, a little short of the listed spelling.
  if (found && q.fromHangul && (found.op === 'exact' || found.op === 'synonym'))
    return { similarity: 0.97, op: 'script' };
  return found;
}

function compareSpelling(q: Term, a: IndexTerm): TermComparison | null {
  if (q.kind === 'stop' || a.kind === 'stop') return null;
  if (a.kind === 'legal' || q.kind === 'legal') {
    if (a.kind === 'legal' && q.kind === 'legal') {
      if (q.text === a.text) return { similarity: 1, op: 'exact' };
      if (q.key === a.key || q.legalClass === a.legalClass)
        return { similarity: q.typo ? 0.9 : SAME_MEANING, op: 'legal_form' };
      return { similarity: 0.8, op: 'legal_form' };
    }
    // A truncated legal form ("SAR" for SARL).
    if (
      a.kind === 'legal' &&
      q.text.length >= 2 &&
      q.text.length < a.text.length &&
      !q.text.includes(' ') &&
      a.text.startsWith(q.text)
    ) {
      return { similarity: 0.8, op: 'legal_form' };
    }
    return null;
  }
  if (q.kind === 'number' || a.kind === 'number')
    return q.text === a.text ? { similarity: 1, op: 'exact' } : null;
  if (q.text === a.text) return { similarity: 1, op: 'exact' };
  if (q.kind !== 'anchor' && q.key === a.key) {
    if (q.typo) return { similarity: 0.9, op: 'typo' };
    // A generic word promoted to anchor only takes abbreviations (Ext. for External) and other forms of the
    // same word (Industrial for Industry), not translations (Teknik for Technology).
    if (
      a.kind !== 'anchor' ||
      a.text.startsWith(q.text) ||
      q.text.startsWith(a.text) ||
      sharedPrefix(q.text, a.text) >= 5
    )
      return { similarity: SAME_MEANING, op: 'synonym' };
  }
  if (q.text.includes(' ') || a.text.includes(' ') || q.text.length < 4 || a.text.length < 4)
    return null;
  q.skeleton ??= skeletonOf(q.text);
  a.skeleton ??= skeletonOf(a.text);
  const word = compareWords(q.text, a.text, q.skeleton, a.skeleton);
  return word && word.similarity >= MIN_PAIR_SIMILARITY ? word : null;
}

/**
 * How alike a spelling joined from several words is to one word (Nam Gang and Namgang, Silverstar and Silver
 * Star), or `null` when it cannot pair: close to its length and near it.
 */
export function spellsJoined(
  joined: string,
  word: string,
  wordSkeleton: string = skeletonOf(word),
): WordSimilarity | null {
  if (
    word.length < 4 ||
    joined.length < 4 ||
    Math.abs(word.length - joined.length) > SPLIT_LENGTH_SLACK
  )
    return null;
  const found = compareWords(joined, word, skeletonOf(joined), wordSkeleton);
  return found && found.similarity >= 0.86 ? found : null;
}

/** Whether the terms `from`..`to` follow one another in the text with no word between them. */
export function adjacent<T extends { first: number; last: number }>(
  terms: readonly T[],
  from: number,
  to: number,
): boolean {
  for (let i = from + 1; i <= to; i++) if (terms[i]!.first - terms[i - 1]!.last > 1) return false;
  return true;
}

function candidatePairs(
  query: readonly Term[],
  alias: readonly IndexTerm[],
  acronyms?: ReadonlySet<number>,
): Pair[] {
  const pairs: Pair[] = [];
  // Words already matched near-exactly need no split or merge reading.
  const solidQuery = new Uint8Array(query.length);
  const solidAlias = new Uint8Array(alias.length);
  for (let i = 0; i < query.length; i++) {
    if (acronyms?.has(i)) continue;
    for (let k = 0; k < alias.length; k++) {
      const found = compareTerms(query[i]!, alias[k]!);
      if (found) {
        pairs.push({
          query: [i],
          alias: [k],
          similarity: found.similarity,
          op: found.op,
          weight: alias[k]!.weight,
        });
        if (found.similarity >= 0.95) {
          solidQuery[i] = 1;
          solidAlias[k] = 1;
        }
      }
    }
  }
  // Split tokens: several query words spell one alias word (Nam Gang / Namgang).
  for (let i = 0; i < query.length; i++) {
    let joined = query[i]!.text;
    if (solidQuery[i] || !isWordy(query[i]!.kind) || joined.includes(' ')) continue;
    for (let j = i + 1; j < Math.min(query.length, i + MAX_SPLIT_WORDS); j++) {
      const next = query[j]!;
      if (
        solidQuery[j] ||
        !isWordy(next.kind) ||
        next.text.includes(' ') ||
        !adjacent(query, j - 1, j)
      )
        break;
      joined += next.text;
      for (let k = 0; k < alias.length; k++) {
        const a = alias[k]!;
        if (solidAlias[k] || !isWordy(a.kind)) continue;
        const word = spellsJoined(joined, a.text, a.skeleton ?? skeletonOf(a.text));
        if (word) {
          const query_ = [];
          for (let x = i; x <= j; x++) query_.push(x);
          pairs.push({
            query: query_,
            alias: [k],
            similarity: word.similarity * SPLIT_PENALTY,
            op: 'split',
            weight: a.weight,
          });
        }
      }
    }
  }
  // Merged tokens: one query word spells several alias words (Silverstar / Silver Star).
  for (let k = 0; k < alias.length; k++) {
    let joined = alias[k]!.text;
    let weight = alias[k]!.weight;
    if (solidAlias[k] || !isWordy(alias[k]!.kind) || joined.includes(' ')) continue;
    for (let l = k + 1; l < Math.min(alias.length, k + MAX_MERGE_WORDS); l++) {
      const next = alias[l]!;
      if (
        solidAlias[l] ||
        !isWordy(next.kind) ||
        next.text.includes(' ') ||
        !adjacent(alias, l - 1, l)
      )
        break;
      joined += next.text;
      weight += next.weight;
      const aliasIdx = [];
      for (let x = k; x <= l; x++) aliasIdx.push(x);
      for (let i = 0; i < query.length; i++) {
        const q = query[i]!;
        if (solidQuery[i] || !isWordy(q.kind) || acronyms?.has(i)) continue;
        const word = spellsJoined(joined, q.text, (q.skeleton ??= skeletonOf(q.text)));
        if (word) {
          pairs.push({
            query: [i],
            alias: aliasIdx.slice(),
            similarity: word.similarity * SPLIT_PENALTY,
            op: 'merge',
            weight,
          });
        }
      }
    }
  }
  return pairs;
}

/**
 * Aligns query terms with alias terms (free order, each term used once, splits and merges allowed) and
 * scores the alignment: distinctive words carry the score, extra distinctive query words cost their full
 * weight, numbers must agree, and a coverage term keeps scores from saturating.
 */
export function scoreAlias(
  query: readonly Term[],
  alias: readonly IndexTerm[],
  mode: ScoreMode,
): AliasScore | null {
  const pairs = candidatePairs(query, alias, mode.acronyms);
  pairs.sort(
    (x, y) =>
      y.similarity * y.weight - x.similarity * x.weight ||
      y.similarity - x.similarity ||
      x.query[0]! - y.query[0]!,
  );
  const usedQuery = new Uint8Array(query.length);
  const usedAlias = new Uint8Array(alias.length);
  const chosen: Pair[] = [];
  for (const pair of pairs) {
    if (pair.query.some((i) => usedQuery[i]) || pair.alias.some((k) => usedAlias[k])) continue;
    for (const i of pair.query) usedQuery[i] = 1;
    for (const k of pair.alias) usedAlias[k] = 1;
    chosen.push(pair);
  }

  let anchorMatched = false;
  let numberMatched = false;
  let otherMatched = false;
  let companyWordMatched = false;
  let numerator = 0;
  let denominator = 0;
  for (const pair of chosen) {
    numerator += pair.similarity * pair.weight;
    denominator += pair.weight;
    for (const k of pair.alias) {
      const kind = alias[k]!.kind;
      if (kind === 'anchor') anchorMatched = true;
      else if (kind === 'number') numberMatched = true;
      else {
        otherMatched = true;
        companyWordMatched = true;
      }
    }
  }
  if (!anchorMatched && !(numberMatched && otherMatched)) return null;
  const evidence = numberMatched ? 'full' : weighEvidence(chosen, query, alias, usedAlias);
  if (evidence === 'none') return null;

  const unmatchedAlias: number[] = [];
  let aliasHasNumber = false;
  let aliasHasCompanyWord = false;
  for (let k = 0; k < alias.length; k++) {
    const term = alias[k]!;
    if (term.kind === 'number') aliasHasNumber = true;
    if (term.kind === 'generic' || term.kind === 'domain' || term.kind === 'legal')
      aliasHasCompanyWord = true;
    if (usedAlias[k] || term.kind === 'stop') continue;
    unmatchedAlias.push(k);
    if (term.kind === 'legal') continue;
    if (term.kind === 'anchor' || term.kind === 'number') {
      if (mode.strict) return null;
      denominator += term.weight;
    } else {
      denominator +=
        term.weight *
        (term.place
          ? MISSING_FACTOR.place
          : term.kind === 'domain'
            ? // A sector word left off (…Network for …Network Technology) is an omission, not a conflict.
              MISSING_FACTOR.domain
            : mode.strict
              ? MISSING_FACTOR.strict
              : MISSING_FACTOR.loose);
    }
  }
  if (mode.strict && aliasHasCompanyWord && !companyWordMatched) return null;

  const unmatchedQuery: number[] = [];
  let queryHasNumber = false;
  for (let i = 0; i < query.length; i++) {
    const term = query[i]!;
    if (term.kind === 'number') queryHasNumber = true;
    if (usedQuery[i] || term.kind === 'stop' || mode.acronyms?.has(i)) continue;
    unmatchedQuery.push(i);
    // A sector word that says what the entity does (Nauta Shipyard for a shipyard) describes it, like a legal
    // form: it costs nothing, while a sector word of another trade (Nauta Seafood) costs in full.
    const fitsTrade = term.kind === 'domain' && mode.trade?.includes(term.key) === true;
    denominator += fitsTrade ? 0 : term.weight * (EXTRA_FACTOR[term.kind] ?? 1);
  }
  if (aliasHasNumber && queryHasNumber && !numberMatched) return null;
  if (denominator <= 0) return null;

  const base = numerator / denominator;
  const score =
    base *
    (0.94 +
      0.04 * coverage(query, alias, chosen, usedQuery, usedAlias) +
      0.02 * orderAgreement(chosen));
  return {
    score,
    pairs: chosen,
    unmatchedQuery,
    unmatchedAlias,
    reviewOnly: evidence === 'review',
  };
}

function coverage(
  query: readonly Term[],
  alias: readonly IndexTerm[],
  pairs: readonly Pair[],
  usedQuery: Uint8Array,
  usedAlias: Uint8Array,
): number {
  let queryTotal = 0;
  let queryCovered = 0;
  query.forEach((term, i) => {
    if (term.kind === 'stop') return;
    queryTotal += term.text.length;
    if (usedQuery[i]) queryCovered += term.text.length;
  });
  let aliasTotal = 0;
  let aliasCovered = 0;
  alias.forEach((term, k) => {
    if (term.kind === 'stop') return;
    aliasTotal += term.text.length;
    if (usedAlias[k]) aliasCovered += term.text.length;
  });
  const exactness =
    pairs.length === 0 ? 0 : pairs.reduce((sum, p) => sum + p.similarity, 0) / pairs.length;
  const share =
    (queryCovered / Math.max(1, queryTotal) + aliasCovered / Math.max(1, aliasTotal)) / 2;
  return share * exactness;
}

function orderAgreement(pairs: readonly Pair[]): number {
  if (pairs.length < 2) return 1;
  const sorted = [...pairs].sort((x, y) => x.query[0]! - y.query[0]!);
  let agree = 0;
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.alias[0]! > sorted[i - 1]!.alias[0]!) agree++;
  return agree / (sorted.length - 1);
}

/** Length of the common beginning of two words. */
function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}
