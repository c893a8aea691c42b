import { countryWords } from './data/country-words.js';
import { countryNames } from './data/iso-countries.js';
import { invalidOption } from './check-options.js';
import { normalizeName } from './normalize.js';
import { compareWords } from './similarity.js';
import type { MatchContext } from './types.js';

/** What the caller knows about where a name was seen, read once per call. */
export interface ResolvedContext {
  /** ISO codes named by the context, each with the words that named it. */
  countries: Map<string, string>;
  /** Normalised city words the context names, or the context text to look for a listed city in. */
  cities: Set<string>;
  /** Normalised free text, padded with spaces, where listed cities are looked for. */
  text: string;
  empty: boolean;
}

/** An entity's place facts in the index: where it is, and what a match must see. */
export interface EntityPlaces {
  countries?: readonly string[];
  requires?: { countries?: readonly string[]; cities?: readonly string[] };
}

export type ContextStatus = 'corroborated' | 'missing' | 'contradicted' | 'none';

export interface ContextVerdict {
  required: boolean;
  status: ContextStatus;
  evidence: string[];
}

let byWord: Map<string, string> | undefined;

/** Normalised country word → ISO code, built on first use. */
function countryTable(): Map<string, string> {
  if (byWord) return byWord;
  byWord = new Map();
  const add = (word: string, code: string): void => {
    const key = normalizeName(word);
    if (key !== '' && !byWord!.has(key)) byWord!.set(key, code);
  };
  for (const [code, name] of Object.entries(countryNames)) {
    add(code, code);
    add(name, code);
    // "Congo, The Democratic Republic of the" is also written in its natural order.
    const comma = name.indexOf(', ');
    if (comma > 0) add(`${name.slice(comma + 2)} ${name.slice(0, comma)}`, code);
  }
  for (const [code, words] of Object.entries(countryWords))
    for (const word of words) add(word, code);
  return byWord;
}

/** Whether a word is only a country's name or code (中国, 朝鲜, Russia). */
export function isCountryWord(word: string): boolean {
  return countryTable().has(normalizeName(word));
}

/** Saint, Sankt, St. and Svyatoy are one prefix in a city name (St Petersburg = Sankt-Peterburg). */
export function normalizeCity(city: string): string {
  return normalizeName(city).replace(/^(saint|sankt|sint|san|st) /, 'st ');
}

const hasIdeographs = (word: string): boolean =>
  /[\u1100-\u11ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]/.test(word);

/** Country words in free text: whole words of four letters or more (US, UK in prose are too often words), or Chinese/Korean names anywhere. */
function countriesInText(text: string, into: Map<string, string>): void {
  const table = countryTable();
  const padded = ` ${text} `;
  for (const [word, code] of table) {
    if (into.has(code)) continue;
    if (hasIdeographs(word)) {
      if (text.includes(word)) into.set(code, word);
    } else if (word.length >= 4 && padded.includes(` ${word} `)) into.set(code, word);
  }
}

/** Reads a caller's context once: country codes or names as written, city names, and free text. */
export function resolveContext(
  context: { countries?: readonly string[]; cities?: readonly string[]; text?: string } | undefined,
): ResolvedContext {
  const countries = new Map<string, string>();
  const cities = new Set<string>();
  let text = '';
  if (context) {
    const table = countryTable();
    for (const written of context.countries ?? []) {
      const code = table.get(normalizeName(written));
      if (code && !countries.has(code)) countries.set(code, written);
    }
    for (const city of context.cities ?? []) {
      const key = normalizeCity(city);
      if (key !== '') cities.add(key);
    }
    if (context.text) {
      text = normalizeName(context.text);
      countriesInText(text, countries);
    }
  }
  return {
    countries,
    cities,
    text: text === '' ? '' : ` ${text.replace(/(^| )(saint|sankt|sint|san|st)(?= )/g, '$1st')} `,
    empty: countries.size === 0 && cities.size === 0 && text === '',
  };
}

/** Whether the context names a city: given as a city, or written in the free text. */
function seesCity(context: ResolvedContext, city: string): boolean {
  const key = normalizeCity(city);
  if (key === '') return false;
  if (context.cities.has(key) || context.text.includes(` ${key} `)) return true;
  const words = key.split(' ');
  for (const named of context.cities) {
    const namedWords = named.split(' ');
    if (namedWords.length === words.length && spellsCity(namedWords, 0, words)) return true;
  }
  const text = context.text.trim().split(' ');
  for (let at = 0; at + words.length <= text.length; at++)
    if (spellsCity(text, at, words)) return true;
  return false;
}

/** Least similarity of two words of a city name: one edit (two from eight letters), or a romanisation fold. */
const CITY_WORD_SIMILARITY = 0.9;

/**
 * Whether `words` are written at `at` in `text`, each word spelt alike: a city's names in other languages
 * often differ by a letter (Sankt-Peterburg, transliterated from Санкт-Петербург, for St Petersburg), while
 * words under five letters must agree exactly.
 */
function spellsCity(text: readonly string[], at: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const written = text[at + i]!;
    const listed = words[i]!;
    if (written === listed) continue;
    const alike = compareWords(written, listed);
    if (!alike || alike.similarity < CITY_WORD_SIMILARITY) return false;
  }
  return true;
}

/**
 * Judges an entity's places against the context. An entity that requires a city is corroborated by that city;
 * one that requires only countries by one of them; any other by one of its countries. A context that names
 * countries, none of them the entity's (or required ones), contradicts it.
 */
export function judgeContext(places: EntityPlaces, context: ResolvedContext): ContextVerdict {
  const requiredCities = places.requires?.cities ?? [];
  const requiredCountries = places.requires?.countries ?? [];
  const required = requiredCities.length > 0 || requiredCountries.length > 0;
  const own = [...new Set([...requiredCountries, ...(places.countries ?? [])])];
  if (context.empty) return { required, status: required ? 'missing' : 'none', evidence: [] };
  const evidence: string[] = [];
  const city = requiredCities.find((c) => seesCity(context, c));
  if (city) evidence.push(`city ${city}`);
  const sharedWith =
    requiredCities.length > 0 || requiredCountries.length === 0 ? own : requiredCountries;
  const country = sharedWith.find((code) => context.countries.has(code));
  if (country) evidence.push(`country ${country} (${context.countries.get(country)!})`);
  const corroborated = requiredCities.length > 0 ? city !== undefined : country !== undefined;
  if (corroborated) return { required, status: 'corroborated', evidence };
  if (context.countries.size > 0 && own.length > 0 && !own.some((c) => context.countries.has(c))) {
    const seen = [...context.countries].map(([code, written]) => `${code} (${written})`);
    return {
      required,
      status: 'contradicted',
      evidence: [`context says ${seen.join(', ')}; listed in ${own.join(', ')}`],
    };
  }
  return { required, status: required ? 'missing' : 'none', evidence };
}

/** Checks a `context` option: an object of `countries` and `cities` string arrays and a `text` string. */
export function checkContext(value: unknown, where: string): MatchContext | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalidOption(`${where}: context must be an object { countries?, cities?, text? }`);
  const { countries, cities, text, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0)
    throw invalidOption(
      `${where}: context has unknown key ${unknown.map((k) => JSON.stringify(k)).join(', ')} (expected countries, cities, text)`,
    );
  for (const [name, list] of [
    ['countries', countries],
    ['cities', cities],
  ] as const) {
    if (
      list !== undefined &&
      (!Array.isArray(list) || list.some((item) => typeof item !== 'string'))
    )
      throw invalidOption(`${where}: context.${name} must be an array of strings`);
  }
  if (text !== undefined && typeof text !== 'string')
    throw invalidOption(`${where}: context.text must be a string`);
  return value as MatchContext;
}
