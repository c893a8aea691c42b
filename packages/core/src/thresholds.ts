/**
 * The band thresholds `createMatcher` uses when none are given, tuned on the dev set. Exported so that reports can
 * state the thresholds a run used (an audit needs them).
 */
export const defaultThresholds: Readonly<{ match: number; review: number }> = Object.freeze({
  match: 0.85,
  review: 0.7,
});
