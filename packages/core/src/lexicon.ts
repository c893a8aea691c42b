import { LEGAL_FORM_ROWS } from './data/legal-forms.js';
import { MORE_LEGAL_FORM_ROWS } from './data/legal-forms-more.js';
import { ORG_DOMAINS, ORG_SYMBOLS } from './data/org-symbols.js';
import { tokenize } from './normalize.js';
import { boundedEditDistance, deletionVariants, typoBudget } from './similarity.js';

/**
 * How a word counts in a name: `anchor` is distinctive (it can make a match), `generic` and `domain` are
 * shared organisation and sector words, `legal` a legal form, `stop` carries nothing.
 */
export type TermKind = 'anchor' | 'number' | 'generic' | 'domain' | 'legal' | 'stop';

/** What the lexicon knows about a word or phrase. */
export interface LexEntry {
  kind: 'generic' | 'domain' | 'legal' | 'stop';
  /** Shared by synonyms and abbreviations (corp = corporation, gen = general). */
  key: string;
  /** Generic legal-form class (LLC, JSC, CO for company words). */
  legalClass?: string;
  /** A country or DPRK self-name: never promoted to an anchor. */
  place?: boolean;
  /** A legal form safe to recognise anywhere, not only at the start or end of a name. */
  strong?: boolean;
}

interface PhraseNode {
  next: Map<string, PhraseNode>;
  entry?: LexEntry;
}

/** Words and phrases the matcher knows before it sees any entity. */
export interface Lexicon {
  words: Map<string, LexEntry>;
  phrases: PhraseNode;
}

const STOP_WORDS =
  'of the and for at on by to a an de du des la le les et und y e da do das dos del der die di von van with from in into via as is was were are be been or this that these those its our your their his her has have had not but than then also which who';
const PLACES: Readonly<Record<string, string>> = {
  korea:
    // Koryo / Goryeo / 고려 is the old name of Korea, used as the country word in DPRK company names (Air Koryo).
    'korea korean koreas koreya kndr dprk rok choson chosun joseon chosŏn 조선 koryo goryeo 고려 north south nk republic democratic peoples',
  china: 'china chinese prc kitay 中国',
  russia: 'russia russian rossiya российская russian federation',
  congo: 'congo congolese',
  laos: 'laos lao',
  // Cities and provinces where listed companies sit: a name often drops them, or moves them into brackets.
  city: 'beijing peking shanghai pyongyang dandong shenyang dalian liaoning jilin yanbian yanji hunchun tumen harbin vladivostok moscow khabarovsk nakhodka kinshasa vientiane windhoek nampo sinuiju rason',
};
/** Older spellings of a city, by its current one. */
const CITY_NAMES: Readonly<Record<string, string>> = { peking: 'beijing' };
/** Abbreviations and transliterated generic words the reference tables lack. */
const CURATED: Readonly<Record<string, string>> = {
  general: 'gen genl generalnaya generalnyy',
  intl: 'intl internatl',
  grp: 'grp grps',
  tech: 'tech techn technologies technological tekhnologiya kisul gisul',
  dev: 'dev devel gaebal kaebal',
  industry: 'ind indus industrial industries',
  external: 'ext external',
  overseas: 'overseas haeoe haewoe',
  service: 'svc svcs srvc srvces servs',
  trade: 'muyeok muyok trd treyding treiding',
  manufacturing: 'mfg',
  cooperation: 'coop cooperation cooperative hyeopryeok',
  information: 'info information',
  network: 'net',
  // News and government texts call a listed organisation an "entity" (… Program Development Entity).
  entity: 'entity entities',
};
/**
 * Sector words of the trades listed suppliers work in that the reference tables lack (a seafood plant, a
 * garment maker): they describe a company, so an added or missing one is not a distinctive word.
 */
const CURATED_DOMAINS: Readonly<Record<string, string>> = {
  food: 'food foodstuff foodstuffs seafood fishery fisheries aquatic',
  garment: 'garment apparel clothing textile knitting',
};
const COMPANY_WORDS =
  'co company companies comp compagnie corp corporation corporations corpn cos kompaniya kompaniia hoesa hoisa kaisha gongsi 公司 会社 회사';
const STRONG_LEGAL = new Set([
  'ltd',
  'llc',
  'ooo',
  'sarl',
  'gmbh',
  'inc',
  'jsc',
  'plc',
  'pjsc',
  'ojsc',
  'cjsc',
  'zao',
  'oao',
  'pao',
  'llp',
  'pte',
  'pty',
  'coltd',
  'limited',
]);

const PLAIN_PHRASE = /^[a-z0-9]+( [a-z0-9]+)*$/;

/** The normalised words of a table entry; most are already plain lower-case ASCII and need no tokenizer. */
function normalizedWords(phrase: string): string[] {
  if (PLAIN_PHRASE.test(phrase)) return phrase.split(' ');
  return tokenize(phrase).map((token) => token.text);
}

function addPhrase(lexicon: Lexicon, words: string[], entry: LexEntry, overwrite: boolean): void {
  if (words.length === 0) return;
  if (words.length === 1) {
    const word = words[0]!;
    if (overwrite || !lexicon.words.has(word)) lexicon.words.set(word, entry);
    return;
  }
  let node = lexicon.phrases;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  if (overwrite || !node.entry) node.entry = entry;
}

let cached: Lexicon | undefined;
let wordsByKey: Map<string, string[]> | undefined;
let phrasesByKey: Map<string, string[][]> | undefined;

/** The lexicon's phrases (their words) by the key they share (Islamic Revolutionary Guard Corps → irgc), built once per process. */
export function getPhrasesByKey(): ReadonlyMap<string, readonly (readonly string[])[]> {
  if (phrasesByKey) return phrasesByKey;
  const byKey = new Map<string, string[][]>();
  const walk = (node: PhraseNode, words: string[]): void => {
    if (node.entry && words.length > 1) {
      const list = byKey.get(node.entry.key);
      if (list) list.push(words);
      else byKey.set(node.entry.key, [words]);
    }
    for (const [word, child] of node.next) walk(child, [...words, word]);
  };
  walk(getLexicon().phrases, []);
  phrasesByKey = byKey;
  return byKey;
}

/** The lexicon's words by the key they share (corp, corporation → corporation), built once per process. */
export function getWordsByKey(): ReadonlyMap<string, readonly string[]> {
  if (wordsByKey) return wordsByKey;
  const byKey = new Map<string, string[]>();
  for (const [word, entry] of getLexicon().words) {
    const list = byKey.get(entry.key);
    if (list) list.push(word);
    else byKey.set(entry.key, [word]);
  }
  wordsByKey = byKey;
  return byKey;
}

/** Builds (once) the lexicon of legal forms, generic words, sector words, places and stop words. */
export function getLexicon(): Lexicon {
  if (cached) return cached;
  const lexicon: Lexicon = { words: new Map(), phrases: { next: new Map() } };
  const domains = [
    ...ORG_DOMAINS,
    ...Object.entries(CURATED_DOMAINS).map(([key, words]) => [key, words.replace(/ /g, '|')]),
  ];
  for (const [key, spellings] of domains) {
    for (const spelling of spellings!.split('|')) {
      const words = normalizedWords(spelling);
      addPhrase(lexicon, words, { kind: 'domain', key: key! }, false);
      // Plural and possessive sector words (Foods, Food's: the apostrophe is dropped) are the same word.
      const last = words[words.length - 1];
      if (last && /^[a-z]{3,}[^s]$/.test(last))
        addPhrase(
          lexicon,
          [...words.slice(0, -1), `${last}s`],
          { kind: 'domain', key: key! },
          false,
        );
    }
  }
  for (const [key, spellings] of ORG_SYMBOLS) {
    if (key === 'co' || key === 'corp') continue;
    for (const spelling of spellings.split('|'))
      addPhrase(lexicon, normalizedWords(spelling), { kind: 'generic', key }, true);
  }
  for (const [key, spellings] of Object.entries(CURATED)) {
    for (const spelling of spellings.split(' '))
      addPhrase(lexicon, normalizedWords(spelling), { kind: 'generic', key }, true);
  }
  for (const [key, spellings] of Object.entries(PLACES)) {
    for (const spelling of spellings.split(' ')) {
      // Each city is its own place (Shanghai is not Beijing); a country's names share one key.
      const placeKey = key === 'city' ? (CITY_NAMES[spelling] ?? spelling) : key;
      addPhrase(
        lexicon,
        normalizedWords(spelling),
        { kind: 'generic', key: placeKey, place: true },
        true,
      );
    }
  }
  const symbolCo = [
    ...ORG_SYMBOLS.filter(([key]) => key === 'co' || key === 'corp').flatMap(([, s]) =>
      s.split('|'),
    ),
    ...COMPANY_WORDS.split(' '),
  ];
  for (const spelling of symbolCo) {
    addPhrase(
      lexicon,
      normalizedWords(spelling),
      { kind: 'legal', key: 'co', legalClass: 'CO' },
      true,
    );
  }
  for (const [legalClass, compare, aliases] of LEGAL_FORM_ROWS) {
    const key = normalizedWords(compare).join('');
    for (const alias of aliases.split('|')) {
      const words = normalizedWords(alias);
      const strong = words.length === 1 && STRONG_LEGAL.has(words[0]!);
      addPhrase(lexicon, words, { kind: 'legal', key, legalClass, strong }, true);
    }
  }
  // The rest of rigour's table, in every language: it never replaces a word the tables above define, since
  // its short forms (AS, KK, Cooperation) are ordinary or generic words elsewhere.
  for (const [legalClass, compare, aliases] of MORE_LEGAL_FORM_ROWS) {
    const key = normalizedWords(compare).join('');
    for (const alias of aliases.split('|'))
      addPhrase(lexicon, normalizedWords(alias), { kind: 'legal', key, legalClass }, false);
  }
  for (const phrase of [
    'company limited',
    'co ltd',
    'co limited',
    'company ltd',
    'corporation limited',
    'limited company',
    'limited liability company',
    'pty ltd',
    'pvt ltd',
    'private limited',
  ]) {
    addPhrase(
      lexicon,
      normalizedWords(phrase),
      { kind: 'legal', key: 'coltd', legalClass: 'LLC' },
      true,
    );
  }
  for (const word of STOP_WORDS.split(' ')) lexicon.words.set(word, { kind: 'stop', key: word });
  cached = lexicon;
  return lexicon;
}

/** CJK legal forms and company words stripped from the ends of unspaced CJK names, longest first. */
export const CJK_SUFFIXES: readonly string[] = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '株式会社',
  '有限会社',
  '合同会社',
  '주식회사',
  '유한회사',
  '총회사',
  '총국',
  '贸易公司',
  '무역회사',
  '集团',
  '公司',
  '会社',
  '회사',
  '무역',
  '贸易',
  '그룹',
  '商社',
  '商会',
].sort((a, b) => b.length - a.length);

/** CJK prefixes that only name the country (조선 = Korea in DPRK usage, 朝鲜; 고려 = Koryo, Korea). */
export const CJK_PREFIXES: readonly string[] = [
  '朝鲜',
  '조선',
  '고려',
  '中国',
  '株式会社',
  '주식회사',
  '㈜',
];

let nearIndex: Map<string, string[]> | undefined;
const nearCache = new Map<string, LexEntry | null>();
const NEAR_MIN_LENGTH = 6;

/**
 * The lexicon entry of a word one or two typos away from a known generic word or legal form (Corporatoin,
 * Shiping), so a misspelt company word is not taken for a distinctive one. Only words of 6+ letters.
 */
export function findNearLexiconWord(word: string): LexEntry | undefined {
  if (word.length < NEAR_MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
  const cached = nearCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const lexicon = getLexicon();
  const index = prepareNearLexicon();
  let best: LexEntry | undefined;
  let bestDistance = Infinity;
  for (const key of [word, ...deletionVariants(word)]) {
    for (const known of index.get(key) ?? []) {
      if (known.charCodeAt(0) !== word.charCodeAt(0)) continue;
      const budget = typoBudget(Math.min(known.length, word.length));
      const distance = boundedEditDistance(word, known, budget);
      if (distance <= budget && distance < bestDistance) {
        bestDistance = distance;
        best = lexicon.words.get(known);
      }
    }
  }
  if (nearCache.size > 20000) nearCache.clear();
  nearCache.set(word, best ?? null);
  return best;
}

/** Builds (once per process) the deletion index behind {@link findNearLexiconWord}. */
export function prepareNearLexicon(): Map<string, string[]> {
  if (nearIndex) return nearIndex;
  const index = new Map<string, string[]>();
  for (const known of getLexicon().words.keys()) {
    if (known.length < NEAR_MIN_LENGTH - 1 || !/^[a-z]+$/.test(known)) continue;
    for (const key of [known, ...deletionVariants(known)]) {
      const list = index.get(key);
      if (list) list.push(known);
      else index.set(key, [known]);
    }
  }
  nearIndex = index;
  return index;
}
