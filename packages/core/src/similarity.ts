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

const code = (letter: string): number => letter.charCodeAt(0);
// Letters as character codes, for the switch below.
const A = code('a');
const B = code('b');
const C = code('c');
const D = code('d');
const E = code('e');
const F = code('f');
const G = code('g');
const H = code('h');
const J = code('j');
const K = code('k');
const L = code('l');
const N = code('n');
const O = code('o');
const P = code('p');
const Q = code('q');
const R = code('r');
const S = code('s');
const T = code('t');
const U = code('u');
const W = code('w');
const X = code('x');
const Z = code('z');
const CONSONANT_BEFORE_R = new Set([...'bdgjmnsz'].map(code));

/** Scratch for the letters of a skeleton: one is made for every distinct word a page or query looks up near. */
let foldedScratch = new Uint16Array(64);
const skeletonScratch: number[] = [];

/**
 * The Korean romanisation skeleton of a Latin token: McCune–Reischauer, Revised Romanization and informal
 * spellings of the same syllables fold together (Cholsan/Cheolsan, Sobaeksu/Sobaegsu/Sobaeksoo, Amnok/Amrok):
 * ch/tch/j, kh/k/g/c/q, th/t/d, ph/p/f/b, sh/s, eo/o, eu/u, oo/ou/u, wo/o, ae/e, initial r/l → n,
 * r after a consonant → n, x/ks, doubled letters single. Folds character codes into scratch arrays: built a letter
 * at a time as a string, the skeletons of one page scan allocated more than its tokens (2.4 MB a pass at 5k names),
 * and the garbage collector's time grew with it.
 */
export function toSkeleton(word: string): string {
  const n = word.length;
  if (foldedScratch.length < 2 * n) foldedScratch = new Uint16Array(2 * n);
  const folded = foldedScratch;
  let f = 0;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    // NaN past the end: equal to no letter.
    const next = word.charCodeAt(i + 1);
    switch (c) {
      case T:
        if (next === C && word.charCodeAt(i + 2) === H) {
          folded[f++] = J;
          i += 2;
        } else {
          folded[f++] = D;
          if (next === H) i++;
        }
        break;
      case C:
        folded[f++] = next === H ? J : G;
        if (next === H) i++;
        break;
      case K:
      case Q:
        folded[f++] = G;
        if (next === H) i++;
        break;
      case P:
      case F:
        folded[f++] = B;
        if (next === H) i++;
        break;
      case S:
        folded[f++] = S;
        if (next === H) i++;
        break;
      case E:
        if (next === O || next === U) {
          folded[f++] = next;
          i++;
        } else folded[f++] = E;
        break;
      case O:
        if (next === O || next === U) {
          folded[f++] = U;
          i++;
        } else folded[f++] = O;
        break;
      // x is ks (Armex, Cyrillic Армекс read armeks).
      case X:
        folded[f++] = G;
        folded[f++] = S;
        break;
      case W:
        if (next === O) {
          folded[f++] = O;
          i++;
        } else folded[f++] = W;
        break;
      case A:
        if (next === E) {
          folded[f++] = E;
          i++;
        } else folded[f++] = A;
        break;
      default:
        if ((c >= A && c <= Z) || (c >= 48 && c <= 57)) folded[f++] = c;
    }
  }
  const out = skeletonScratch;
  out.length = 0;
  for (let i = 0; i < f; i++) {
    let c = folded[i]!;
    if ((c === R || c === L) && i === 0) c = N;
    else if (c === R && CONSONANT_BEFORE_R.has(folded[i - 1]!)) c = N;
    if (out.length > 0 && out[out.length - 1] === c) continue;
    out.push(c);
  }
  return fromCodes(out);
}

/** Most arguments passed to one `String.fromCharCode` call: a huge token must not overflow the call stack. */
const CODES_PER_CALL = 4096;

/** The string of some character codes. */
function fromCodes(codes: number[]): string {
  if (codes.length <= CODES_PER_CALL) return String.fromCharCode.apply(null, codes);
  let text = '';
  for (let at = 0; at < codes.length; at += CODES_PER_CALL)
    text += String.fromCharCode.apply(null, codes.slice(at, at + CODES_PER_CALL));
  return text;
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
