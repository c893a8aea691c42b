import { humanizeKey, isRecord } from './report-values';
import { pick, pickNumber, pickRecords, pickString, readTargets } from './read-report';

/** Precision, recall, F1 and false-positive rate of one system, as the eval report scores them. */
export interface SystemScore {
  system: string;
  lines?: number;
  precision?: number;
  recall?: number;
  f1?: number;
  fpRate?: number;
}

export interface EvalTable {
  mode: string;
  counting: string;
  systems: SystemScore[];
  /** One row per kind of variation: each system's recall on positives, false positives on negatives. */
  kinds: { kind: string; lines?: number; scores: SystemScore[] }[];
  targets: { name: string; met: boolean }[];
}

export interface EvalSummary {
  split: string;
  lines?: number;
  tables: EvalTable[];
  wrong: {
    mode: string;
    line?: number;
    kind: string;
    query: string;
    expected: string;
    got: string;
  }[];
}

const systemLabels: Record<string, string> = {
  nkscreen: 'nkscreen',
  fuse: 'Fuse.js (baseline)',
  jaroWinkler: 'token Jaro–Winkler (baseline)',
};

const modeLabels: Record<string, string> = {
  name: 'one name (matchName)',
  scan: 'names in text (scanText)',
};

function readScore(system: string, metrics: unknown): SystemScore {
  const score: SystemScore = { system: systemLabels[system] ?? humanizeKey(system) };
  for (const key of ['lines', 'precision', 'recall', 'f1', 'fpRate'] as const) {
    const value = pickNumber(metrics, key);
    if (value !== undefined) score[key] = value;
  }
  return score;
}

function describeGot(got: unknown): string {
  if (!Array.isArray(got) || got.length === 0) return 'nothing';
  return got
    .map((hit) => {
      const name = pickString(hit, 'name') ?? pickString(hit, 'entityId') ?? String(hit);
      const band = pickString(hit, 'band');
      return band ? `${name} (${band})` : name;
    })
    .join('; ');
}

/**
 * Reads `packages/core/reports/eval.json` into tables for the methodology page. Returns undefined when the
 * report does not have the expected shape, so the page can fall back to showing it generically.
 */
export function readEvalSummary(data: unknown): EvalSummary | undefined {
  const splits = pickRecords(data, 'results');
  const [split, modes] = splits[0] ?? [];
  if (!split || !modes) return undefined;
  const tables: EvalTable[] = [];
  for (const [mode, countings] of pickRecords(modes)) {
    for (const [counting, systems] of pickRecords(countings)) {
      const systemEntries = pickRecords(systems);
      const kindNames = Object.keys(pick(systemEntries[0]?.[1], 'byKind') ?? {});
      tables.push({
        mode: modeLabels[mode] ?? mode,
        counting: pickString(data, 'protocol', 'countings', counting) ?? humanizeKey(counting),
        systems: systemEntries.map(([system, result]) => readScore(system, result.overall)),
        kinds: kindNames.map((kind) => ({
          kind,
          lines: pickNumber(systemEntries[0]?.[1], 'byKind', kind, 'lines'),
          scores: systemEntries.map(([system, result]) =>
            readScore(system, pick(result, 'byKind', kind)),
          ),
        })),
        targets: readTargets(pick(data, 'targets', mode, counting)),
      });
    }
  }
  if (tables.length === 0 || tables.every((table) => table.systems.length === 0)) return undefined;
  const wrongByMode = pick(data, 'wrong');
  const wrong = isRecord(wrongByMode)
    ? Object.entries(wrongByMode).flatMap(([mode, lines]) =>
        (Array.isArray(lines) ? lines : []).map((line: unknown) => ({
          mode: modeLabels[mode] ?? mode,
          line: pickNumber(line, 'line'),
          kind: pickString(line, 'kind') ?? '',
          query: pickString(line, 'query') ?? '',
          expected: pickString(line, 'expected') ?? 'no entity',
          got: describeGot(pick(line, 'got')),
        })),
      )
    : [];
  return { split, lines: pickNumber(data, 'fixture', 'lines'), tables, wrong };
}
