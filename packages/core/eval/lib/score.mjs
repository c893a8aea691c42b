// The scoring protocol of fixtures/README.md: one outcome per line, per mode and per way of counting `review`.

/** @typedef {{ entityId: string, alias: string, band: 'match' | 'review', score: number, span?: string }} Hit */
/** @typedef {'reviewAsMatch' | 'reviewAsNoMatch'} Counting */
/** @typedef {{ tp: number, fp: number, fn: number, tn: number }} Outcome */
/**
 * @typedef {{ lines: number, positives: number, negatives: number, tp: number, fp: number, fn: number,
 *   negativeFp: number, precision: number | null, recall: number | null, f1: number | null,
 *   fpRate: number | null }} Metrics
 */

/** @type {readonly Counting[]} */
export const COUNTINGS = ['reviewAsMatch', 'reviewAsNoMatch'];

export const COUNTING_LABELS = {
  reviewAsMatch: 'review counted as match',
  reviewAsNoMatch: 'review counted as no match',
};

/**
 * The entity ids a system asserts for one line: in name mode its top hit, in scan mode every mention.
 * @param {readonly Hit[]} hits
 * @param {Counting} counting
 */
export function assertedIds(hits, counting) {
  return new Set(
    hits
      .filter((hit) => hit.band === 'match' || counting === 'reviewAsMatch')
      .map((hit) => hit.entityId),
  );
}

/**
 * A positive line is a true positive when its entity is asserted, a false negative otherwise, and also a false
 * positive when another entity is asserted. A negative line is a false positive when anything is asserted.
 * @param {string | null} expectedId
 * @param {ReadonlySet<string>} asserted
 * @returns {Outcome}
 */
export function scoreLine(expectedId, asserted) {
  if (expectedId === null) {
    const fp = asserted.size > 0 ? 1 : 0;
    return { tp: 0, fp, fn: 0, tn: 1 - fp };
  }
  const tp = asserted.has(expectedId) ? 1 : 0;
  const others = [...asserted].some((id) => id !== expectedId) ? 1 : 0;
  return { tp, fp: others, fn: 1 - tp, tn: 0 };
}

/** @param {number} num @param {number} den */
const ratio = (num, den) => (den === 0 ? null : num / den);

/**
 * @param {readonly { expectedId: string | null, outcome: Outcome }[]} scored
 * @returns {Metrics}
 */
export function summarize(scored) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let negativeFp = 0;
  let positives = 0;
  for (const { expectedId, outcome } of scored) {
    tp += outcome.tp;
    fp += outcome.fp;
    fn += outcome.fn;
    if (expectedId === null) negativeFp += outcome.fp;
    else positives++;
  }
  const negatives = scored.length - positives;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, positives);
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? null
      : (2 * precision * recall) / (precision + recall);
  return {
    lines: scored.length,
    positives,
    negatives,
    tp,
    fp,
    fn,
    negativeFp,
    precision,
    recall,
    f1,
    fpRate: ratio(negativeFp, negatives),
  };
}

/**
 * Kinds in file order, then the groups the targets are stated for.
 * @param {readonly { kind: string }[]} lines
 * @returns {{ label: string, test: (kind: string) => boolean }[]}
 */
export function kindSlices(lines) {
  const kinds = [...new Set(lines.map((l) => l.kind))];
  const positives = kinds.filter((k) => !k.startsWith('neg_'));
  const negatives = kinds.filter((k) => k.startsWith('neg_'));
  return [
    ...positives.map((k) => ({ label: k, test: (/** @type {string} */ kind) => kind === k })),
    ...negatives.map((k) => ({ label: k, test: (/** @type {string} */ kind) => kind === k })),
    { label: 'script_* (all)', test: (kind) => kind.startsWith('script_') },
    { label: 'positives (all)', test: (kind) => !kind.startsWith('neg_') },
    { label: 'negatives (all)', test: (kind) => kind.startsWith('neg_') },
  ];
}
