/** Helpers that turn any report JSON into rows a person can read, without knowing its exact shape. */

export type Primitive = string | number | boolean | null;

export function isPrimitive(value: unknown): value is Primitive {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a non-empty array of flat objects, which reads best as a table. */
export function isTableLike(value: unknown): value is Record<string, Primitive>[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((row) => isRecord(row) && Object.values(row).every(isPrimitive))
  );
}

/**
 * True for an object whose values are all flat objects (such as metrics per kind or per system), which
 * reads best as a table with one row per key.
 */
export function isKeyedTable(value: unknown): value is Record<string, Record<string, Primitive>> {
  if (!isRecord(value)) return false;
  const rows = Object.values(value);
  return (
    rows.length > 0 && rows.every((row) => isRecord(row) && Object.values(row).every(isPrimitive))
  );
}

/** `f1Score`, `fp_rate`, `p99-ms` → "f1 score", "fp rate", "p99 ms". */
export function humanizeKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** Numbers keep at most 3 significant decimals; integers get thousands separators. */
export function formatValue(value: Primitive | undefined): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return value.toLocaleString('en-US');
    return Math.abs(value) >= 100 ? value.toFixed(1) : Number(value.toPrecision(3)).toString();
  }
  return String(value);
}

/** A flat report value for a table cell: a primitive, or a list of primitives joined by commas. */
export function formatCell(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => formatCell(item)).join(', ');
  return isPrimitive(value) ? formatValue(value) : '';
}

/** True for a value that fits in one table cell. */
export function isFlat(value: unknown): boolean {
  return isPrimitive(value) || (Array.isArray(value) && value.every(isPrimitive));
}

/** The union of the columns of a table-like array, in first-seen order. */
export function collectColumns(rows: readonly Record<string, Primitive>[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}

/** Finds the report's own statement of when it was measured and on which dataset version. */
export function findReportMeta(data: unknown): { measuredAt?: string; datasetVersion?: string } {
  const meta: { measuredAt?: string; datasetVersion?: string } = {};
  const visit = (value: unknown, depth: number) => {
    if (!isRecord(value) || depth > 2) return;
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string') {
        if (
          !meta.measuredAt &&
          /(date|generated|timestamp|measured|created|ran)(at|on)?$/i.test(key)
        )
          meta.measuredAt = child;
        if (!meta.datasetVersion && /dataset.?version/i.test(key)) meta.datasetVersion = child;
      }
      if (isRecord(child)) {
        if (!meta.datasetVersion && /^dataset$/i.test(key) && typeof child.version === 'string') {
          meta.datasetVersion = child.version;
        }
        visit(child, depth + 1);
      }
    }
  };
  visit(data, 0);
  return meta;
}
