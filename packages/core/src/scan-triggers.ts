import type { IndexAlias, IndexData } from './match-index.js';

/**
 * What a word must reach before text around it is analysed. In text an alias is only scored when the words found
 * for it cover at least {@link ANCHOR_SHARE} of its anchor weight (see `latinHits`), so it is enough to start
 * analysis at the rarest of its keys: once the keys left out weigh less than that share, no mention can be made
 * of them alone. Common words of big indexes (china, trading, home) then stop starting analysis of every
 * sentence; each alias still has at least one key that does.
 */
export interface ScanTriggers {
  /** Vocabulary keys that start analysis (single words, joined words and `#` synonym keys). */
  keys: ReadonlySet<string>;
  /** Per alias: tokens to analyse on each side of a trigger, from the alias's own length. */
  reach: Int32Array;
}

/** Share of an alias's anchor weight a text must reach for the alias to be scored (latinHits' allAnchors). */
export const ANCHOR_SHARE = 0.8;
/**
 * Tokens beyond an alias's own length analysed on each side of a trigger: a window grows up to three terms past
 * the alias's length (stop and legal words around it) and one more word shows whether the name runs on.
 */
const REACH_MARGIN = 4;

interface Posting {
  key: string;
  weight: number;
  /** Entities the key reaches: fewer is rarer in the index. */
  spread: number;
}

/** Chooses the trigger keys of every alias of an index: rarest first, until the rest cannot reach the share. */
export function createScanTriggers(
  data: IndexData,
  vocab: ReadonlyMap<string, readonly number[]>,
  anchorWeight: Float64Array,
): ScanTriggers {
  // An index loaded from its serialised form ships its trigger keys: only the reach is derived again.
  if (data.triggerKeys) return { keys: new Set(data.triggerKeys), reach: reachOfAliases(data) };
  const byAlias: Posting[][] = data.aliases.map(() => []);
  const entitiesSeen = new Set<number>();
  for (const [key, postings] of vocab) {
    entitiesSeen.clear();
    for (let p = 0; p < postings.length; p += 2)
      entitiesSeen.add(data.aliases[postings[p]!]!.entity);
    const spread = entitiesSeen.size;
    for (let p = 0; p < postings.length; p += 2) {
      const aliasId = postings[p]!;
      const weight = (postings[p + 1]! / 1000) * timesIn(data.aliases[aliasId]!, key);
      byAlias[aliasId]!.push({ key, weight, spread });
    }
  }
  const keys = new Set<string>();
  byAlias.forEach((postings, aliasId) => {
    // Longer keys first among equally rare ones: long words are rarer in running text than short ones.
    postings.sort(
      (a, b) =>
        a.spread - b.spread ||
        b.key.length - a.key.length ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    let untriggered = 0;
    for (const posting of postings) untriggered += posting.weight;
    const needed = anchorWeight[aliasId]! * ANCHOR_SHARE - 1e-9;
    for (const posting of postings) {
      if (untriggered < needed) break;
      keys.add(posting.key);
      untriggered -= posting.weight;
    }
  });
  return { keys, reach: reachOfAliases(data) };
}

/**
 * How many of an alias's anchor words a key stands for: a word the name repeats (Bahzad Ahmad Abdullah Mohamed
 * Abdullah) is one vocabulary posting but weighs in the anchor share once per time it is written, each matched by
 * its own word of the text.
 */
function timesIn(alias: IndexAlias, key: string): number {
  let times = 0;
  for (const term of alias.terms)
    if (
      (term.kind === 'anchor' || term.kind === 'number') &&
      (term.text === key || `#${term.key}` === key)
    )
      times++;
  return Math.max(1, times);
}

/** Per alias, the tokens to analyse on each side of a trigger: its own length and the margin. */
function reachOfAliases(data: IndexData): Int32Array {
  const reach = new Int32Array(data.aliases.length);
  data.aliases.forEach((alias, aliasId) => {
    let tokens = 0;
    for (const term of alias.terms) tokens = Math.max(tokens, term.last + 1);
    reach[aliasId] = tokens + REACH_MARGIN;
  });
  return reach;
}
