// A token Jaro–Winkler matcher of the kind OFAC-style screening tools use, written from the description of
// moov-io/watchman in ../shared/research/matching-anchors.md §2 (BestPairsJaroWinkler + compareName).
// It is a baseline to beat, so it keeps watchman's behaviour on purpose, including its known weaknesses:
// a 12-entry space-anchored suffix list, no synonym table, no romanisation folding, no script handling.

import { bestPerEntity, slideWindows } from '../lib/windows.mjs';

/** @typedef {{ id: string, name: string, aliases?: readonly string[], weakAliases?: readonly string[] }} EvalEntity */
/** @typedef {{ entityId: string, alias: string, band: 'match' | 'review', score: number }} Hit */

// watchman's defaults (internal/stringscore/jaro_winkler.go).
const BOOST_THRESHOLD = 0.7;
const PREFIX_SIZE = 4;
const LENGTH_CUTOFF = 0.9;
const LENGTH_PENALTY_WEIGHT = 0.3;
const DIFFERENT_LETTER_PENALTY = 0.9;
const UNMATCHED_INDEX_WEIGHT = 0.15;

/** Bands: 0.85 is watchman's historical "possible match" default (#37), 0.95 its "high confidence". */
export const JW_BANDS = { match: 0.95, review: 0.85 };

// pipeline_company_name_cleanup.go: uppercase, space-anchored, replaced by nothing.
const COMPANY_SUFFIXES = [
  ' CO.',
  ' D.O.O.',
  ' INC.',
  ' GMBH',
  ' LLC',
  ' L.L.C.',
  ' LLP',
  ' LTD.',
  ' LTD ',
  ', LTD',
  ' LTDA.',
  ' SA DE CV',
];

// watchman removes the detected language's stopwords; our queries are English or non-Latin, so English only.
const STOPWORDS = new Set(
  'a an and are as at be by for from in into is of on or the to with'.split(' '),
);

// watchman's partial Soundex classes for the first letter of each token.
const PHONETIC_CLASS = /** @type {Record<string, string>} */ ({});
for (const [cls, letters] of [
  ['A', 'aeiouy'],
  ['B', 'bfpv'],
  ['C', 'cgjkqsxz'],
  ['D', 'dt'],
  ['L', 'l'],
  ['M', 'mn'],
  ['R', 'r'],
  ['H', 'hw'],
]) {
  for (const letter of letters) PHONETIC_CLASS[letter] = cls;
}

/**
 * watchman's prepare pipeline: suffix cleanup, `.`/`,`/`-` to spaces, lower case, other punctuation dropped,
 * marks stripped, English stopwords removed.
 * @param {string} name
 * @returns {string[]}
 */
export function prepareTokens(name) {
  let upper = ` ${name.toUpperCase()} `;
  for (const suffix of COMPANY_SUFFIXES) upper = upper.split(suffix).join(' ');
  const cleaned = upper
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.,-]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, '');
  return cleaned.split(/\s+/).filter((token) => token !== '' && !STOPWORDS.has(token));
}

/**
 * Jaro–Winkler in the smetrics style: the prefix boost applies only above the boost threshold.
 * @param {string} a
 * @param {string} b
 */
export function jaroWinkler(a, b) {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Uint8Array(a.length);
  const bMatched = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!bMatched[j] && a[i] === b[j]) {
        aMatched[i] = 1;
        bMatched[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro =
    (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  if (jaro <= BOOST_THRESHOLD) return jaro;
  let prefix = 0;
  while (prefix < Math.min(PREFIX_SIZE, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** @param {number} metric @param {number} weight */
const scale = (metric, weight) => 1 - (1 - metric) * weight;

/** @param {string} token */
const phoneticClass = (token) => PHONETIC_CLASS[token[0] ?? ''] ?? token[0];

/** @param {string} indexed @param {string} query */
function tokenScore(indexed, query) {
  let score = jaroWinkler(indexed, query);
  const ratio = Math.min(indexed.length, query.length) / Math.max(indexed.length, query.length);
  if (ratio < LENGTH_CUTOFF) score *= scale(ratio, LENGTH_PENALTY_WEIGHT);
  if (indexed[0] !== query[0]) score *= DIFFERENT_LETTER_PENALTY;
  return score;
}

/**
 * Greedy best pairs: every query token takes its best unused indexed token (same phonetic first letter only);
 * length-weighted average, scaled down by the unmatched share of the indexed name.
 * @param {readonly string[]} query
 * @param {readonly string[]} indexed
 * @returns {{ score: number, strongTerms: number }}
 */
export function bestPairs(query, indexed) {
  /** @type {[number, number, number][]} */
  const pairs = [];
  for (let q = 0; q < query.length; q++) {
    for (let i = 0; i < indexed.length; i++) {
      const qt = query[q] ?? '';
      const it = indexed[i] ?? '';
      if (phoneticClass(qt) === phoneticClass(it)) pairs.push([tokenScore(it, qt), q, i]);
    }
  }
  pairs.sort((x, y) => y[0] - x[0]);
  const usedQuery = new Uint8Array(query.length);
  const usedIndexed = new Uint8Array(indexed.length);
  let weighted = 0;
  let matchedIndexedLength = 0;
  let strongTerms = 0;
  for (const [score, q, i] of pairs) {
    if (usedQuery[q] || usedIndexed[i]) continue;
    usedQuery[q] = 1;
    usedIndexed[i] = 1;
    const queryLength = (query[q] ?? '').length;
    const indexedLength = (indexed[i] ?? '').length;
    weighted += score * (queryLength + indexedLength);
    matchedIndexedLength += indexedLength;
    if (score > 0.9) strongTerms++;
  }
  const queryLength = query.reduce((sum, t) => sum + t.length, 0);
  const indexedLength = indexed.reduce((sum, t) => sum + t.length, 0);
  if (queryLength + matchedIndexedLength === 0 || indexedLength === 0) {
    return { score: 0, strongTerms: 0 };
  }
  const average = weighted / (queryLength + matchedIndexedLength);
  return {
    score: average * scale(matchedIndexedLength / indexedLength, UNMATCHED_INDEX_WEIGHT),
    strongTerms,
  };
}

/**
 * watchman's compareName for one alias: exact prepared name 1.0; otherwise best pairs, ×0.8 when fewer than two
 * query terms score above 0.9, ×0.85 when the names are not "close enough" (term-count ratio 0.3–3 and at least
 * 40% of query terms present in the alias).
 * @param {readonly string[]} query
 * @param {readonly string[]} indexed
 */
export function compareName(query, indexed) {
  if (query.length === 0 || indexed.length === 0) return 0;
  if (query.join(' ') === indexed.join(' ')) return 1;
  const { score, strongTerms } = bestPairs(query, indexed);
  let result = score;
  if (strongTerms < 2) result *= 0.8;
  const ratio = query.length / indexed.length;
  const indexedSet = new Set(indexed);
  const contained = query.filter((t) => indexedSet.has(t)).length / query.length;
  if (!(ratio >= 0.3 && ratio <= 3 && contained >= 0.4)) result *= 0.85;
  return result;
}

/**
 * Builds the baseline matcher over every name, alias and weak alias.
 * @param {readonly EvalEntity[]} entities
 */
export function createJaroWinklerMatcher(entities) {
  const aliases = entities.flatMap((entity) =>
    [entity.name, ...(entity.aliases ?? []), ...(entity.weakAliases ?? [])].map((alias) => ({
      entityId: entity.id,
      alias,
      tokens: prepareTokens(alias),
    })),
  );

  /**
   * @param {readonly string[]} queryTokens
   * @param {(tokenCount: number) => boolean} [accept]
   * @returns {Hit | null}
   */
  function best(queryTokens, accept = () => true) {
    /** @type {Hit | null} */
    let top = null;
    for (const entry of aliases) {
      if (!accept(entry.tokens.length)) continue;
      const score = compareName(queryTokens, entry.tokens);
      if (score >= JW_BANDS.review && (top === null || score > top.score)) {
        top = {
          entityId: entry.entityId,
          alias: entry.alias,
          score,
          band: score >= JW_BANDS.match ? 'match' : 'review',
        };
      }
    }
    return top;
  }

  const maxAliasTokens = Math.max(...aliases.map((a) => a.tokens.length));

  return {
    aliasCount: aliases.length,
    /** @param {string} name */
    matchName: (name) => best(prepareTokens(name)),
    /**
     * watchman has no text mode: slide windows of 1..(longest alias + 1) tokens over the prepared text and score
     * each against aliases of a similar token count, keeping each entity's best hit.
     * @param {string} text
     */
    scanText: (text) => {
      const tokens = prepareTokens(text);
      return bestPerEntity(
        slideWindows(tokens, maxAliasTokens + 1).map((window) =>
          best(window, (count) => Math.abs(count - window.length) <= 1),
        ),
      );
    },
  };
}
