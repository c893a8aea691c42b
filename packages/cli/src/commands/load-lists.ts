import { createUsageError } from '../errors.js';
import { loadList, type ExtraList } from '../lists.js';
import type { CommandIo } from './io.js';

/** Loads every `--list` file, saying on stderr how many entities each adds and what was ignored. */
export async function loadLists(paths: readonly string[], io: CommandIo): Promise<ExtraList[]> {
  const lists: ExtraList[] = [];
  for (const path of paths) {
    const list = await loadList(path);
    const ignored =
      list.ignored.length > 0
        ? `, ${list.ignored.length} records ignored (first: line ${list.ignored[0]?.line}: ${list.ignored[0]?.reason})`
        : '';
    io.stderr.write(`list ${list.label}: ${list.entities.length} entities${ignored}\n`);
    lists.push(list);
  }
  return lists;
}

/** `--lists-only` leaves the bundled dataset out, which only makes sense with at least one `--list`. */
export function checkListsOnly(
  listsOnly: boolean | undefined,
  lists: readonly ExtraList[],
): boolean {
  if (listsOnly && lists.length === 0) {
    throw createUsageError('--lists-only needs at least one --list <file> to match against.');
  }
  return listsOnly === true;
}
