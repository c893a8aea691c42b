import {
  CYRILLIC_HOMOGLYPHS,
  CYRILLIC_TO_LATIN,
  LATIN_HOMOGLYPHS,
  TRADITIONAL_TO_SIMPLIFIED,
} from './char-tables.js';

/** Which kind of writing a token holds: Latin-alphabet words (after transliteration) or an unspaced CJK run. */
export type TokenScript = 'latin' | 'han' | 'hangul';

/** A normalised token with the UTF-16 offsets of the original text it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
  script: TokenScript;
  /** Written in upper case in the input (two letters or more): acronyms only count when this holds. */
  upper: boolean;
  /** Starts with an upper-case letter in the input (names on pages usually do). */
  capital: boolean;
  /** For han/hangul runs: the input offset where each UTF-16 unit of `text` starts, and where it ends. */
  starts?: number[];
  ends?: number[];
}

const enum CharClass {
  Separator = 0,
  Word = 1,
  /** `.` or an apostrophe: deleted inside a word, a separator elsewhere. */
  Joiner = 2,
  Han = 3,
  Hangul = 4,
  /** Deleted without breaking a word (combining marks, soft hyphen). */
  Ignore = 5,
}

interface FoldedPiece {
  cls: CharClass;
  text: string;
  upper: boolean;
}

const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const isDigit = c >= 48 && c <= 57;
  const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  ASCII_CLASS[c] = isDigit || isLetter ? CharClass.Word : CharClass.Separator;
}
ASCII_CLASS[46] = CharClass.Joiner; // .
ASCII_CLASS[39] = CharClass.Joiner; // '
ASCII_CLASS[96] = CharClass.Joiner; // `

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u02bb', '\u00b4', '\u2032', '\uff07']);
const SPECIAL_LOWER: Readonly<Record<string, string>> = {
  ß: 'ss',
  ı: 'i',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  ħ: 'h',
  ŀ: 'l',
  ĸ: 'k',
  ſ: 's',
};
const HAN_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u3006\u30fc\u30fb]/u;
const HANGUL_RE = /\p{Script=Hangul}/u;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const WORD_RE = /^[\p{L}\p{N}]+$/u;
const MARK_RE = /\p{M}/gu;
const FORMAT_RE = /^[\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cc}]$/u;

const foldCache = new Map<string, FoldedPiece[]>();

function foldLatinish(char: string): FoldedPiece[] {
  let text = char;
  for (let round = 0; round < 3; round++) {
    const next = text
      .normalize('NFKD')
      .replace(MARK_RE, '')
      .toLowerCase()
      .normalize('NFKD')
      .replace(MARK_RE, '');
    let mapped = '';
    for (const c of next) mapped += SPECIAL_LOWER[c] ?? c;
    if (mapped === text) break;
    text = mapped;
  }
  const upper = char !== char.toLowerCase() && char === char.toUpperCase();
  if (text === '') return [{ cls: CharClass.Ignore, text: '', upper: false }];
  if (WORD_RE.test(text)) return [{ cls: CharClass.Word, text, upper }];
  if (text === '.' || APOSTROPHES.has(text) || text === "'")
    return [{ cls: CharClass.Joiner, text: '', upper: false }];
  return [{ cls: CharClass.Separator, text: '', upper: false }];
}

function foldSingle(char: string): FoldedPiece[] {
  if (char === '\u00ad') return [{ cls: CharClass.Ignore, text: '', upper: false }];
  if (APOSTROPHES.has(char)) return [{ cls: CharClass.Joiner, text: '', upper: false }];
  if (FORMAT_RE.test(char)) return [{ cls: CharClass.Separator, text: '', upper: false }];
  if (HANGUL_RE.test(char)) return [{ cls: CharClass.Hangul, text: char, upper: false }];
  if (HAN_RE.test(char)) {
    return [
      { cls: CharClass.Han, text: TRADITIONAL_TO_SIMPLIFIED.get(char) ?? char, upper: false },
    ];
  }
  if (CYRILLIC_RE.test(char)) {
    const lower = char.toLowerCase();
    if (lower === 'й' || lower === 'ё')
      return [{ cls: CharClass.Word, text: lower, upper: lower !== char }];
    return foldLatinish(char);
  }
  return foldLatinish(char);
}

/** Folds one code point (which NFKC may expand into several, e.g. ㈜ → (주)). */
function foldCodePoint(char: string): FoldedPiece[] {
  const cached = foldCache.get(char);
  if (cached) return cached;
  const compat = char.normalize('NFKC');
  const pieces: FoldedPiece[] = [];
  for (const c of compat) {
    const code = c.charCodeAt(0);
    if (code < 128) {
      const cls = ASCII_CLASS[code] as CharClass;
      const upper = code >= 65 && code <= 90;
      pieces.push({ cls, text: cls === CharClass.Word ? c.toLowerCase() : '', upper });
    } else {
      pieces.push(...foldSingle(c));
    }
  }
  if (foldCache.size < 20000) foldCache.set(char, pieces);
  return pieces;
}

/** Turns a Latin-class word that may hold Cyrillic letters into plain Latin. */
function latinize(word: string): string {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x400 && code <= 0x52f) cyrillic++;
    else if (code >= 97 && code <= 122) latin++;
  }
  if (cyrillic === 0) return word;
  let out = '';
  if (latin >= cyrillic) {
    for (const c of word) out += CYRILLIC_HOMOGLYPHS[c] ?? CYRILLIC_TO_LATIN[c] ?? c;
    return out;
  }
  for (const c of word) {
    const cyr = LATIN_HOMOGLYPHS[c] ?? c;
    out += CYRILLIC_TO_LATIN[cyr] ?? cyr;
  }
  return out;
}

/**
 * Splits text into normalised tokens (NFKC, case-folded, marks stripped, Cyrillic transliterated, CJK runs
 * kept as characters with Traditional folded to Simplified), each with its UTF-16 span in the input.
 */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  tokenizeInto(input, (text, start, end, flags, starts, ends) => {
    const token: Token = {
      text,
      start,
      end,
      script: SCRIPTS[flags & SCRIPT_MASK]!,
      upper: (flags & UPPER) !== 0,
      capital: (flags & CAPITAL) !== 0,
    };
    if (starts) {
      token.starts = starts;
      token.ends = ends!;
    }
    tokens.push(token);
  });
  return tokens;
}

/** Bits of the `flags` a {@link TokenReceiver} gets: the script in the low bits, then upper case and capital. */
export const SCRIPT_MASK = 3;
export const UPPER = 4;
export const CAPITAL = 8;
export const SCRIPTS: readonly TokenScript[] = ['latin', 'han', 'hangul'];

/** Receives each token as {@link tokenizeInto} finds it, without an object per token (long page texts). */
export type TokenReceiver = (
  text: string,
  start: number,
  end: number,
  flags: number,
  starts?: number[],
  ends?: number[],
) => void;

/** Tokenises like {@link tokenize}, handing each token to `receive` instead of building objects. */
export function tokenizeInto(input: string, receive: TokenReceiver): void {
  const length = input.length;
  let script: TokenScript | null = null;
  let text = '';
  let start = 0;
  let end = 0;
  let letters = 0;
  let hasLower = false;
  let capital = false;
  let starts: number[] = [];
  let ends: number[] = [];
  let joinerAt = -1;

  const flush = (): void => {
    if (script === 'latin') {
      const latin = latinize(text);
      if (latin !== '')
        receive(
          latin,
          start,
          end,
          (letters >= 2 && !hasLower ? UPPER : 0) | (capital ? CAPITAL : 0),
        );
    } else if (script !== null) {
      receive(text, start, end, script === 'han' ? 1 : 2, starts, ends);
      starts = [];
      ends = [];
    }
    script = null;
    text = '';
    letters = 0;
    hasLower = false;
    capital = false;
    joinerAt = -1;
  };

  for (let i = 0; i < length;) {
    const code = input.charCodeAt(i);
    if (script === null && code < 128 && ASCII_CLASS[code] === CharClass.Separator) {
      i++;
      continue;
    }
    if (script === null && code < 128 && ASCII_CLASS[code] === CharClass.Word) {
      // Fast path: a plain ASCII word ended by an ASCII separator needs no folding.
      let j = i;
      let upperCount = 0;
      let lowerCount = 0;
      for (; j < length; j++) {
        const c = input.charCodeAt(j);
        if (c >= 128 || ASCII_CLASS[c] !== CharClass.Word) break;
        if (c >= 97) lowerCount++;
        else if (c >= 65) upperCount++;
      }
      const stop = j < length ? input.charCodeAt(j) : 32;
      if (stop < 128 && ASCII_CLASS[stop] === CharClass.Separator) {
        const raw = input.slice(i, j);
        receive(
          upperCount > 0 ? raw.toLowerCase() : raw,
          i,
          j,
          (upperCount >= 2 && lowerCount === 0 ? UPPER : 0) |
            (code >= 65 && code <= 90 ? CAPITAL : 0),
        );
        i = j;
        continue;
      }
    }
    let width = 1;
    let cls: CharClass;
    let folded: string;
    let upper: boolean;
    if (code < 128) {
      cls = ASCII_CLASS[code] as CharClass;
      upper = code >= 65 && code <= 90;
      folded = upper ? String.fromCharCode(code + 32) : cls === CharClass.Word ? input[i]! : '';
      if (cls === CharClass.Word) {
        if (joinerAt >= 0 && script === 'latin') joinerAt = -1;
        else if (script !== 'latin') {
          flush();
          script = 'latin';
          start = i;
          capital = upper;
        }
        text += folded;
        end = i + 1;
        if (code >= 65) {
          letters++;
          if (!upper) hasLower = true;
        }
        i++;
        continue;
      }
    } else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
        const next = input.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) width = 2;
      }
      const pieces = foldCodePoint(width === 2 ? input.slice(i, i + 2) : input[i]!);
      if (pieces.length === 1) {
        cls = pieces[0]!.cls;
        folded = pieces[0]!.text;
        upper = pieces[0]!.upper;
      } else {
        for (const piece of pieces) consume(piece.cls, piece.text, piece.upper, i, i + width);
        i += width;
        continue;
      }
    }
    consume(cls, folded, upper, i, i + width);
    i += width;
  }
  flush();

  function consume(cls: CharClass, folded: string, upper: boolean, from: number, to: number): void {
    switch (cls) {
      case CharClass.Word: {
        if (script === 'latin' && joinerAt >= 0) joinerAt = -1;
        else if (script !== 'latin') {
          flush();
          script = 'latin';
          start = from;
          capital = upper;
        }
        text += folded;
        end = to;
        if (/\p{L}/u.test(folded)) {
          letters++;
          if (!upper) hasLower = true;
        }
        return;
      }
      case CharClass.Joiner:
        if (script === 'latin' && joinerAt < 0) joinerAt = from;
        else flush();
        return;
      case CharClass.Han:
      case CharClass.Hangul: {
        const runScript: TokenScript = cls === CharClass.Han ? 'han' : 'hangul';
        if (script !== runScript) {
          flush();
          script = runScript;
          start = from;
        }
        for (let k = 0; k < folded.length; k++) {
          starts.push(from);
          ends.push(to);
        }
        text += folded;
        end = to;
        return;
      }
      case CharClass.Ignore:
        return;
      default:
        flush();
    }
  }
}

/**
 * Normalises a name the way the index, name queries and page text are normalised, tokens joined by spaces.
 *
 * @example
 * normalizeName('ООО «Мокран»'); // 'ooo mokran'
 */
export function normalizeName(name: string): string {
  if (typeof name !== 'string') return '';
  return tokenize(name)
    .map((token) => token.text)
    .join(' ');
}
