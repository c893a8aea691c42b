import type { IndexAlias } from './match-index.js';
import { tokenize } from './normalize.js';

/**
 * The Han or kana written before and after the Latin words of a mixed-script alias (朝鲜Namgang外贸公司: 朝鲜 and
 * 外贸公司). Its Latin words alone (Namgang) are not the alias: a river, a town and many companies share them, and
 * the characters around them are what makes the listed name.
 */
export interface HanParts {
  before: string;
  after: string;
}

const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** The Han or kana of a text, normalised as the index reads it, joined. */
export function hanOf(text: string): string {
  return tokenize(text)
    .filter((t) => t.script === 'han')
    .map((t) => t.text)
    .join('');
}

/** The Han parts of an alias written in Latin and Han or kana, or undefined for any other alias. */
export function findHanParts(alias: IndexAlias): HanParts | undefined {
  // Most aliases hold no Han or kana: a character test spares tokenising them when a matcher is created.
  if (!HAN_OR_KANA.test(alias.text) || !LATIN_LETTER.test(alias.text)) return undefined;
  const tokens = tokenize(alias.text);
  const first = tokens.findIndex((t) => t.script === 'latin');
  if (first === -1 || !tokens.some((t) => t.script === 'han')) return undefined;
  const last = tokens.length - 1 - [...tokens].reverse().findIndex((t) => t.script === 'latin');
  const join = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .filter((t) => t.script === 'han')
      .map((t) => t.text)
      .join('');
  return { before: join(0, first), after: join(last + 1, tokens.length) };
}

/** Whether `source` writes an alias's Han parts right around `start`..`end` (spaces between allowed). */
export function writesHanParts(
  source: string,
  start: number,
  end: number,
  parts: HanParts,
): boolean {
  const before = hanOf(source.slice(Math.max(0, start - parts.before.length - 1), start));
  const after = hanOf(source.slice(end, end + parts.after.length + 1));
  return before.endsWith(parts.before) && after.startsWith(parts.after);
}
