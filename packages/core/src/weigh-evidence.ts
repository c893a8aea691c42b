import type { Term } from './analyze.js';
import { getLexicon } from './lexicon.js';
import type { IndexTerm } from './match-index.js';
import type { Pair } from './score.js';
import { SPLIT_PENALTY, toSkeleton } from './similarity.js';

/** How much an alignment proves: `none` is not reported, `review` stays below the match band. */
export type Evidence = 'full' | 'review' | 'none';

/** Pairs below this similarity are a misspelling (one or two edits), alone or inside a split or merged word. */
const NEAR_SPELLING = 0.95 * SPLIT_PENALTY - 1e-9;
/**
 * Up to this many letters, a listed word has real neighbours one edit away (Crist: Christ, Crust, Krist;
 * Alson: Alton; Namgang: Namyang; Tongbang: Tongyang), found in real company lists far more often than a
 * misspelling of the listed name is.
 */
const SHORT_WORD = 8;
/** A romanisation skeleton this short (peko, krist) is shared by many unrelated real names. */
const SHORT_SKELETON = 5;

/**
 * Weighs what an alignment rests on when its distinctive words stand alone:
 * - that word matched by a near spelling (a typo, a Hangul reading that lands on another word, a Latin
 *   romanisation fold onto a short skeleton) with nothing but legal forms around it (NAMYANG CORPORATION,
 *   Alton Co., Ltd.) is far more often another company than a misspelling of a short listed word: `none`;
 * - the same with one company word agreeing (Namyang Trading), or a longer word alone (Dalpiterstroi for
 *   Dalpiterstroy): a misspelling is plausible but unproven, `review`; with two company words agreeing
 *   (Korea Namgnag Trading Corporation), or one beside a longer word (Chonsurin Trading Corporation), the
 *   misspelling is corroborated and scored as usual;
 * - the name's distinctive words written as listed, but alone where the listed name also has a place
 *   (Pagoda for Hunchun Pagoda, Silverstar for Yanbian Silverstar, Silver Star for China Silver Star): common
 *   words are often someone else's brand, so this is `review` at most; the place, a company word, or a
 *   context that corroborates the entity is what makes it a match.
 */
export function weighEvidence(
  chosen: readonly Pair[],
  query: readonly Term[],
  alias: readonly IndexTerm[],
  usedAlias: Uint8Array,
): Evidence {
  let anchorPair: Pair | undefined;
  let anchorPairs = 0;
  let companyWords = 0;
  for (const pair of chosen) {
    if (pair.alias.every((k) => alias[k]!.kind === 'legal')) continue;
    if (pair.alias.every((k) => isCompanyWord(alias[k]!))) {
      companyWords++;
      continue;
    }
    anchorPairs++;
    anchorPair = pair;
  }
  if (!anchorPair) return 'full';
  if (anchorPairs === 1 && isNearSpelling(anchorPair, query, alias)) {
    const letters = anchorPair.alias.reduce((sum, k) => sum + alias[k]!.text.length, 0);
    // A longer word has far fewer real neighbours: one agreeing company word is corroboration enough.
    const needed = letters <= SHORT_WORD ? 2 : 1;
    if (companyWords >= needed) return 'full';
    return companyWords === 0 && letters <= SHORT_WORD ? 'none' : 'review';
  }
  const placeDropped = alias.some((term, k) => term.place && !usedAlias[k]);
  return companyWords === 0 && placeDropped ? 'review' : 'full';
}

/**
 * A word that describes a company (Trading, Shipping, a place such as Korea) rather than names it. A word that
 * is only common among the listed names (Star in several of them) is still part of the name.
 */
function isCompanyWord(term: IndexTerm): boolean {
  if (term.kind === 'anchor' || term.kind === 'number') return false;
  return (
    term.kind !== 'generic' ||
    term.place === true ||
    // A lexicon word reads as its synonym key (Corp as co); a word generic only by how many listed names
    // share it keeps its own text as key and is not in the lexicon.
    term.key !== term.text ||
    term.text.includes(' ') ||
    getLexicon().words.has(term.text)
  );
}

/**
 * A misspelling, or a romanisation fold of Latin letters onto a short skeleton (Beko, PECO for Paekho; Krist
 * for Crist): the fold joins the many spellings of one Korean syllable, so on a short word it also joins
 * unrelated names, while longer folds (Sobaegsu for Sobaeksu) stay specific. A Hangul word read in Latin
 * letters is the name's own script, not a fold of someone else's spelling.
 */
function isNearSpelling(pair: Pair, query: readonly Term[], alias: readonly IndexTerm[]): boolean {
  if (pair.similarity < NEAR_SPELLING) return true;
  if (pair.op !== 'romanization' || pair.query.some((i) => query[i]!.fromHangul)) return false;
  const word = alias[pair.alias[0]!]!;
  word.skeleton ??= toSkeleton(word.text);
  return word.skeleton.length <= SHORT_SKELETON;
}
