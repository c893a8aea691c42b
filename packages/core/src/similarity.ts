/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), or `max + 1` as soon as the
 * distance is known to exceed `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  let prevPrev = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let curr = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      curr[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = curr;
    curr = spare;
  }
  return prev[lb]!;
}

const SKELETON_RULES: readonly (readonly [RegExp, string])[] = [
  [/[^a-z0-9]/g, ''],
  [/tch/g, 'j'],
  [/ch/g, 'j'],
  [/kh/g, 'g'],
  [/th/g, 'd'],
  [/ph/g, 'b'],
  [/sh/g, 's'],
  [/eo|ŏ/g, 'o'],
  [/eu|ŭ/g, 'u'],
  [/oo|ou/g, 'u'],
  [/wo/g, 'o'],
  [/ae|ai/g, 'e'],
  [/k|q|c/g, 'g'],
  [/t/g, 'd'],
  [/p|f/g, 'b'],
  [/^[rl]/, 'n'],
  [/([bdgjmnsz])r/g, '$1n'],
  [/(.)\1+/g, '$1'],
];

/**
 * The Korean romanisation skeleton of a Latin token: McCune–Reischauer, Revised Romanization and informal
 * spellings of the same syllables fold together (Cholsan/Cheolsan, Sobaeksu/Sobaegsu/Sobaeksoo, Amnok/Amrok).
 */
export function toSkeleton(word: string): string {
  let out = word;
  for (const [pattern, replacement] of SKELETON_RULES) out = out.replace(pattern, replacement);
  return out;
}

/** Edits a token of this many letters may absorb: none up to 4, one for 5–7, two from 8. */
export function typoBudget(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** How alike two Latin words are, and why; `null` when they are not alike. */
export interface WordSimilarity {
  similarity: number;
  op: 'exact' | 'romanization' | 'typo';
}

/** Compares two normalised Latin words with romanisation folding and a length-bounded typo budget. */
export function compareWords(a: string, b: string, skeletonA?: string, skeletonB?: string): WordSimilarity | null {
  if (a === b) return { similarity: 1, op: 'exact' };
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return null;
  const sa = skeletonA ?? toSkeleton(a);
  const sb = skeletonB ?? toSkeleton(b);
  if (sa === sb && sa.length >= 4) return { similarity: 0.95, op: 'romanization' };
  const budget = typoBudget(shorter);
  if (budget === 0) return null;
  const distance = boundedEditDistance(a, b, budget);
  if (distance <= budget) return { similarity: distance === 1 ? 0.9 : 0.8, op: 'typo' };
  const skeletonBudget = Math.min(1, typoBudget(Math.min(sa.length, sb.length)));
  if (skeletonBudget > 0 && boundedEditDistance(sa, sb, skeletonBudget) <= skeletonBudget) {
    return { similarity: 0.86, op: 'romanization' };
  }
  return null;
}

/** All strings obtained by deleting one character (the symmetric-deletion keys of a fuzzy lookup). */
export function deletionVariants(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const variant = word.slice(0, i) + word.slice(i + 1);
    if (i === 0 || variant !== out[out.length - 1]) out.push(variant);
  }
  return out;
}
