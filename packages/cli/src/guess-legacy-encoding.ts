import { analyse } from 'chardet';
import type { EncodingGuess } from './decode.js';

// chardet's names for the encodings a supplier list is saved in, as WHATWG `TextDecoder` labels. ISO-8859-1 is read
// as Windows-1252 (its superset, and what Excel on Windows writes); EUC-KR as Windows-949 (CP949), which WHATWG
// calls euc-kr; GB18030 also decodes GBK and GB2312.
const WHATWG_NAMES: ReadonlyMap<string, string> = new Map([
  ['EUC-KR', 'euc-kr'],
  ['GB18030', 'gb18030'],
  ['Big5', 'big5'],
  ['Shift_JIS', 'shift_jis'],
  ['EUC-JP', 'euc-jp'],
  ['ISO-2022-JP', 'iso-2022-jp'],
  ['windows-1251', 'windows-1251'],
  ['KOI8-R', 'koi8-r'],
  ['ISO-8859-1', 'windows-1252'],
  ['windows-1252', 'windows-1252'],
  ['ISO-8859-2', 'iso-8859-2'],
  ['windows-1250', 'windows-1250'],
  ['ISO-8859-5', 'iso-8859-5'],
  ['ISO-8859-7', 'iso-8859-7'],
  ['windows-1253', 'windows-1253'],
  ['ISO-8859-9', 'windows-1254'],
  ['windows-1254', 'windows-1254'],
  ['ISO-8859-6', 'iso-8859-6'],
  ['windows-1256', 'windows-1256'],
  ['ISO-8859-8', 'iso-8859-8'],
  ['UTF-16LE', 'utf-16le'],
  ['UTF-16BE', 'utf-16be'],
]);

/** Below this chardet confidence (0–100) the guess is reported as unsure, with how to override it. */
const SURE_CONFIDENCE = 50;

/** Whether `bytes` decode without error in `encoding`; a sequence cut at the end of the sample is not held against it. */
export function decodesStrictly(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

// The letters each encoding exists to write. Short lists are ambiguous — GBK bytes are mostly valid CP949 too — so
// the decoded text decides: GBK read as CP949 mixes Hangul with Hanja ("묩壇츰냔"), which Korean names do not.
const SCRIPTS: ReadonlyMap<string, RegExp> = new Map([
  ['euc-kr', /\p{scx=Hangul}/u],
  ['gb18030', /\p{scx=Han}/u],
  ['big5', /\p{scx=Han}/u],
  ['shift_jis', /[\p{scx=Han}\p{scx=Katakana}\p{scx=Hiragana}]/u],
  ['euc-jp', /[\p{scx=Han}\p{scx=Katakana}\p{scx=Hiragana}]/u],
  ['iso-2022-jp', /[\p{scx=Han}\p{scx=Katakana}\p{scx=Hiragana}]/u],
  ['windows-1251', /\p{scx=Cyrillic}/u],
  ['koi8-r', /\p{scx=Cyrillic}/u],
  ['iso-8859-5', /\p{scx=Cyrillic}/u],
]);
// Always tried, whatever chardet ranks: the encodings supplier lists are exported in.
const COMMON_LEAD = 10;
/** Scores within this fraction of the best count as equally plausible. */
const CLOSE_SCORE = 0.9;
const COMMON = ['euc-kr', 'gb18030', 'big5', 'shift_jis', 'euc-jp', 'windows-1251', 'windows-1252'];

/**
 * How plausible the decoded text is for the encoding (0–1). For CJK and Cyrillic encodings: the share of non-ASCII
 * letters in the encoding's script. For Latin ones: the share of words with an accented letter that also hold an
 * ASCII letter — "Société" does, Cyrillic read as Windows-1252 ("Ïîñòàâùèê") does not.
 */
export function scoreDecodedText(text: string, encoding: string): number {
  const script = SCRIPTS.get(encoding);
  if (script) {
    const letters = text.match(/[^\p{ASCII}]/gu)?.filter((c) => /\p{L}/u.test(c)) ?? [];
    return letters.length === 0 ? 0 : letters.filter((c) => script.test(c)).length / letters.length;
  }
  const words = text.split(/[^\p{L}]+/u).filter((word) => /[^\p{ASCII}]/u.test(word));
  return words.length === 0 ? 0 : words.filter((word) => /[a-z]/i.test(word)).length / words.length;
}

/**
 * Guesses the encoding of bytes that are not UTF-8: chardet ranks candidates from byte statistics, the common
 * supplier-list encodings are added, each is confirmed by a strict decode of the sample, and the decoded text that
 * best fits its encoding's script wins (chardet's order breaks ties). The guess is marked unsure when chardet's
 * first choice lost, chardet was not confident, or a runner-up fits almost as well.
 */
export function guessLegacyEncoding(sample: Uint8Array): EncodingGuess {
  const ranked = analyse(sample);
  const confidence = new Map<string, number>();
  for (const match of ranked) {
    const encoding = WHATWG_NAMES.get(match.name);
    if (encoding && !confidence.has(encoding)) confidence.set(encoding, match.confidence);
  }
  const candidates = [...new Set([...confidence.keys(), ...COMMON])].flatMap((encoding) => {
    if (!decodesStrictly(sample, encoding)) return [];
    const text = new TextDecoder(encoding).decode(sample);
    return [{ encoding, score: scoreDecodedText(text, encoding) }];
  });
  // Text that fits its script about as well (CJK read as either Chinese or Japanese is all Han) is decided by
  // chardet's confidence, with a small lead for the encodings lists are commonly saved in over rarer look-alikes.
  const prior = (encoding: string) =>
    (confidence.get(encoding) ?? 0) + (COMMON.includes(encoding) ? COMMON_LEAD : 0);
  const top = Math.max(0, ...candidates.map((candidate) => candidate.score));
  const close = (score: number) => score >= top * CLOSE_SCORE;
  candidates.sort(
    (a, b) =>
      Number(close(b.score)) - Number(close(a.score)) ||
      prior(b.encoding) - prior(a.encoding) ||
      b.score - a.score,
  );
  const [best, second] = candidates;
  if (!best) {
    return {
      encoding: 'windows-1252',
      bom: false,
      reason: 'no candidate decodes these bytes',
      unsure: true,
    };
  }
  const detected = confidence.get(best.encoding);
  const topOfChardet = [...confidence.keys()][0] === best.encoding;
  const unsure =
    !topOfChardet ||
    (detected ?? 0) < SURE_CONFIDENCE ||
    (second !== undefined &&
      close(second.score) &&
      prior(second.encoding) >= prior(best.encoding) - 10);
  const reason =
    detected === undefined
      ? `its letters fit it best (${Math.round(best.score * 100)}%)`
      : `detected, confidence ${detected}%`;
  return { encoding: best.encoding, bom: false, reason, ...(unsure ? { unsure } : {}) };
}
