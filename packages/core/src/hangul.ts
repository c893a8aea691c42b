const INITIALS = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const MEDIALS = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'p',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

const INITIAL_N = 2;
const INITIAL_R = 5;
const INITIAL_M = 6;
/** Finals that nasalise before ㄴ, ㅁ or ㄹ: k → ng, t → n, p → m (압록 is read amnok). */
const NASAL: Readonly<Record<string, string>> = { k: 'ng', t: 'n', p: 'm' };

/**
 * Romanises Hangul in Revised Romanization with the sound changes names show (압록 → amnok, 남강 → namgang);
 * the romanisation skeleton then folds it with McCune–Reischauer spellings. Other characters pass through.
 */
export function romanizeHangul(text: string): string {
  let out = '';
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const code = chars[i]!.charCodeAt(0) - 0xac00;
    if (code < 0 || code > 11171) {
      out += chars[i];
      continue;
    }
    const initial = Math.floor(code / 588);
    const medial = Math.floor((code % 588) / 28);
    let final = FINALS[code % 28]!;
    let head = INITIALS[initial]!;
    const previous = i > 0 ? chars[i - 1]!.charCodeAt(0) - 0xac00 : -1;
    const previousFinal = previous >= 0 && previous <= 11171 ? FINALS[previous % 28]! : '';
    // ㄹ after any final but ㄹ or ㄴ is read n.
    if (
      initial === INITIAL_R &&
      previousFinal !== '' &&
      previousFinal !== 'l' &&
      previousFinal !== 'n'
    )
      head = 'n';
    const next = i + 1 < chars.length ? chars[i + 1]!.charCodeAt(0) - 0xac00 : -1;
    if (next >= 0 && next <= 11171) {
      const nextInitial = Math.floor(next / 588);
      if (
        nextInitial === INITIAL_N ||
        nextInitial === INITIAL_M ||
        (nextInitial === INITIAL_R && final !== 'l' && final !== 'n')
      ) {
        final = NASAL[final] ?? final;
      }
    }
    out += head + MEDIALS[medial]! + final;
  }
  return out;
}

/**
 * Korean company words written inside unspaced Hangul names, with the English word the lexicon knows them by,
 * so 남강무역회사 reads as "namgang trading company".
 */
export const HANGUL_WORDS: ReadonlyMap<string, string> = new Map([
  ['주식회사', 'jsc'],
  ['유한회사', 'llc'],
  ['총회사', 'general company'],
  ['회사', 'company'],
  ['공사', 'corporation'],
  ['상사', 'trading'],
  ['무역', 'trading'],
  ['그룹', 'group'],
  ['기술', 'technology'],
  ['개발', 'development'],
  ['해외', 'overseas'],
  ['건설', 'construction'],
  ['해운', 'shipping'],
  ['대외', 'external'],
  ['지도국', 'guidance bureau'],
  ['총국', 'general bureau'],
  ['프로젝트', 'project'],
  ['건축', 'architectural'],
  ['서비스', 'services'],
  ['협력', 'cooperation'],
  ['정보', 'information'],
  ['련합', 'group'],
  ['조선', 'korea'],
  ['고려', 'korea'],
  ['중국', 'china'],
  ['로씨야', 'russia'],
]);

/** A piece of a Hangul run: a known company word (with its English reading) or the remaining name. */
export interface HangulPiece {
  from: number;
  to: number;
  /** English reading of a known word, or the romanised name. */
  text: string;
  known: boolean;
}

const BY_LENGTH = [...HANGUL_WORDS.keys()].sort((a, b) => b.length - a.length);

/** Splits a Hangul run into leading and trailing company words and the name between them. */
export function splitHangulRun(run: string): HangulPiece[] {
  const head: HangulPiece[] = [];
  const tail: HangulPiece[] = [];
  let from = 0;
  let to = run.length;
  for (let changed = true; changed && to - from > 0;) {
    changed = false;
    for (const word of BY_LENGTH) {
      if (
        to - from >= word.length &&
        run.startsWith(word, to - word.length) &&
        to - word.length > from
      ) {
        tail.unshift({ from: to - word.length, to, text: HANGUL_WORDS.get(word)!, known: true });
        to -= word.length;
        changed = true;
        break;
      }
    }
  }
  for (let changed = true; changed && to - from > 0;) {
    changed = false;
    for (const word of BY_LENGTH) {
      if (run.startsWith(word, from) && from + word.length < to) {
        head.push({ from, to: from + word.length, text: HANGUL_WORDS.get(word)!, known: true });
        from += word.length;
        changed = true;
        break;
      }
    }
  }
  const rest = run.slice(from, to);
  const reading = HANGUL_WORDS.get(rest);
  const middle: HangulPiece[] =
    from < to
      ? [{ from, to, text: reading ?? romanizeHangul(rest), known: reading !== undefined }]
      : [];
  return [...head, ...middle, ...tail];
}
