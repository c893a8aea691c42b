import { normalizeKey } from './normalize-key.js';
import type { ListedEntry } from './read-official-lists.js';
import type { Entity } from './types.js';

export interface RowCheck {
  entity: string;
  identifier: string;
  /** Listed name and a.k.a.s the row does not hold as name, alias or weak alias. */
  missingSpellings: string[];
}

export interface ListsReport {
  checked: RowCheck[];
  /** Listed DPRK-program entries no dataset row cites or names: candidates for a researcher. */
  candidates: ListedEntry[];
  /** Rows holding a listed spelling but not that listing's identifier. */
  identifierMismatches: { entity: string; identifier: string; listedName: string }[];
  /** Active rows citing an identifier of a list that was read but no longer holds it. */
  removed: { entity: string; identifier: string }[];
}

const isDprk = (entry: ListedEntry) =>
  entry.programs.some((program) => /DPRK|NKSPEA|1718/i.test(program));

/** Compares the dataset's designated rows with the entries read from the official lists. */
export function compareWithLists(
  entities: readonly Entity[],
  listed: readonly ListedEntry[],
): ListsReport {
  const byId = new Map(listed.map((entry) => [entry.id, entry]));
  const schemesRead = new Set(listed.map((entry) => entry.id.split(':')[0]));
  const cited = new Set(entities.flatMap((entity) => entity.identifiers));
  const datasetNames = new Set(entities.flatMap((entity) => spellings(entity)));
  const report: ListsReport = {
    checked: [],
    candidates: [],
    identifierMismatches: [],
    removed: [],
  };
  for (const entity of entities) {
    const held = new Set(spellings(entity));
    for (const identifier of entity.identifiers) {
      const entry = byId.get(identifier);
      if (entry) {
        const missing = [entry.name, ...entry.aliases].filter(
          (name) => name && !held.has(normalizeKey(name)),
        );
        report.checked.push({
          entity: entity.id,
          identifier,
          missingSpellings: [...new Set(missing)],
        });
      } else if (
        schemesRead.has(identifier.split(':')[0]) &&
        entity.status === 'active' &&
        /^(ofac|un):/.test(identifier)
      ) {
        report.removed.push({ entity: entity.id, identifier });
      }
    }
  }
  for (const entry of listed) {
    const keys = new Set([entry.name, ...entry.aliases].map(normalizeKey));
    for (const entity of entities) {
      if (entity.identifiers.includes(entry.id) || !spellings(entity).some((key) => keys.has(key)))
        continue;
      report.identifierMismatches.push({
        entity: entity.id,
        identifier: entry.id,
        listedName: entry.name,
      });
    }
  }
  report.candidates = listed.filter(
    (entry) =>
      isDprk(entry) &&
      !cited.has(entry.id) &&
      ![entry.name, ...entry.aliases].some((name) => datasetNames.has(normalizeKey(name))),
  );
  return report;
}

function spellings(entity: Entity): string[] {
  return [entity.name, ...entity.aliases, ...entity.weakAliases].map(normalizeKey);
}
