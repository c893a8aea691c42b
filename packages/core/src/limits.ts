/**
 * Bounds on the work one word, one run or one name can cause, so matching time grows linearly with the input
 * whatever its script (README "Limits"). The longest listed name is under 80 characters and its longest word
 * under 20; the bounds leave room for that several times over.
 */

/**
 * Longest word (UTF-16 units) read as a possible typo, romanisation variant or misspelt company word. A longer
 * word is only looked up as written: no listed word is that long, and probing every one-letter deletion of an
 * unbounded word is quadratic.
 */
export const MAX_FUZZY_WORD = 64;

/**
 * Longest unspaced Hangul run (syllables) read as one romanised name. A longer run is not a name; the Hangul
 * spellings of listed names are still found anywhere inside it by the CJK search, which is linear in the run.
 */
export const MAX_HANGUL_NAME = 64;

/** Longest entity name or alias `compileIndex` accepts (UTF-16 units). */
export const MAX_NAME_LENGTH = 500;
