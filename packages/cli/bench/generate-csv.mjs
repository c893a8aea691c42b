// Writes a seeded, plausible supplier export: real company names (fixtures/company-names.txt) in the spellings
// ERPs produce (as listed, upper case, with a branch city), syllable-made names, and a few planted listed names.
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';

const SYLLABLES = [
  'han',
  'wei',
  'jin',
  'long',
  'xin',
  'tai',
  'fu',
  'yuan',
  'sheng',
  'hua',
  'kang',
  'da',
  'mei',
  'li',
  'rong',
  'feng',
  'hong',
  'ming',
  'an',
  'bao',
  'cheng',
  'guang',
  'hai',
  'tian',
];
const TRADES = [
  'Precision Electronics',
  'Garment',
  'Textile',
  'Plastic Products',
  'Metal Works',
  'Packaging',
  'Seafood Processing',
  'Footwear',
  'Optical',
  'Logistics',
  'Trading',
  'Machinery',
];
const FORMS = ['Co., Ltd.', 'Co., Ltd', 'Limited', 'Inc.', 'Corporation', 'LLC', 'GmbH', 'S.A.'];
const CITIES = [
  'Shenzhen',
  'Dongguan',
  'Suzhou',
  'Ningbo',
  'Qingdao',
  'Ho Chi Minh City',
  'Hanoi',
  'Dhaka',
  'Jakarta',
  'Penang',
  'Bangkok',
  'Vladivostok',
];
const COUNTRIES = [
  'China',
  'Vietnam',
  'Bangladesh',
  'Indonesia',
  'Malaysia',
  'Thailand',
  'Taiwan',
  'Japan',
  'Russia',
];

/** mulberry32: a small seeded generator, so every run screens the same file. */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function readCompanyNames() {
  return readFileSync(new URL('./fixtures/company-names.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
}

/** The pool of supplier spellings rows are drawn from (about 47,000 distinct strings). */
export function createNamePool(random, realNames, generated = 20_000) {
  const pool = [];
  for (const name of realNames) {
    pool.push(name, name.toUpperCase());
    for (const city of CITIES) pool.push(`${name} (${city})`);
  }
  const pick = (list) => list[Math.floor(random() * list.length)];
  const word = () => pick(SYLLABLES) + pick(SYLLABLES);
  for (let i = 0; i < generated; i++) {
    const first = word();
    pool.push(
      `${first[0].toUpperCase()}${first.slice(1)} ${word()} ${pick(TRADES)} ${pick(FORMS)}`,
    );
  }
  return pool;
}

function quote(cell) {
  return /[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Writes `rows` data rows to `path`. With `distinct: true` every name is new (the cache cannot help);
 * otherwise names come from the pool. `planted` names are placed at evenly spaced rows, each once; with
 * `hitEvery`, one every `hitEvery` rows instead, taking the planted names in turn, so hits grow with the file.
 */
export async function generateCsv(
  path,
  rows,
  { seed = 20261123, planted = [], distinct = false, hitEvery = 0 } = {},
) {
  const random = createRandom(seed);
  const pool = createNamePool(random, readCompanyNames());
  const pick = (list) => list[Math.floor(random() * list.length)];
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let buffer = 'id,supplier_name,country,city,amount\n';
  const plantEvery = planted.length > 0 ? Math.floor(rows / planted.length) : 0;
  if (hitEvery > 0 && planted.length === 0)
    throw new Error('generateCsv: hitEvery needs planted names');
  const distinctNames = new Set();
  for (let i = 1; i <= rows; i++) {
    let name;
    if (hitEvery > 0) {
      if (i % hitEvery === 0) name = planted[(i / hitEvery - 1) % planted.length];
    } else if (plantEvery > 0 && i % plantEvery === 0 && i / plantEvery <= planted.length)
      name = planted[i / plantEvery - 1];
    if (name === undefined) name = distinct ? `${pick(pool)} ${i.toString(36)}` : pick(pool);
    if (distinctNames.size < 1_000_000) distinctNames.add(name);
    buffer += `PO-${i},${quote(name)},${pick(COUNTRIES)},${pick(CITIES)},${(random() * 100000).toFixed(2)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return { rows, distinctNames: distinctNames.size };
}
