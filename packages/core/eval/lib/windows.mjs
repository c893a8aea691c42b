// Name matchers without a text mode (Fuse.js, the Jaro–Winkler baseline) scan text the naive way: every run of
// 1..n consecutive tokens is tried as a name.

/** @typedef {{ entityId: string, alias: string, band: 'match' | 'review', score: number }} Hit */

/**
 * @template T
 * @param {readonly T[]} tokens
 * @param {number} maxLength
 * @returns {T[][]}
 */
export function slideWindows(tokens, maxLength) {
  /** @type {T[][]} */
  const windows = [];
  for (let start = 0; start < tokens.length; start++) {
    for (let length = 1; length <= maxLength && start + length <= tokens.length; length++) {
      windows.push(tokens.slice(start, start + length));
    }
  }
  return windows;
}

/**
 * Keeps each entity's best hit, best first.
 * @param {readonly (Hit | null)[]} hits
 * @returns {Hit[]}
 */
export function bestPerEntity(hits) {
  /** @type {Map<string, Hit>} */
  const best = new Map();
  for (const hit of hits) {
    if (hit === null) continue;
    const seen = best.get(hit.entityId);
    if (seen === undefined || hit.score > seen.score) best.set(hit.entityId, hit);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
