import { listSeparator } from './patterns.js';

// Byte-order marks and zero-width spaces: invisible, never meaningful in a name or a date.
const invisible = /[\uFEFF\u200B]/g;
const hasInvisible = /[\uFEFF\u200B]/;

export type CellBlemish = 'spaces' | 'invisible';

/** The formatting-only repair of one cell: trim it (and each list item) and drop invisible characters. */
export function cleanCell(cell: string, isList: boolean): string {
  const visible = cell.replace(invisible, '');
  return isList
    ? visible
        .split(listSeparator)
        .map((item) => item.trim())
        .join(listSeparator)
        .trim()
    : visible.trim();
}

/** What `cleanCell` would change, so the validator can say so. */
export function findBlemishes(cell: string, isList: boolean): CellBlemish[] {
  const blemishes: CellBlemish[] = [];
  const visible = cell.replace(invisible, '');
  if (hasInvisible.test(cell)) blemishes.push('invisible');
  if (cleanCell(visible, isList) !== visible) blemishes.push('spaces');
  return blemishes;
}
