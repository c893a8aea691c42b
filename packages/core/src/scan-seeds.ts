import { isHyphenated, MAX_SPLIT_PART } from './candidates.js';
import { findNearLexiconWord } from './lexicon.js';
import { MAX_FUZZY_WORD } from './limits.js';
import type { MatcherContext } from './matcher-context.js';
import { CAPITAL, SCRIPT_MASK, UPPER } from './normalize.js';
import { ANCHOR_SHARE } from './scan-triggers.js';
import type { TokenStream } from './token-stream.js';

/** Tokens analysed on each side of a weak alias or romanised Hangul in text (longer than any of them plus context). */
export const SCAN_REACH = 12;

const NUMBER_RE = /^[0-9]+$/;
const HANGUL = 2;
const NONE: readonly (readonly number[])[] = [];

/**
 * The pre-pass of `scanText`: how far around each token analysis must reach, or 0 when no mention can be made
 * there. A word reaching a trigger key (the rarest keys of each alias, see scan-triggers.ts) is a seed; it
 * starts analysis only when the words within its aliases' reach could bring one of them to the anchor share a
 * text mention needs — the words looked up as candidate generation looks them up, each counted at the most it
 * could give. A common trigger word (Amazon, Free) then costs a few cached lookups, not an analysis, wherever
 * the rest of its name is absent. Weak aliases and romanised Hangul always start analysis.
 */
export function createScanSeeds(ctx: MatcherContext) {
  const { lookups, lexicon, lookup, triggerLookup, isTextWord, hotWords, weakStarts } = ctx;
  const { reach: aliasReach } = lookups.triggers;

  return function seedsOf(text: string, stream: TokenStream): (i: number) => number {
    const { texts, flags, starts, ends } = stream;
    const count = texts.length;
    /** Per token, the postings the words there can reach in candidate generation (filled when first asked). */
    const reachable: (readonly (readonly number[])[] | undefined)[] = new Array(count);
    const hyphenBetween = (left: number, right: number): boolean =>
      isHyphenated(text, { end: ends[left]! }, { start: starts[right]! });

    /**
     * Every lookup `findCandidates` could make for a term at token j — the word (near spellings when
     * capitalised), its synonym keys, a misspelt company word's keys, short capitalised words joined — a superset,
     * so no mention the analysis would find is missed.
     */
    function reachableAt(j: number): readonly (readonly number[])[] {
      const known = reachable[j];
      if (known) return known;
      const word = texts[j]!;
      const flag = flags[j]!;
      const upper = (flag & UPPER) !== 0;
      const capital = upper || (flag & CAPITAL) !== 0;
      const out: (readonly number[])[] = [];
      const add = (postings: readonly number[]): void => {
        if (postings.length > 0) out.push(postings);
      };
      const addKey = (key: string): void => {
        add(lookup(key, false));
        add(lookup(`#${key}`, false));
      };
      const entry = lexicon.words.get(word);
      const number = NUMBER_RE.test(word);
      const generic = entry === undefined && lookups.dfGeneric.has(word);
      const anchorLike = !number && !generic && (!entry || entry.kind === 'legal');
      add(lookup(word, capital && anchorLike));
      if (entry && entry.key !== word) addKey(entry.key);
      if (word === 'it' && upper) {
        addKey('information');
        addKey('tech');
      }
      if (
        !entry &&
        !number &&
        !generic &&
        word.length >= 6 &&
        word.length <= MAX_FUZZY_WORD &&
        !isTextWord(word, { text: word, start: 0, end: 0, script: 'latin', upper, capital })
      ) {
        const near = findNearLexiconWord(word);
        if (near && near.kind !== 'stop') addKey(near.key);
      }
      if (capital && !number && word.length <= MAX_SPLIT_PART) {
        let joined = word;
        for (let k = j + 1; k < Math.min(count, j + 4); k++) {
          const next = texts[k]!;
          const nextFlag = flags[k]!;
          if ((nextFlag & SCRIPT_MASK) !== 0 || next.length > MAX_SPLIT_PART) break;
          if ((nextFlag & (UPPER | CAPITAL)) === 0 && !hyphenBetween(k - 1, k)) break;
          joined += next;
          if (joined.length >= 5) add(lookup(joined, true));
        }
      }
      const found = out.length > 0 ? out : NONE;
      reachable[j] = found;
      return found;
    }

    /**
     * The reach of the aliases these trigger postings lead to whose anchor share the words around token i could
     * supply, or 0 when none could.
     */
    function verifiedReach(i: number, triggered: readonly (readonly number[])[]): number {
      const reached = new Map<number, number>();
      let widest = 0;
      for (const postings of triggered)
        for (let p = 0; p < postings.length; p += 2) {
          const aliasId = postings[p]!;
          reached.set(aliasId, 0);
          widest = Math.max(widest, aliasReach[aliasId]!);
        }
      if (widest === 0) return 0;
      // A lookup's postings count once however often its word recurs (Amazon Devices, Amazon Global Store):
      // one word of a name is matched by one word of the text. Words are taken nearest first, so the occurrence
      // counted is the one most likely within an alias's reach.
      const counted = new Set<readonly number[]>();
      for (let distance = 0; distance <= widest; distance++) {
        for (const j of distance === 0 ? [i] : [i - distance, i + distance]) {
          if (j < 0 || j >= count) continue;
          const script = flags[j]! & SCRIPT_MASK;
          // Romanised Hangul is read as words only in analysis: a Hangul word nearby may be the rest of the name.
          if (script === HANGUL) return widest;
          if (script !== 0) continue;
          for (const postings of reachableAt(j)) {
            if (counted.has(postings)) continue;
            counted.add(postings);
            for (let p = 0; p < postings.length; p += 2) {
              const aliasId = postings[p]!;
              const sum = reached.get(aliasId);
              if (sum === undefined || distance > aliasReach[aliasId]!) continue;
              reached.set(aliasId, sum + postings[p + 1]! / 1000);
            }
          }
        }
      }
      let reach = 0;
      for (const [aliasId, sum] of reached)
        if (sum >= lookups.anchorWeight[aliasId]! * ANCHOR_SHARE - 1e-9)
          reach = Math.max(reach, aliasReach[aliasId]!);
      return reach;
    }

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
        const triggered = [triggerLookup(word, false)];
        if (entry.key !== word)
          triggered.push(triggerLookup(entry.key, false), triggerLookup(`#${entry.key}`, false));
        return verifiedReach(i, triggered);
      }
      if (!capital && !hyphenNext) return verifiedReach(i, [triggerLookup(word, false)]);
      if ((upper || lookups.weakWords.has(word)) && lookups.weak.has(word)) return SCAN_REACH;
      const triggered = [triggerLookup(word, capital && word.length >= 4)];
      // Short capitalised words may be a name written apart (Nam Gang): joined, they may reach a trigger too.
      if (capital && word.length <= MAX_SPLIT_PART) {
        let joined = word;
        for (let j = i + 1; j < Math.min(count, i + 3); j++) {
          const next = texts[j]!;
          const nextFlag = flags[j]!;
          if ((nextFlag & SCRIPT_MASK) !== 0 || next.length > MAX_SPLIT_PART) break;
          if ((nextFlag & (UPPER | CAPITAL)) === 0 && !hyphenBetween(j - 1, j)) break;
          joined += next;
          if (joined.length >= 5) triggered.push(triggerLookup(joined, true));
        }
      }
      return verifiedReach(i, triggered);
    };
  };
}
