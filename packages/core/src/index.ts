export { compileIndex } from './compile-index.js';
export { createMatcher } from './matcher.js';
export { defaultThresholds } from './thresholds.js';
export { serializeIndex, loadIndex } from './serialize.js';
export { normalizeName } from './normalize.js';
export { NkscreenError, isNkscreenError } from './errors.js';
export type { NkscreenErrorCode } from './errors.js';
export type { MatchIndex } from './match-index.js';
export type {
  AlignmentOp,
  AlignmentPair,
  Band,
  CompileIndexOptions,
  Explanation,
  IndexEntity,
  Match,
  Matcher,
  MatcherOptions,
  MatchNameOptions,
  ScanTextOptions,
  TextMatch,
} from './types.js';
