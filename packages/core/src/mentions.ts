import type { TextMatch } from './types.js';

/** How far (UTF-16 units) an acronym may be from a full mention of the same entity in text. */
const ACRONYM_EVIDENCE_DISTANCE = 300;
/** A score this high means the words are a listed spelling; rivals further than the margin below it are noise. */
export const EXACT_SCORE = 0.98;
export const RIVAL_MARGIN = 0.03;

/** The first mention within the acronym evidence distance of `at` that passes `test` (mentions sorted by start). */
export function findNear(
  mentions: readonly TextMatch[],
  at: number,
  test: (m: TextMatch) => boolean,
): TextMatch | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.span.start < at - ACRONYM_EVIDENCE_DISTANCE) low = mid + 1;
    else high = mid;
  }
  for (
    let k = low;
    k < mentions.length && mentions[k]!.span.start <= at + ACRONYM_EVIDENCE_DISTANCE;
    k++
  ) {
    if (test(mentions[k]!)) return mentions[k];
  }
  return undefined;
}

/**
 * One mention per entity and place (a script alias and a romanised reading of the same Hangul, or two
 * overlapping scan ranges): a sweep in text order keeps the better of two overlapping mentions of an entity.
 */
export function dedupeMentions(found: TextMatch[]): TextMatch[] {
  found.sort((a, b) => a.span.start - b.span.start || b.score - a.score);
  const kept: (TextMatch | null)[] = [];
  let active: number[] = [];
  for (const m of found) {
    active = active.filter((k) => kept[k] !== null && kept[k]!.span.end > m.span.start);
    const clash = active.find((k) => kept[k]!.entityId === m.entityId);
    if (clash === undefined) {
      active.push(kept.length);
      kept.push(m);
    } else if (m.score > kept[clash]!.score) {
      kept[clash] = null;
      active.push(kept.length);
      kept.push(m);
    }
  }
  const mentions = kept.filter((m): m is TextMatch => m !== null);
  // Where the text names one entity exactly, another entity read into the same words by a typo is noise. The
  // list is in text order, so only neighbours that start no later than a mention can cover it.
  let longest = 0;
  for (const m of mentions) longest = Math.max(longest, m.span.end - m.span.start);
  return mentions.filter((m, i) => {
    for (let j = i - 1; j >= 0 && mentions[j]!.span.start >= m.span.start - longest; j--) {
      if (covers(mentions[j]!, m)) return false;
    }
    for (let j = i + 1; j < mentions.length && mentions[j]!.span.start === m.span.start; j++) {
      if (covers(mentions[j]!, m)) return false;
    }
    return true;
  });
}

function covers(other: TextMatch, m: TextMatch): boolean {
  return (
    other.entityId !== m.entityId &&
    other.score >= EXACT_SCORE &&
    other.score - m.score > RIVAL_MARGIN &&
    other.span.start <= m.span.start &&
    other.span.end >= m.span.end
  );
}
