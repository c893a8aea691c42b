import type { CheckedRow } from './check-rows.js';
import { entitiesFile, sourcesFile, type DatasetIssue } from './issue.js';
import { normalizeKey } from './normalize-key.js';
import { splitList } from './patterns.js';
import type { EntityRecord, Source } from './types.js';

/** Checks across rows and files: unique ids, sorted rows, cited sources exist and are cited, no name clashes. */
export function checkDataset(
  entities: readonly CheckedRow<EntityRecord>[],
  sources: readonly CheckedRow<Source>[],
  options: { entitiesComplete: boolean; sourcesComplete: boolean },
): DatasetIssue[] {
  return [
    ...checkUniqueIds(entities, entitiesFile),
    ...checkUniqueIds(sources, sourcesFile),
    ...checkSorted(entities, entitiesFile),
    ...checkSorted(sources, sourcesFile),
    ...checkCitations(entities, sources, options),
    ...checkNameClashes(entities),
  ];
}

function checkUniqueIds(rows: readonly CheckedRow<unknown>[], file: string): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (!row.id) continue;
    const first = firstLine.get(row.id);
    if (first === undefined) firstLine.set(row.id, row.line);
    else {
      issues.push({
        file,
        line: row.line,
        id: row.id,
        column: 'id',
        message: `'${row.id}' is already the id of line ${first}; ids must be unique — rename one, or merge the two rows`,
      });
    }
  }
  return issues;
}

// One issue per file: after the first row out of place, every later complaint would be noise.
function checkSorted(rows: readonly CheckedRow<unknown>[], file: string): DatasetIssue[] {
  for (let index = 1; index < rows.length; index += 1) {
    const previous = rows[index - 1];
    const row = rows[index];
    if (previous?.id && row?.id && row.id < previous.id) {
      return [
        {
          file,
          line: row.line,
          id: row.id,
          column: 'id',
          message: `rows must be sorted by id, but '${row.id}' comes after '${previous.id}' (line ${previous.line})`,
          fixable: true,
        },
      ];
    }
  }
  return [];
}

function checkCitations(
  entities: readonly CheckedRow<EntityRecord>[],
  sources: readonly CheckedRow<Source>[],
  complete: { entitiesComplete: boolean; sourcesComplete: boolean },
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const known = new Set(sources.map((source) => source.id).filter(Boolean));
  const cited = new Set<string>();
  for (const entity of entities) {
    for (const sourceId of splitList(entity.cells.source_ids ?? '')) {
      cited.add(sourceId);
      // An unreadable sources file would make every citation look unknown.
      if (complete.sourcesComplete && sourceId && !known.has(sourceId)) {
        issues.push({
          file: entitiesFile,
          line: entity.line,
          ...(entity.id && { id: entity.id }),
          column: 'source_ids',
          message: `cites '${sourceId}', which is not an id in ${sourcesFile}; add that source or correct the id`,
        });
      }
    }
  }
  // An unreadable entities file would make every source look uncited, so only judge a complete one.
  if (complete.entitiesComplete) {
    for (const source of sources) {
      if (source.id && !cited.has(source.id)) {
        issues.push({
          file: sourcesFile,
          line: source.line,
          id: source.id,
          column: 'id',
          message: `source '${source.id}' is not cited by any entity; cite it in an entity's source_ids or remove it`,
        });
      }
    }
  }
  return issues;
}

function checkNameClashes(entities: readonly CheckedRow<EntityRecord>[]): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const owners = new Map<string, { id: string; line: number; column: string; name: string }>();
  for (const entity of entities) {
    const names = [
      ...(entity.cells.name ? [{ column: 'name', name: entity.cells.name }] : []),
      ...splitList(entity.cells.aliases ?? '').map((name) => ({ column: 'aliases', name })),
    ];
    for (const { column, name } of names) {
      const key = normalizeKey(name);
      if (key === '') continue;
      const owner = owners.get(key);
      if (!owner) owners.set(key, { id: entity.id, line: entity.line, column, name });
      else if (owner.id !== entity.id) {
        issues.push({
          file: entitiesFile,
          line: entity.line,
          ...(entity.id && { id: entity.id }),
          column,
          message: `'${name}' is the same name as '${owner.name}' (${owner.column} of [${owner.id}], line ${owner.line}) once case, marks and punctuation are ignored; two entities cannot share a name — merge the rows or drop one spelling`,
        });
      }
    }
  }
  return issues;
}
