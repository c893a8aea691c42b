const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), or `max + 1` as soon as the
 * distance is known to exceed `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  // Three rows reused across calls: this runs for every fuzzy candidate and should not allocate.
  if (rows[0]!.length <= lb) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(lb * 2 + 2);
  let prevPrev = rows[0]!;
  let prev = rows[1]!;
  let curr = rows[2]!;
  prevPrev.fill(0, 0, lb + 1);
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

const CONSONANT_BEFORE_R = new Set(['b', 'd', 'g', 'j', 'm', 'n', 's', 'z']);

/**
 * The Korean romanisation skeleton of a Latin token: McCune–Reischauer, Revised Romanization and informal
 * spellings of the same syllables fold together (Cholsan/Cheolsan, Sobaeksu/Sobaegsu/Sobaeksoo, Amnok/Amrok):
 * ch/tch/j, kh/k/g/c/q, th/t/d, ph/p/f/b, sh/s, eo/o, eu/u, oo/ou/u, wo/o, ae/e, initial r/l → n,
 * r after a consonant → n, x/ks, doubled letters single.
 */
export function toSkeleton(word: string): string {
  let folded = '';
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const c = word[i]!;
    const next = i + 1 < n ? word[i + 1] : '';
    switch (c) {
      case 't':
        if (next === 'c' && word[i + 2] === 'h') {
          folded += 'j';
          i += 2;
        } else {
          folded += 'd';
          if (next === 'h') i++;
        }
        break;
      case 'c':
        folded += next === 'h' ? 'j' : 'g';
        if (next === 'h') i++;
        break;
      case 'k':
      case 'q':
        folded += 'g';
        if (next === 'h') i++;
        break;
      case 'p':
      case 'f':
        folded += 'b';
        if (next === 'h') i++;
        break;
      case 's':
        folded += 's';
        if (next === 'h') i++;
        break;
      case 'e':
        if (next === 'o' || next === 'u') {
          folded += next;
          i++;
        } else folded += 'e';
        break;
      case 'o':
        if (next === 'o' || next === 'u') {
          folded += 'u';
          i++;
        } else folded += 'o';
        break;
      // x is ks (Armex, Cyrillic Армекс read armeks).
      case 'x':
        folded += 'gs';
        break;
      case 'w':
        if (next === 'o') {
          folded += 'o';
          i++;
        } else folded += 'w';
        break;
      case 'a':
        if (next === 'e') {
          folded += 'e';
          i++;
        } else folded += 'a';
        break;
      default:
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) folded += c;
    }
  }
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    let c = folded[i]!;
    const prev = i > 0 ? folded[i - 1]! : '';
    if ((c === 'r' || c === 'l') && i === 0) c = 'n';
    else if (c === 'r' && CONSONANT_BEFORE_R.has(prev)) c = 'n';
    if (out.length > 0 && out[out.length - 1] === c) continue;
    out += c;
  }
  return out;
}

/** Edits a token of this many letters may absorb: none up to 4, one for 5–7, two from 8. */
export function typoBudget(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Share of its similarity a word split in the query, or merged, keeps (Nam Gang for Namgang). */
export const SPLIT_PENALTY = 0.97;

/** Similarity of a word one edit away; two edits (8+ letters) stay below the match band on their own. */
const ONE_EDIT = 0.9;
const TWO_EDITS = 0.75;

/** How alike two Latin words are, and why; `null` when they are not alike. */
export interface WordSimilarity {
  similarity: number;
  op: 'exact' | 'romanization' | 'typo';
}

/** Compares two normalised Latin words with romanisation folding and a length-bounded typo budget. */
export function compareWords(
  a: string,
  b: string,
  skeletonA?: string,
  skeletonB?: string,
): WordSimilarity | null {
  if (a === b) return { similarity: 1, op: 'exact' };
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return null;
  const sa = skeletonA ?? toSkeleton(a);
  const sb = skeletonB ?? toSkeleton(b);
  if (sa === sb && sa.length >= 4) return { similarity: 0.95, op: 'romanization' };
  const budget = typoBudget(shorter);
  // Typos rarely hit the first letter; requiring it keeps near-homonyms of short names apart.
  if (budget === 0 || a.charCodeAt(0) !== b.charCodeAt(0)) return null;
  const distance = boundedEditDistance(a, b, budget);
  if (distance <= budget) return { similarity: distance === 1 ? ONE_EDIT : TWO_EDITS, op: 'typo' };
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
