import { humanizeKey, isRecord } from './report-values';
import {
  describeMachine,
  pick,
  pickNumber,
  pickRecords,
  pickString,
  readTargets,
} from './read-report';

export interface BenchRow {
  label: string;
  cells: (number | string | undefined)[];
}

/** A table of measured numbers: column headers, then one row per system or scenario. */
export interface BenchTable {
  caption: string;
  columns: string[];
  rows: BenchRow[];
}

export interface BenchSummary {
  tables: BenchTable[];
  targets: { name: string; target?: number; met: boolean }[];
  notes: string[];
}

const systemLabels: Record<string, string> = {
  nkscreen: 'nkscreen',
  uFuzzy: 'uFuzzy (baseline)',
  fuse: 'Fuse.js (baseline)',
  ahoCorasick: 'modern-ahocorasick, exact only (baseline)',
};

const ratioLabels: Record<string, string> = { vsUFuzzy: 'uFuzzy', vsFuse: 'Fuse.js' };

const label = (key: string) => systemLabels[key] ?? humanizeKey(key);

/** Reads `packages/core/reports/bench.json`; undefined when its shape is not the expected one. */
export function readCoreBench(data: unknown): BenchSummary | undefined {
  const matchSystems = pickRecords(data, 'matchName').filter(
    ([, result]) => pickNumber(result, 'namesPerSecond') !== undefined,
  );
  const scanSystems = pickRecords(data, 'scanText').filter(
    ([, result]) => pickNumber(result, 'medianMs') !== undefined,
  );
  if (matchSystems.length === 0 && scanSystems.length === 0) return undefined;
  const tables: BenchTable[] = [];
  const entities = pickNumber(data, 'list', 'entities');
  const aliases = pickNumber(data, 'list', 'aliasesPerEntity');
  if (matchSystems.length > 0) {
    tables.push({
      caption: `matchName on a synthetic list of ${entities ?? '?'} entities × ${aliases ?? '?'} aliases`,
      columns: ['names/s', 'p50 ms', 'p99 ms', 'top-1 accuracy'],
      rows: matchSystems.map(([system, result]) => ({
        label:
          pick(result, 'extrapolated') === true ? `${label(system)}, extrapolated` : label(system),
        cells: [
          pickNumber(result, 'namesPerSecond'),
          pickNumber(result, 'p50Ms'),
          pickNumber(result, 'p99Ms'),
          pickNumber(result, 'top1Accuracy'),
        ],
      })),
    });
  }
  if (scanSystems.length > 0) {
    const chars = pickNumber(data, 'scanText', 'textChars');
    tables.push({
      caption: `scanText on ${chars ? (chars / 1_048_576).toFixed(1) : '?'} MB of page-like text with planted names (${pickNumber(data, 'scanText', 'planted', 'exact') ?? '?'} exact, ${pickNumber(data, 'scanText', 'planted', 'typo') ?? '?'} with typos)`,
      columns: ['median ms', 'planted exact found', 'planted with typo found', 'other mentions'],
      rows: scanSystems.map(([system, result]) => ({
        label: label(system),
        cells: [
          pickNumber(result, 'medianMs'),
          pickNumber(result, 'plantedFound', 'exact'),
          pickNumber(result, 'plantedFound', 'typo'),
          pickNumber(result, 'mentionsOffPlanted'),
        ],
      })),
    });
  }
  if (pickNumber(data, 'index', 'serializedBytes') !== undefined) {
    tables.push({
      caption: 'The serialised index of that list',
      columns: ['build ms', 'size (bytes)', 'gzipped (bytes)', 'load ms'],
      rows: [
        {
          label: 'index',
          cells: [
            pickNumber(data, 'index', 'buildMs'),
            pickNumber(data, 'index', 'serializedBytes'),
            pickNumber(data, 'index', 'gzipBytes'),
            pickNumber(data, 'index', 'loadMs'),
          ],
        },
      ],
    });
  }
  const ratios: string[] = [];
  const speedup = pick(data, 'matchName', 'speedup');
  if (isRecord(speedup)) {
    for (const [key, value] of Object.entries(speedup)) {
      if (typeof value === 'number')
        ratios.push(`matchName vs ${ratioLabels[key] ?? humanizeKey(key)} ${value}×`);
    }
  }
  const scanRatio = pickNumber(data, 'scanText', 'speedupVsAhoCorasick');
  if (scanRatio !== undefined) ratios.push(`scanText vs Aho–Corasick ${scanRatio}×`);
  const machine = describeMachine(data);
  const notes = ratios.length
    ? [
        `Speed of nkscreen ÷ speed of the baseline, measured in the same run (above 1 means nkscreen is faster): ${ratios.join('; ')}.`,
      ]
    : [];
  return {
    tables,
    targets: readTargets(pick(data, 'targets')).map((target) => ({
      ...target,
      name: humanizeKey(target.name),
    })),
    notes: machine ? [...notes, machine] : notes,
  };
}

/** Reads `packages/cli/reports/bench.json`: one row per scenario, screening beside the parse-only baseline. */
export function readCliBench(data: unknown): BenchSummary | undefined {
  const results = pick(data, 'results');
  if (!Array.isArray(results) || results.length === 0) return undefined;
  const target = pickString(data, 'target');
  return {
    tables: [
      {
        caption:
          'nkscreen screen on generated CSV files, beside a papaparse pass that does no matching',
        columns: [
          'rows',
          'file MB',
          'screen rows/s',
          'baseline rows/s',
          'screen peak RSS MB',
          'baseline peak RSS MB',
        ],
        rows: results.map((result: unknown) => ({
          label: pickString(result, 'scenario') ?? '',
          cells: [
            pickNumber(result, 'rows'),
            pickNumber(result, 'fileMb'),
            pickNumber(result, 'screen', 'rowsPerSecond'),
            pickNumber(result, 'baseline', 'rowsPerSecond'),
            pickNumber(result, 'screen', 'peakRssMb'),
            pickNumber(result, 'baseline', 'peakRssMb'),
          ],
        })),
      },
    ],
    targets: [],
    notes: [target && `Target: ${target}.`, describeMachine(data)].filter((note): note is string =>
      Boolean(note),
    ),
  };
}

/** Reads `apps/extension/reports/bench.json`: the content script's scan beside a naive full-text scan. */
export function readExtensionBench(data: unknown): BenchSummary | undefined {
  const runs = pickRecords(data).filter(
    ([name, run]) => name !== 'budget' && pickNumber(run, 'mainThreadMs') !== undefined,
  );
  if (runs.length === 0) return undefined;
  const page = pickString(data, 'page');
  const bytes = pickNumber(data, 'pageBytes');
  const notes = [
    page ? `Page: ${page}${bytes ? ` (${(bytes / 1_048_576).toFixed(1)} MB)` : ''}.` : '',
  ];
  const budgetMs = pickNumber(data, 'budget', 'mainThreadMs');
  const met = pick(data, 'budget', 'met');
  return {
    tables: [
      {
        caption: `Main-thread cost of scanning one product page (median of ${pickNumber(data, 'runs') ?? '?'} runs)`,
        columns: ['main thread ms', 'longest task ms', 'wall ms', 'time slices', 'findings'],
        rows: runs.map(([run, result]) => ({
          label: humanizeKey(run),
          cells: [
            pickNumber(result, 'mainThreadMs'),
            pickNumber(result, 'longestTaskMs'),
            pickNumber(result, 'wallMs'),
            pickNumber(result, 'slices'),
            pickNumber(result, 'findings'),
          ],
        })),
      },
    ],
    targets:
      budgetMs !== undefined && typeof met === 'boolean'
        ? [{ name: 'main thread and longest task ms', target: budgetMs, met }]
        : [],
    notes: notes.filter(Boolean),
  };
}
