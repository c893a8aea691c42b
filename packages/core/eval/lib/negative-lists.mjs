// The bulk false-positive lists: real names that are not on our list, read from where they are. Each list says
// where it comes from and how many names a stated rule took out as possibly DPRK-linked:
// - every list: a name whose loose form equals a dataset name, alias or weak alias, or a name or a.k.a. in
//   ../shared/research/official-lists.json (a listed DPRK-linked record), is dropped;
// - OFAC SDN: only entity records (no persons, vessels, aircraft); a record is dropped when a program tag
//   contains DPRK, an address or the remarks name North Korea, or its ent_num is in the dataset or the official
//   lists file.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsvObjects } from './read-csv.mjs';
import { readSdnRecords } from './sdn-list.mjs';
import { findSharedDir } from './shared-dir.mjs';

/** @typedef {{ key: string, label: string, source: string, licence: string, names: string[], dropped: Record<string, number> }} NegativeList */

/** @param {string} name */
export const looseKey = (name) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const NORTH_KOREA = /korea,? north|north korea|dprk|democratic people'?s republic of korea/i;

/**
 * @param {{ datasetEntities: readonly any[] }} options
 * @returns {Promise<NegativeList[]>}
 */
export async function loadNegativeLists({ datasetEntities }) {
  const shared = findSharedDir();
  const official = shared ? readOfficial(new URL('research/official-lists.json', shared)) : null;
  /** @type {Set<string>} */
  const linked = new Set(
    datasetEntities.flatMap((e) =>
      [e.name, ...(e.aliases ?? []), ...(e.weakAliases ?? [])].map(looseKey),
    ),
  );
  for (const name of official?.names ?? []) linked.add(looseKey(name));
  const linkedEntNums = new Set([
    ...(official?.entNums ?? []),
    ...datasetEntities.flatMap((e) =>
      (e.identifiers ?? []).flatMap((/** @type {any} */ id) => {
        const text = typeof id === 'string' ? id : `${id.scheme}:${id.value}`;
        return text.startsWith('ofac:') ? [text.slice(5)] : [];
      }),
    ),
  ]);

  /** @type {NegativeList[]} */
  const lists = [];
  /** @param {Omit<NegativeList, 'names' | 'dropped'> & { raw: string[], dropped?: Record<string, number> }} list */
  const add = ({ raw, dropped = {}, ...rest }) => {
    const seen = new Set();
    const names = [];
    let linkedDropped = 0;
    for (const name of raw) {
      const clean = name.replace(/\s+/g, ' ').trim();
      if (clean === '' || seen.has(clean)) continue;
      seen.add(clean);
      if (linked.has(looseKey(clean))) linkedDropped++;
      else names.push(clean);
    }
    lists.push({
      ...rest,
      names,
      dropped: { ...dropped, 'equals a dataset or listed DPRK name': linkedDropped },
    });
  };

  const data = shared ? new URL('data/', shared) : null;
  const read = (/** @type {string} */ file) =>
    data && existsSync(fileURLToPath(new URL(file, data)))
      ? readFileSync(new URL(file, data), 'utf8')
      : null;

  const dart = read('kr-dart-corpcode-listed.xml');
  if (dart !== null) {
    const tag = (/** @type {string} */ t) =>
      [...dart.matchAll(new RegExp(`<${t}>([^<]*)</${t}>`, 'g'))].map((m) => decodeXml(m[1] ?? ''));
    const source =
      'shared/data/kr-dart-corpcode-listed.xml (iensud184-max/Trading @ d895c386 : CORPCODE.xml)';
    add({
      key: 'kr-dart-ko',
      label: 'Korean DART listed companies (Korean names)',
      source,
      licence: 'DART public data',
      raw: tag('corp_name'),
    });
    add({
      key: 'kr-dart-en',
      label: 'Korean DART listed companies (English names)',
      source,
      licence: 'DART public data',
      raw: tag('corp_eng_name'),
    });
  }
  const cn = read('cn-company-short-forms.txt');
  if (cn !== null) {
    add({
      key: 'cn-short-forms',
      label: 'Chinese company short forms and brand words',
      source: 'shared/data/cn-company-short-forms.txt (wainshine/Company-Names-Corpus @ b71e78e9)',
      licence: 'Apache-2.0',
      raw: cn
        .replace(/^\uFEFF/, '')
        .split('\n')
        .slice(2),
    });
  }
  const apple = read('apple-supplier-list-2012-2022.csv');
  if (apple !== null) {
    add({
      key: 'apple',
      label: 'Apple supplier lists 2012–2022',
      source: 'shared/data/apple-supplier-list-2012-2022.csv (cwgrouptw/data @ b60fe07e)',
      licence: 'MIT',
      raw: parseCsvObjects(apple).map((r) => r.supplier_name ?? ''),
    });
  }
  const nike = read('nike-adidas-factories.csv');
  if (nike !== null) {
    add({
      key: 'nike-adidas',
      label: 'Nike/Converse/adidas factory disclosures',
      source:
        'shared/data/nike-adidas-factories.csv (Arity-jpg/Database_Project_Manufacturing_Disclosure @ bd08cf6a)',
      licence: 'not stated (brands’ public disclosures)',
      raw: parseCsvObjects(nike).flatMap((r) => [
        r.Factory_Name ?? '',
        r.Parent_Organization_Name ?? '',
      ]),
    });
  }
  if (data && existsSync(fileURLToPath(new URL('oar-facility-lists/', data)))) {
    const dir = new URL('oar-facility-lists/', data);
    add({
      key: 'open-apparel-registry',
      label: 'Open Apparel Registry seed facility lists',
      source:
        'shared/data/oar-facility-lists/*.csv (opensupplyhub/open-apparel-registry @ 18174075)',
      licence: 'MIT',
      raw: readdirSync(dir)
        .filter((f) => f.endsWith('.csv'))
        .sort()
        .flatMap((f) =>
          parseCsvObjects(readFileSync(new URL(f, dir), 'utf8')).map((r) => r.name ?? ''),
        ),
    });
  }

  const sdn = readSdn(linkedEntNums);
  if (sdn !== null) add(sdn);

  const npm = new URL('../fixtures/npm-names/', import.meta.url);
  const lines = (/** @type {string} */ f) => readFileSync(new URL(f, npm), 'utf8').split('\n');
  add({
    key: 'npm-name-suggestion-index',
    label: 'name-suggestion-index brands, operators, transit (all languages)',
    source:
      'npm name-suggestion-index@6.0.20250817, eval/fixtures/npm-names/name-suggestion-index.txt',
    licence: 'BSD-3-Clause',
    raw: lines('name-suggestion-index.txt'),
  });
  add({
    key: 'npm-cspell-companies',
    label: '@cspell/dict-companies',
    source: 'npm @cspell/dict-companies@3.2.13, eval/fixtures/npm-names/cspell-dict-companies.txt',
    licence: 'MIT',
    raw: lines('cspell-dict-companies.txt'),
  });
  return lists;
}

/** @param {string} text */
const decodeXml = (text) =>
  text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e],
  );

/** @param {URL} url */
function readOfficial(url) {
  if (!existsSync(fileURLToPath(url))) return null;
  const lists = JSON.parse(readFileSync(url, 'utf8'));
  const records = [...lists.entries, ...lists.leads_summary];
  return {
    names: records.flatMap((/** @type {any} */ r) =>
      [r.name, ...(r.aliases ?? [])].filter(Boolean),
    ),
    entNums: records.flatMap((/** @type {any} */ r) => {
      const n = r.ids?.ent_num ?? r.ent_num;
      return n === undefined ? [] : [String(n)];
    }),
  };
}

/**
 * The entity records of an OFAC SDN snapshot (see sdn-list.mjs) outside the DPRK programs, with their a.k.a.s.
 * @param {ReadonlySet<string>} linkedEntNums
 */
function readSdn(linkedEntNums) {
  const dir = process.env.NKSCREEN_OFAC_DIR;
  if (!dir) return null;
  const { records, akas, source } = readSdnRecords(dir);
  const dropped = {
    'not an entity record': 0,
    'DPRK program, North Korean address or remark': 0,
    'ent_num in dataset or official lists': 0,
  };
  /** @type {Map<string, string>} */
  const kept = new Map();
  for (const { ent, name, type, programs, remarks, addresses } of records) {
    if (type !== '-0-') dropped['not an entity record']++;
    else if (
      /DPRK/.test(programs) ||
      addresses.some((fields) => fields.some((field) => NORTH_KOREA.test(field))) ||
      NORTH_KOREA.test(remarks)
    ) {
      dropped['DPRK program, North Korean address or remark']++;
    } else if (linkedEntNums.has(ent)) dropped['ent_num in dataset or official lists']++;
    else kept.set(ent, name);
  }
  return {
    key: 'ofac-sdn-non-dprk',
    label: 'OFAC SDN entity records outside the DPRK programs, names and a.k.a.s',
    source: `${source} (${kept.size} entity records kept, with their alt.csv a.k.a.s joined by ent_num)`,
    licence: 'US government work',
    raw: [...kept.values(), ...akas.filter((aka) => kept.has(aka.ent)).map((aka) => aka.name)],
    dropped,
  };
}
