// A synthetic screening list shaped like ours (place + distinctive romanised token + generic words + legal form,
// aliases, an acronym) but made of random syllables: benchmarks never ship or depend on real rows.
import { createRandom } from './prng.mjs';

/** @typedef {{ id: string, name: string, aliases: string[], weakAliases: string[] }} SyntheticEntity */
/** @typedef {{ text: string, entityId: string | null, variant: string }} Query */

export const SYLLABLES = (
  'kang nam sok pae cho son mun ryong hwa chon sam il myong ho kum san song dong jin yang bong ri ha bo su ' +
  'kyong tae pyong hung chang ling xin hua tai feng shun long jia rui sheng hai bai yuan mir vol tek ras nov ' +
  'kor dal ven tor lex zan mar vel sur gan tri ost pak chol ung rak sin ' +
  'won gum pung mok ryon hyang chil paek ok tan mu ran ka lo zhi wen qing ming dao kai ruo yu ' +
  'sev an dor kir lan pet bor gor vit nik oz ul er ish tam'
).split(' ');
export const PLACES = (
  'Korea Pyongyang Liaoning Dandong Yanbian Shenyang Vladivostok Moscow Beijing Hunchun Dalian Jilin ' +
  'Khabarovsk Vientiane Kinshasa Nampo Sinuiju Tumen'
).split(' ');
export const GENERIC = (
  'Trading General International Technology Network Shipping Industrial Development Construction Export ' +
  'Import Investment Holdings Engineering Logistics Textile Fishery Mining Commercial Services'
).split(' ');
export const LEGAL = [
  'Co., Ltd.',
  'Corporation',
  'Company',
  'LLC',
  'Limited',
  'Group',
  'JSC',
  'SARL',
  'Co.',
];

/** @param {string} word */
const capitalize = (word) => word.charAt(0).toUpperCase() + word.slice(1);

/** @param {ReturnType<typeof createRandom>} random */
function distinctiveToken(random) {
  const count = random.chance(0.5) ? 3 : 2;
  return capitalize(Array.from({ length: count }, () => random.pick(SYLLABLES)).join(''));
}

/** @param {ReturnType<typeof createRandom>} random */
function genericWords(random) {
  const first = random.pick(GENERIC);
  return random.chance(0.5) ? [first] : [first, random.pick(GENERIC)];
}

/**
 * @param {ReturnType<typeof createRandom>} random
 * @param {string} distinctive
 */
function companyName(random, distinctive) {
  const place = random.chance(0.6) ? [random.pick(PLACES)] : [];
  return [...place, distinctive, ...genericWords(random), random.pick(LEGAL)].join(' ');
}

/**
 * A distinctive token no entity uses yet (the set is updated), so that listed names stay distinct and unlisted
 * names really are unlisted.
 * @param {ReturnType<typeof createRandom>} random
 * @param {Set<string>} used
 */
export function freshToken(random, used) {
  let token = distinctiveToken(random);
  while (used.has(token.toLowerCase())) token = distinctiveToken(random);
  used.add(token.toLowerCase());
  return token;
}

/** @param {string} word the word and every form of it with one letter deleted */
const deletions = (word) => [
  word,
  ...[...word].map((_, i) => word.slice(0, i) + word.slice(i + 1)),
];

/**
 * Words an unlisted name must stay away from: every listed word and its one-deletion forms. A token none of
 * whose own one-deletion forms is in here is at least two edits from every listed word.
 * @param {readonly SyntheticEntity[]} entities
 */
export function listedWords(entities) {
  return new Set(
    entities.flatMap((e) =>
      [e.name, ...e.aliases].flatMap((n) => n.toLowerCase().split(' ').flatMap(deletions)),
    ),
  );
}

/**
 * An unlisted name built the same way as listed ones, around a token at least two edits from any listed word.
 * @param {ReturnType<typeof createRandom>} random
 * @param {Set<string>} listed from {@link listedWords}; the new token is added to it
 */
export function unlistedName(random, listed) {
  let token = distinctiveToken(random);
  while (deletions(token.toLowerCase()).some((form) => listed.has(form))) {
    token = distinctiveToken(random);
  }
  for (const form of deletions(token.toLowerCase())) listed.add(form);
  return companyName(random, token);
}

/**
 * `count` entities, each with a name, two aliases and one acronym weak alias (3 aliases per entity).
 * @param {number} seed
 * @param {number} count
 * @returns {SyntheticEntity[]}
 */
export function createSyntheticList(seed, count) {
  const random = createRandom(seed);
  /** @type {Set<string>} */
  const used = new Set();
  return Array.from({ length: count }, (_, i) => {
    const distinctive = freshToken(random, used);
    const name = companyName(random, distinctive);
    const shortForm = [distinctive, random.pick(GENERIC), random.pick(LEGAL)].join(' ');
    const akaName = companyName(random, freshToken(random, used));
    const acronym = name
      .split(' ')
      .filter((word) => /^[A-Z][a-z]/.test(word))
      .map((word) => word.charAt(0))
      .join('')
      .toUpperCase();
    return {
      id: `synthetic-${String(i).padStart(5, '0')}`,
      name,
      aliases: [shortForm, akaName],
      weakAliases: [`${acronym}${i % 97}`],
    };
  });
}

/**
 * One edit in the longest word of a name: an adjacent swap, a dropped or a substituted letter.
 * @param {ReturnType<typeof createRandom>} random
 * @param {string} name
 */
export function addTypo(random, name) {
  const words = name.split(' ');
  let target = 0;
  words.forEach((word, i) => {
    if (word.length > (words[target] ?? '').length) target = i;
  });
  const word = words[target] ?? '';
  if (word.length < 6) return name;
  const at = 1 + random.int(word.length - 3);
  const edits = [
    () => word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2),
    () => word.slice(0, at) + word.slice(at + 1),
    () => word.slice(0, at) + random.pick([...'aeiou']) + word.slice(at + 1),
  ];
  words[target] = random.pick(edits)();
  return words.join(' ');
}

/**
 * The same queries for every system: 60% variants of listed names (exact, upper-cased alias, typo, legal form
 * dropped), 40% unlisted names built the same way.
 * @param {number} seed
 * @param {readonly SyntheticEntity[]} entities
 * @param {number} count
 * @returns {Query[]}
 */
export function createQueries(seed, entities, count) {
  const random = createRandom(seed);
  const used = listedWords(entities);
  return Array.from({ length: count }, () => {
    const roll = random.next();
    if (roll >= 0.6)
      return { text: unlistedName(random, used), entityId: null, variant: 'unlisted' };
    const entity = random.pick(entities);
    if (roll < 0.2) return { text: entity.name, entityId: entity.id, variant: 'exact' };
    if (roll < 0.35) {
      const alias = random.pick(entity.aliases);
      return { text: alias.toUpperCase(), entityId: entity.id, variant: 'alias' };
    }
    if (roll < 0.5)
      return { text: addTypo(random, entity.name), entityId: entity.id, variant: 'typo' };
    const legal = LEGAL.find((form) => entity.name.endsWith(` ${form}`)) ?? '';
    const bare = entity.name.slice(0, entity.name.length - legal.length).trim();
    return { text: bare, entityId: entity.id, variant: 'no legal form' };
  });
}
