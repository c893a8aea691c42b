// The bulk false-positive run: every name of every negative list through nkscreen's matchName (top hit), and a
// fixed, evenly spaced sample of each list through every system (the baselines are too slow for 300,000 names
// on two cores). A hit on a negative list is a false positive unless a person finds it is the listed entity.
import { performance } from 'node:perf_hooks';

/** @typedef {import('./eval-systems.mjs').EvalSystem} EvalSystem */
/** @typedef {import('./negative-lists.mjs').NegativeList} NegativeList */
/** @typedef {{ name: string, entityId: string, alias: string, band: string, score: number }} BulkHit */

/**
 * Every ceil(n / size)-th name, starting with the first: the same names on every run and for every system.
 * @template T
 * @param {readonly T[]} items
 * @param {number} size
 * @returns {T[]}
 */
export function evenSample(items, size) {
  if (size <= 0) return [];
  const step = Math.max(1, Math.ceil(items.length / size));
  return items.filter((_, i) => i % step === 0);
}

/**
 * @param {(name: string) => import('./score.mjs').Hit[]} matchName
 * @param {readonly string[]} names
 */
function countHits(matchName, names) {
  /** @type {BulkHit[]} */
  const hits = [];
  let errors = 0;
  const start = performance.now();
  for (const name of names) {
    try {
      const [top] = matchName(name);
      if (top !== undefined)
        hits.push({
          name,
          entityId: top.entityId,
          alias: top.alias,
          band: top.band,
          score: top.score,
        });
    } catch {
      errors++;
    }
  }
  const ms = performance.now() - start;
  return {
    names: names.length,
    match: hits.filter((h) => h.band === 'match').length,
    review: hits.filter((h) => h.band === 'review').length,
    errors,
    ms: Math.round(ms),
    hits,
  };
}

/**
 * Page-like text mode: the names one a line, 200 lines a text (a supplier list pasted into a page), through
 * scanText; every mention is a false positive.
 * @param {(text: string) => import('./score.mjs').Hit[]} scanText
 * @param {readonly string[]} names
 */
function countMentions(scanText, names) {
  /** @type {{ entityId: string, alias: string, band: string, score: number, span: string }[]} */
  const mentions = [];
  let errors = 0;
  const start = performance.now();
  for (let i = 0; i < names.length; i += SCAN_LINES) {
    try {
      for (const hit of scanText(names.slice(i, i + SCAN_LINES).join('\n'))) {
        mentions.push({
          entityId: hit.entityId,
          alias: hit.alias,
          band: hit.band,
          score: hit.score,
          span: hit.span ?? '',
        });
      }
    } catch {
      errors++;
    }
  }
  return {
    texts: Math.ceil(names.length / SCAN_LINES),
    match: mentions.filter((m) => m.band === 'match').length,
    review: mentions.filter((m) => m.band === 'review').length,
    errors,
    ms: Math.round(performance.now() - start),
    mentions,
  };
}

const SCAN_LINES = 200;

/**
 * @param {readonly EvalSystem[]} systems nkscreen first
 * @param {readonly NegativeList[]} lists
 * @param {number} sampleSize
 */
export function runBulk(systems, lists, sampleSize) {
  const [nk] = systems;
  if (nk === undefined) throw new Error('runBulk needs at least one system');
  return {
    sampleSize,
    lists: lists.map((list) => {
      const sample = evenSample(list.names, sampleSize);
      const full = countHits(nk.name, list.names);
      return {
        key: list.key,
        label: list.label,
        source: list.source,
        licence: list.licence,
        dropped: list.dropped,
        names: list.names.length,
        full: { system: nk.key, ...full },
        scan: { system: nk.key, linesPerText: SCAN_LINES, ...countMentions(nk.scan, list.names) },
        sample: {
          names: sample.length,
          step: Math.max(1, Math.ceil(list.names.length / Math.max(1, sampleSize))),
          bySystem: Object.fromEntries(
            systems.map((s) => {
              const { hits, ...counts } = countHits(s.name, sample);
              return [
                s.key,
                { ...counts, examples: hits.filter((h) => h.band === 'match').slice(0, 5) },
              ];
            }),
          ),
        },
      };
    }),
  };
}
