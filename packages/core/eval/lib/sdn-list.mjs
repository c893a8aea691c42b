// The OFAC SDN list in its legacy CSV layout: sdn.csv (one row per record), alt.csv (a.k.a.s) and add.csv
// (addresses), joined by ent_num. Read from the folder in NKSCREEN_OFAC_DIR; not shipped with the project.
import { existsSync, readFileSync } from 'node:fs';
import { parseCsv } from './read-csv.mjs';

/**
 * Every record of a snapshot with its fields and address fields, and every a.k.a. with its record, in file order.
 * @param {string} dir a folder with sdn.csv (alt.csv and add.csv optional); a SOURCE.txt there says which snapshot
 */
export function readSdnRecords(dir) {
  const file = (/** @type {string} */ name) => `${dir.replace(/\/$/, '')}/${name}`;
  if (!existsSync(file('sdn.csv'))) throw new Error(`${file('sdn.csv')} not found`);
  const rows = (/** @type {string} */ name) =>
    existsSync(file(name))
      ? parseCsv(readFileSync(file(name), 'latin1'))
          .filter((r) => /^\d+$/.test((r[0] ?? '').trim()))
          .map((r) => r.map((f) => f.trim()))
      : [];
  /** @type {Map<string, { ent: string, name: string, type: string, programs: string, remarks: string, addresses: string[][] }>} */
  const records = new Map();
  for (const r of rows('sdn.csv')) {
    const [ent = '', name = '', type = '', programs = ''] = r;
    records.set(ent, { ent, name, type, programs, remarks: r[11] ?? '', addresses: [] });
  }
  for (const r of rows('add.csv')) records.get(r[0] ?? '')?.addresses.push(r.slice(2));
  return {
    records: [...records.values()],
    akas: rows('alt.csv').map((r) => ({ ent: r[0] ?? '', name: r[3] ?? '' })),
    source: existsSync(file('SOURCE.txt'))
      ? readFileSync(file('SOURCE.txt'), 'utf8').trim()
      : `NKSCREEN_OFAC_DIR=${dir}`,
  };
}

/**
 * The whole list as an index: every record (people and vessels included) as one entity with its names.
 * @param {string} dir see {@link readSdnRecords}
 * @param {(name: string) => string} normalizeName the core's, to leave out names with nothing to match on
 */
export function readSdnList(dir, normalizeName) {
  const { records, akas, source } = readSdnRecords(dir);
  /** @type {Map<string, string[]>} */
  const akasOf = new Map();
  for (const aka of akas) akasOf.set(aka.ent, [...(akasOf.get(aka.ent) ?? []), aka.name]);
  // compileIndex refuses a name with nothing to match on, or longer than it indexes.
  const usable = (/** @type {string} */ name) =>
    name !== '' && name.length <= 500 && normalizeName(name) !== '';
  const entities = records
    .filter((record) => usable(record.name))
    .map((record) => ({
      id: `sdn-${record.ent}`,
      name: record.name,
      aliases: [
        ...new Set(
          (akasOf.get(record.ent) ?? []).filter((aka) => usable(aka) && aka !== record.name),
        ),
      ],
      weakAliases: [],
      type: record.type === '-0-' ? 'entity' : record.type,
    }));
  return {
    entities,
    names: entities.reduce((sum, e) => sum + 1 + e.aliases.length, 0),
    source,
  };
}
