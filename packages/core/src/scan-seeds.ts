import { MAX_SPLIT_PART } from './candidates.js';
import { getPhrasesByKey } from './lexicon.js';
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
  /**
   * First words of the lexicon phrases that reach a trigger (Trade Bank, Islamic Revolutionary Guard Corps): a name
   * made of common words is anchored on its phrase, which no single word of the text reaches. Found on first use.
   */
  let phraseStarts: ReadonlySet<string> | undefined;
  const getPhraseStarts = (): ReadonlySet<string> => {
    if (phraseStarts) return phraseStarts;
    const starts = new Set<string>();
    const byKey = getPhrasesByKey();
    for (const key of lookups.triggers.keys) {
      if (key.startsWith('#'))
        for (const words of byKey.get(key.slice(1)) ?? []) starts.add(words[0]!);
      else if (key.includes(' ')) starts.add(key.slice(0, key.indexOf(' ')));
    }
    phraseStarts = starts;
    return starts;
  };
  /** The reach of the phrases of the lexicon that start at token i, as triggers (Trade Bank, #irgc). */
  const phraseReach = (texts: readonly string[], i: number): number => {
    let reach = 0;
    let node = lexicon.phrases.next.get(texts[i]!);
    let text = texts[i]!;
    for (let j = i + 1; node && j < texts.length; j++) {
      node = node.next.get(texts[j]!);
      if (!node) break;
      text += ` ${texts[j]!}`;
      if (node.entry)
        reach = Math.max(
          reach,
          reachOf(triggerLookup(text, false)),
          reachOf(triggerLookup(`#${node.entry.key}`, false)),
        );
    }
    return reach;
  };
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
      const phrase = getPhraseStarts().has(word) ? phraseReach(texts, i) : 0;
      if (!capital && !hyphenNext && !hotWords.has(word)) return phrase;
      if (weakStarts.has(word)) return SCAN_REACH;
      const entry = lexicon.words.get(word);
      if (entry) {
        if (entry.kind === 'stop' || entry.kind === 'legal') return phrase;
        // A company word reaches the names anchored on it by any of its spellings, its own included (Bank).
        let reach = Math.max(
          phrase,
          reachOf(triggerLookup(word, false)),
          reachOf(triggerLookup(`#${entry.key}`, false)),
        );
        if (entry.key !== word) reach = Math.max(reach, reachOf(triggerLookup(entry.key, false)));
        return reach;
      }
      if (!capital && !hyphenNext) return Math.max(phrase, reachOf(triggerLookup(word, false)));
      if ((upper || lookups.weakWords.has(word)) && lookups.weak.has(word)) return SCAN_REACH;
      const reach = Math.max(phrase, reachOf(triggerLookup(word, capital && word.length >= 4)));
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
