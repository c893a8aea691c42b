import type { EntityRecord } from './types.js';

/** One authority's listing of a row, read from its `listing` cell. */
export interface Listing {
  /** The listing as the cell names it, without its parenthetical: `OFAC SDN`, `ROK MOFA`. */
  name: string;
  /** Sanctions programmes in the parenthetical: `E.O. 13722`, `NKSPEA`; empty when it names none. */
  programs: string[];
  /** ISO date this authority listed the entity, when the row knows it. */
  listedOn?: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** `a; b (c; d); e` → `['a', 'b (c; d)', 'e']`: semicolons inside parentheses separate programmes, not listings. */
function splitTopLevel(cell: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < cell.length; index += 1) {
    const char = cell[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ';' && depth === 0) {
      parts.push(cell.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(cell.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/**
 * The authorities' listings a designation row names, in its `listing` cell's order:
 * `OFAC SDN (E.O. 13687); ROK MOFA (2024-04-02)`. The row's `listed_on` is its first listing's date; a later
 * listing carries its own date in its parenthetical, or none when the sources do not give it.
 */
export function splitListing(entity: Pick<EntityRecord, 'listing' | 'listedOn'>): Listing[] {
  return splitTopLevel(entity.listing).map((part, index) => {
    const open = part.indexOf('(');
    const name = (open === -1 ? part : part.slice(0, open)).trim();
    const inner = open === -1 ? [] : part.slice(open + 1, part.lastIndexOf(')')).split(';');
    const items = inner.map((item) => item.trim()).filter(Boolean);
    const listedOn =
      items.find((item) => isoDate.test(item)) ?? (index === 0 ? entity.listedOn : undefined);
    return {
      name,
      programs: items.filter((item) => !isoDate.test(item)),
      ...(listedOn ? { listedOn } : {}),
    };
  });
}
