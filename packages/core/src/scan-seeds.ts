import { MAX_SPLIT_PART } from './candidates.js';
import type { MatcherContext } from './matcher-context.js';
import { CAPITAL, SCRIPT_MASK, UPPER } from './normalize.js';
import type { TokenStream } from './token-stream.js';

/** Tokens analysed on each side of a weak alias or romanised Hangul in text (longer than any of them plus context). */
export const SCAN_REACH = 12;

const HANGUL = 2;

/**
 * The pre-pass of `scanText`: how far around each token analysis must reach, or 0 when the token cannot start a
 * mention — the cheap pass that keeps scanning linear and selective. Only words reaching a trigger key (the
 * rarest keys of each alias, see scan-triggers.ts) start analysis, as far as the longest alias they reach; weak
 * aliases and romanised Hangul always do.
 */
export function createScanSeeds(ctx: MatcherContext) {
  const { lookups, lexicon, triggerLookup, hotWords, weakStarts } = ctx;
  const { reach: aliasReach } = lookups.triggers;
  /** Tokens to analyse on each side of a word reaching these postings: the longest reach of their aliases. */
  const reachOf = (postings: readonly number[]): number => {
    let reach = 0;
    for (let p = 0; p < postings.length; p += 2) reach = Math.max(reach, aliasReach[postings[p]!]!);
    return reach;
  };

  return function seedsOf(text: string, stream: TokenStream): (i: number) => number {
    const { texts, flags, starts, ends } = stream;
    const count = texts.length;
    // Called for every word of a page: compares offsets rather than building span objects.
    const hyphenBetween = (left: number, right: number): boolean =>
      starts[right]! - ends[left]! === 1 && text.charCodeAt(ends[left]!) === 45;

    return (i: number): number => {
      const flag = flags[i]!;
      const script = flag & SCRIPT_MASK;
      if (script === HANGUL) return SCAN_REACH;
      if (script !== 0) return 0;
      const word = texts[i]!;
      const hyphenNext = i + 1 < count && hyphenBetween(i, i + 1);
      const upper = (flag & UPPER) !== 0;
      const capital = upper || (flag & CAPITAL) !== 0;
      // One lookup settles most words on a page: lower case, and neither a trigger nor a company word whose key
      // is one (a hyphenated split like Chin-yong still gets a look).
      if (!capital && !hyphenNext && !hotWords.has(word)) return 0;
      if (weakStarts.has(word)) return SCAN_REACH;
      const entry = lexicon.words.get(word);
      if (entry) {
        if (entry.kind === 'stop' || entry.kind === 'legal') return 0;
        let reach = reachOf(triggerLookup(word, false));
        if (entry.key !== word)
          reach = Math.max(
            reach,
            reachOf(triggerLookup(entry.key, false)),
            reachOf(triggerLookup(`#${entry.key}`, false)),
          );
        return reach;
      }
      if (!capital && !hyphenNext) return reachOf(triggerLookup(word, false));
      if ((upper || lookups.weakWords.has(word)) && lookups.weak.has(word)) return SCAN_REACH;
      const reach = reachOf(triggerLookup(word, capital && word.length >= 4));
      if (reach > 0 || !capital || word.length > MAX_SPLIT_PART) return reach;
      // Short capitalised words may be a name written apart (Nam Gang): joined, they may reach a trigger.
      let joined = word;
      for (let j = i + 1; j < Math.min(count, i + 3); j++) {
        const next = texts[j]!;
        const nextFlag = flags[j]!;
        if ((nextFlag & SCRIPT_MASK) !== 0 || next.length > MAX_SPLIT_PART) return 0;
        if ((nextFlag & (UPPER | CAPITAL)) === 0 && !hyphenBetween(j - 1, j)) return 0;
        joined += next;
        if (joined.length >= 5) {
          const joinedReach = reachOf(triggerLookup(joined, true));
          if (joinedReach > 0) return joinedReach;
        }
      }
      return 0;
    };
  };
}
