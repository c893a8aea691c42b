import { isRecord } from './report-values';

/** Reads `data.a.b.c` without trusting the shape; undefined as soon as a step is missing. */
export function pick(data: unknown, ...path: string[]): unknown {
  let value = data;
  for (const key of path) {
    if (!isRecord(value)) return undefined;
    value = value[key];
  }
  return value;
}

/** A finite number at the path, else undefined (a report may write `null` for "not defined"). */
export function pickNumber(data: unknown, ...path: string[]): number | undefined {
  const value = pick(data, ...path);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function pickString(data: unknown, ...path: string[]): string | undefined {
  const value = pick(data, ...path);
  return typeof value === 'string' ? value : undefined;
}

/** The entries of the object at the path whose values are objects. */
export function pickRecords(data: unknown, ...path: string[]): [string, Record<string, unknown>][] {
  const value = pick(data, ...path);
  if (!isRecord(value)) return [];
  return Object.entries(value).filter((entry): entry is [string, Record<string, unknown>] =>
    isRecord(entry[1]),
  );
}

/** The targets block of a report (`{ name: { target, met } }` or `{ name: boolean }`) as rows. */
export function readTargets(data: unknown): { name: string; target?: number; met: boolean }[] {
  const targets = pick(data);
  if (!isRecord(targets)) return [];
  return Object.entries(targets).flatMap(([name, value]) => {
    if (typeof value === 'boolean') return [{ name, met: value }];
    const met = pick(value, 'met');
    if (typeof met !== 'boolean') return [];
    const target = pickNumber(value, 'target');
    return [target === undefined ? { name, met } : { name, target, met }];
  });
}

/** "Measured on AMD EPYC, 2 CPUs, Node v20.20.2" from a report's `machine` block, if it has one. */
export function describeMachine(data: unknown): string | undefined {
  const cpu = pickString(data, 'machine', 'cpu');
  const cpus = pickNumber(data, 'machine', 'cpus');
  const node = pickString(data, 'machine', 'node');
  const parts = [
    cpu,
    cpus === undefined ? undefined : `${cpus} CPUs`,
    node && `Node ${node}`,
  ].filter(Boolean);
  return parts.length ? `Machine: ${parts.join(', ')}.` : undefined;
}
