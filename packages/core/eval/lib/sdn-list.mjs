// The OFAC SDN list as an index: every record of a legacy CSV snapshot (sdn.csv, with alt.csv a.k.a.s joined by
// ent_num) as one entity with its names. Read from the folder in NKSCREEN_OFAC_DIR; not shipped with the project.
import { existsSync, readFileSync } from 'node:fs';
import { parseCsv } from './read-csv.mjs';

/**
 * @param {string} dir a folder with sdn.csv (and alt.csv); a SOURCE.txt there says which snapshot it is
 * @param {(name: string) => string} normalizeName the core's, to leave out names with nothing to match on
 */
export function readSdnList(dir, normalizeName) {
  const file = (/** @type {string} */ name) => `${dir.replace(/\/$/, '')}/${name}`;
  if (!existsSync(file('sdn.csv'))) throw new Error(`${file('sdn.csv')} not found`);
  const rows = (/** @type {string} */ name) =>
    existsSync(file(name))
      ? parseCsv(readFileSync(file(name), 'latin1')).filter((r) =>
          /^\d+$/.test((r[0] ?? '').trim()),
        )
      : [];
  // compileIndex refuses a name with nothing to match on, or longer than it indexes.
  const usable = (/** @type {string} */ name) =>
    name !== '' && name.length <= 500 && normalizeName(name) !== '';
  /** @type {Map<string, { id: string, name: string, aliases: string[], weakAliases: string[], type: string }>} */
  const byId = new Map();
  for (const [ent = '', name = '', type = ''] of rows('sdn.csv').map((r) => r.map((f) => f.trim())))
    if (usable(name))
      byId.set(ent, {
        id: `sdn-${ent}`,
        name,
        aliases: [],
        weakAliases: [],
        type: type === '-0-' ? 'entity' : type,
      });
  for (const r of rows('alt.csv')) {
    const entity = byId.get((r[0] ?? '').trim());
    const alias = (r[3] ?? '').trim();
    if (entity && usable(alias) && alias !== entity.name && !entity.aliases.includes(alias))
      entity.aliases.push(alias);
  }
  const entities = [...byId.values()];
  return {
    entities,
    names: entities.reduce((sum, e) => sum + 1 + e.aliases.length, 0),
    source: existsSync(file('SOURCE.txt'))
      ? readFileSync(file('SOURCE.txt'), 'utf8').trim()
      : `NKSCREEN_OFAC_DIR=${dir}`,
  };
}
