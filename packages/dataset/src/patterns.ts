// Formats shared by the zod schema, the JSON Schema and the Frictionless Table Schema.

/** Stable entity and source ids: lower-case words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
/** `2017` or `2016-2019`. */
export const periodPattern = /^\d{4}(-\d{4})?$/;
/** `scheme:value`, e.g. `ofac:27383`, `un:KPe.045`. */
export const identifierPattern = /^[a-z][a-z0-9_]*:\S(.*\S)?$/;

export const listSeparator = '|';

/** True when `value` is YYYY-MM-DD and names a day that exists (2023-02-30 does not). */
export function isRealDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Splits a `|`-separated cell; an empty cell is an empty list. */
export function splitList(cell: string): string[] {
  return cell === '' ? [] : cell.split(listSeparator);
}
