import type { Term } from './analyze.js';
import type { IndexTerm } from './match-index.js';
import {
  adjacent,
  compareTerms,
  isWordy,
  MAX_MERGE_WORDS,
  MAX_SPLIT_WORDS,
  skeletonOf,
  spellsJoined,
  SPLIT_LENGTH_SLACK,
} from './score.js';

/** The terms `from`..`to` of a text that a window may be cut from. */
interface TermRange {
  terms: readonly Term[];
  from: number;
  to: number;
}

/**
 * Whether the terms `from`..`to` of a text can pair every word a strict score needs (scoreAlias in strict mode): each
 * distinctive word and number of the alias, and one of its company words when it has any. A word pairs with a term
 * that compares with it, with several adjacent terms that spell it split (Nam Gang for Namgang), or, with the alias
 * words beside it, with one term that spells them merged (Silverstar for Silver Star). These are the pairs scoreAlias
 * considers, asked without building or ranking them: most windows cut from page text lack a word of the name (Café
 * Amazon without its Café) and are settled here.
 */
export function canPairStrictly(
  terms: readonly Term[],
  from: number,
  to: number,
  alias: readonly IndexTerm[],
): boolean {
  const range: TermRange = { terms, from, to };
  let hasCompanyWord = false;
  let companyWordPaired = false;
  for (let k = 0; k < alias.length; k++) {
    const kind = alias[k]!.kind;
    if (kind === 'anchor' || kind === 'number') {
      if (!pairs(range, alias, k)) return false;
    } else if (kind !== 'stop') {
      hasCompanyWord = true;
      companyWordPaired ||= pairs(range, alias, k);
    }
  }
  return !hasCompanyWord || companyWordPaired;
}

/** Whether alias word k can pair with some term of `from`..`to`. */
function pairs(range: TermRange, alias: readonly IndexTerm[], k: number): boolean {
  const { terms, from, to } = range;
  const word = alias[k]!;
  // A stop word pairs with nothing (compareTerms): most of the stop words of a text are never compared.
  for (let i = from; i <= to; i++)
    if (terms[i]!.kind !== 'stop' && compareTerms(terms[i]!, word) !== null) return true;
  if (!isWordy(word.kind)) return false;
  return splitSpells(range, word) || mergedSpells(range, alias, k);
}

/** Whether adjacent wordy terms of the range, joined, spell one alias word. */
function splitSpells({ terms, from, to }: TermRange, word: IndexTerm): boolean {
  const skeleton = (word.skeleton ??= skeletonOf(word.text));
  for (let i = from; i < to; i++) {
    const first = terms[i]!;
    if (
      !isWordy(first.kind) ||
      first.text.includes(' ') ||
      !beginsAlike(first, word.text, skeleton)
    )
      continue;
    let joined = first.text;
    for (let j = i + 1; j <= Math.min(to, i + MAX_SPLIT_WORDS - 1); j++) {
      const next = terms[j]!;
      if (!isWordy(next.kind) || next.text.includes(' ') || !adjacent(terms, j - 1, j)) break;
      if (joined.length + next.text.length > word.text.length + SPLIT_LENGTH_SLACK) break;
      joined += next.text;
      if (spellsJoined(joined, word.text, skeleton) !== null) return true;
    }
  }
  return false;
}

/**
 * Whether a spelling that starts with this term can be near the word: a typo keeps the word's first letter, and a
 * skeleton begins with the term's own but for its last two letters, which may fold with the next term (t + ch → j).
 */
function beginsAlike(first: Term, word: string, skeleton: string): boolean {
  if (first.text.charCodeAt(0) === word.charCodeAt(0)) return true;
  const own = (first.skeleton ??= skeletonOf(first.text));
  return skeleton.startsWith(own.slice(0, Math.max(0, own.length - 2)));
}

/** Whether one wordy term of the range spells alias word k merged with adjacent wordy alias words. */
function mergedSpells(
  { terms, from, to }: TermRange,
  alias: readonly IndexTerm[],
  k: number,
): boolean {
  for (let start = Math.max(0, k - MAX_MERGE_WORDS + 1); start <= k; start++) {
    let joined = '';
    for (let end = start; end < Math.min(alias.length, start + MAX_MERGE_WORDS); end++) {
      const next = alias[end]!;
      if (!isWordy(next.kind) || next.text.includes(' ')) break;
      if (end > start && !adjacent(alias, end - 1, end)) break;
      joined += next.text;
      if (end === start || end < k) continue;
      for (let i = from; i <= to; i++) {
        const term = terms[i]!;
        if (isWordy(term.kind) && spellsJoined(joined, term.text) !== null) return true;
      }
    }
  }
  return false;
}
