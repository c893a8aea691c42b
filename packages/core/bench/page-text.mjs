// About 1 MB of shopping/supplier-page-like text with listed names planted in it, some with a typo.
import { createRandom } from './prng.mjs';
import { addTypo, listedWords, unlistedName } from './synthetic-list.mjs';

/** @typedef {import('./synthetic-list.mjs').SyntheticEntity} SyntheticEntity */
/** @typedef {{ entityId: string, start: number, end: number, typo: boolean }} Planted */

const PRODUCT_WORDS = (
  'stainless steel water bottle insulated 500ml kids lunch box bamboo cutting board wireless earbuds ' +
  'charging case phone holder car mount cotton t-shirt unisex hoodie fleece jacket waterproof hiking ' +
  'boots leather wallet rfid blocking desk lamp led dimmable usb cable fast charge silicone spatula set ' +
  'ceramic mug coffee grinder yoga mat non-slip backpack laptop sleeve scarf wool gloves winter socks ' +
  'garden hose nozzle storage basket shelf organizer pillow cover linen curtain blackout'
).split(' ');
const CARD_TAILS = ['Gold Member', 'Verified Supplier', 'Trade Assurance', 'Audited', 'Top Rated'];

/**
 * @param {ReturnType<typeof createRandom>} random
 * @param {number} length
 */
function productSentence(random, length) {
  const words = Array.from({ length }, () => random.pick(PRODUCT_WORDS));
  return `${words.join(' ')}, ${1 + random.int(99)}.${random.int(100)} USD, ${random.int(5000)} sold, ${(
    3 +
    random.next() * 2
  ).toFixed(1)} stars.`;
}

/**
 * @param {number} seed
 * @param {readonly SyntheticEntity[]} entities
 * @param {{ bytes: number, planted: number, typoShare: number }} options
 * @returns {{ text: string, planted: Planted[] }}
 */
export function createPageText(seed, entities, { bytes, planted: plantCount, typoShare }) {
  const random = createRandom(seed);
  const used = listedWords(entities);
  const plantEvery = Math.floor(bytes / plantCount);
  /** @type {string[]} */
  const parts = [];
  /** @type {Planted[]} */
  const planted = [];
  let length = 0;
  let nextPlant = plantEvery / 2;
  const push = (/** @type {string} */ part) => {
    parts.push(part);
    length += part.length;
  };
  while (length < bytes) {
    if (length >= nextPlant && planted.length < plantCount) {
      const entity = random.pick(entities);
      const typo = random.chance(typoShare);
      const name = random.chance(0.7) ? entity.name : (entity.aliases[0] ?? entity.name);
      const written = typo ? addTypo(random, name) : name;
      push('Supplier: ');
      planted.push({
        entityId: entity.id,
        start: length,
        end: length + written.length,
        typo: typo && written !== name,
      });
      push(written);
      push(` | ${random.pick(CARD_TAILS)} | ${1 + random.int(15)} YRS\n`);
      nextPlant += plantEvery;
    } else if (random.chance(0.15)) {
      // Unlisted suppliers written like listed ones: the hard case for a scanner.
      push(
        `Supplier: ${unlistedName(random, used)} | ${random.pick(CARD_TAILS)} | ${1 + random.int(15)} YRS\n`,
      );
    } else {
      push(`${productSentence(random, 4 + random.int(12))}\n`);
    }
  }
  return { text: parts.join(''), planted };
}
