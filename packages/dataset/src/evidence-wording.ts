// The rules describeEvidence words a warning by, in one place so that a consumer saying the same facts in another
// language (the browser extension's Korean UI) reads them from here instead of keeping a copy that can drift.

/** A sanctions authority a `listing` cell can name. */
export interface ListingAuthority {
  /** Stable key for translations: `un`, `ofac`, `state`, `eu`, `uk`, `rok`, `japan`, `australia`. */
  key: string;
  pattern: RegExp;
  /** How the English warning names it. */
  name: string;
  article: 'a' | 'an';
}

/** A kind of enforcement record a `listing` cell can name. */
export interface EnforcementKind {
  /** Stable key for translations: `indictment`, `detention`, `ruling`, `court`. */
  key: string;
  pattern: RegExp;
  /** How the English warning names it. */
  phrase: string;
}

// Order matters only for how several authorities are listed.
const authorities: readonly ListingAuthority[] = [
  {
    key: 'un',
    pattern: /\bUN\b|UNSC|1718|Security Council/i,
    name: 'UN Security Council',
    article: 'a',
  },
  {
    key: 'ofac',
    pattern: /\bOFAC\b|\bSDN\b|US Treasury|U\.S\. Treasury/i,
    name: 'US Treasury (OFAC)',
    article: 'a',
  },
  {
    key: 'state',
    pattern: /State Department|Department of State/i,
    name: 'US State Department',
    article: 'a',
  },
  { key: 'eu', pattern: /\bEU\b|European Union/i, name: 'EU', article: 'an' },
  { key: 'uk', pattern: /\bUK\b|\bOFSI\b|\bFCDO\b|HM Treasury/i, name: 'UK', article: 'a' },
  {
    key: 'rok',
    pattern: /South Korea|\bROK\b|Republic of Korea|\bMOFA\b/i,
    name: 'South Korean government',
    article: 'a',
  },
  { key: 'japan', pattern: /Japan/i, name: 'Japanese government', article: 'a' },
  {
    key: 'australia',
    pattern: /Australia|\bDFAT\b/i,
    name: 'Australian government',
    article: 'an',
  },
];

// The first kind whose pattern matches names the record.
const enforcementKinds: readonly EnforcementKind[] = [
  { key: 'indictment', pattern: /indict/i, phrase: 'an indictment' },
  {
    key: 'detention',
    pattern: /withhold release|\bWRO\b|detention|detained|seiz/i,
    phrase: 'a customs detention record',
  },
  { key: 'ruling', pattern: /ruling/i, phrase: 'a customs ruling' },
  {
    key: 'court',
    pattern: /court|judg(e)?ment|convict|forfeiture|plea|sentenc/i,
    phrase: 'a court record',
  },
];

/** Drops parenthetical asides ("Associated Press (via WTOP)" → "Associated Press"). */
function withoutAsides(text: string): string {
  let result = text;
  for (let previous = ''; previous !== result;) {
    previous = result;
    result = result.replace(/\s*\([^()]*\)/g, '');
  }
  return result.trim();
}

/** A `period` as the warning writes it: `2016-2019` → `2016–2019`, `2017` → `2017`. */
function formatPeriod(period: string | undefined): string | undefined {
  if (!period) return undefined;
  const [from, to] = period.split('-');
  return to && to !== from ? `${from}–${to}` : from;
}

/**
 * The wording rules behind `describeEvidence`, for a consumer that words the same facts itself (in another
 * language, or as a badge): the authorities a designation's `listing` names, the kind of enforcement record, and
 * how asides and periods are written.
 *
 * @example
 * const { authorities } = evidenceWording;
 * authorities.filter((authority) => authority.pattern.test('OFAC SDN (E.O. 13687); ROK MOFA')).map((a) => a.key);
 * // ['ofac', 'rok']
 */
export const evidenceWording: {
  readonly authorities: readonly ListingAuthority[];
  readonly enforcementKinds: readonly EnforcementKind[];
  readonly withoutAsides: (text: string) => string;
  readonly formatPeriod: (period: string | undefined) => string | undefined;
} = Object.freeze({ authorities, enforcementKinds, withoutAsides, formatPeriod });
