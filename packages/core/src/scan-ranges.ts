/** Longest stretch of tokens analysed at once in text, unless one word's own reach is longer. */
export const MAX_RANGE = 200;

/**
 * Groups the tokens to analyse into ranges: every token with a reach (`reachAt(i) > 0`) has the tokens from
 * `i - reach` to `i + reach` inside one range. Overlapping or touching reaches are merged while the range stays
 * within {@link MAX_RANGE}, so work per range is bounded; a longer range starts anew from the token's own reach
 * and overlaps the previous one (the scanner merges duplicate mentions).
 */
export function forEachScanRange(
  count: number,
  reachAt: (i: number) => number,
  visit: (from: number, to: number) => void,
): void {
  let rangeStart = -1;
  let rangeEnd = -1;
  for (let i = 0; i < count; i++) {
    const reach = reachAt(i);
    if (reach <= 0) continue;
    const from = Math.max(0, i - reach);
    const to = Math.min(count - 1, i + reach);
    // A later word may reach further back (a longer alias) or less far ahead than the words before it: the
    // range takes the union, so no word's reach is cut short.
    const start = Math.min(rangeStart, from);
    const end = Math.max(rangeEnd, to);
    if (rangeStart >= 0 && from <= rangeEnd + 1 && end - start <= MAX_RANGE) {
      rangeStart = start;
      rangeEnd = end;
      continue;
    }
    if (rangeStart >= 0) visit(rangeStart, rangeEnd);
    rangeStart = from;
    rangeEnd = to;
  }
  if (rangeStart >= 0) visit(rangeStart, rangeEnd);
}
