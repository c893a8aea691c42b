import { checkOptionsObject, checkThreshold, invalidOption } from './check-options.js';
import { createMatchBuilders } from './build-match.js';
import { NkscreenError } from './errors.js';
import { createLatinHits } from './latin-hits.js';
import type { MatchIndex } from './match-index.js';
import { createMatcherContext } from './matcher-context.js';
import { createMatchName } from './match-name.js';
import { createScanText } from './scan-text.js';
import { defaultThresholds } from './thresholds.js';
import type { Matcher, MatcherOptions } from './types.js';
import { createWeakAliases } from './weak-aliases.js';
import { createWindows } from './windows.js';

function isIndex(value: unknown): value is MatchIndex {
  const index = value as Partial<MatchIndex> | null;
  return (
    typeof index === 'object' &&
    index !== null &&
    index.format === 'nkscreen-index' &&
    typeof index.lookups === 'object' &&
    typeof index.data === 'object'
  );
}

/**
 * Creates a matcher over a compiled index: `matchName` for one name, `scanText` for free text.
 *
 * @example
 * const matcher = createMatcher(compileIndex(entities));
 * matcher.matchName('KOREA NAMGANG TRADING CORP.')[0]?.band; // 'match'
 */
export function createMatcher(index: MatchIndex, options: MatcherOptions = {}): Matcher {
  if (!isIndex(index))
    throw new NkscreenError(
      'INVALID_INDEX',
      'createMatcher: expected an index from compileIndex or loadIndex',
    );
  checkOptionsObject(options, 'createMatcher');
  const matchThreshold = checkThreshold(
    options.matchThreshold,
    'matchThreshold',
    defaultThresholds.match,
  );
  const reviewThreshold = checkThreshold(
    options.reviewThreshold,
    'reviewThreshold',
    defaultThresholds.review,
  );
  if (reviewThreshold > matchThreshold)
    throw invalidOption('createMatcher: reviewThreshold must not exceed matchThreshold');

  // The stages, each a module: normalise and analyse (analyze.ts), candidates (candidates.ts, latin-hits.ts),
  // score (score.ts, windows.ts, weak-aliases.ts), context (judge.ts), bands and explanations (build-match.ts);
  // matchName and scanText (match-name.ts, scan-text.ts) run them over a name or a text.
  const ctx = createMatcherContext(index, matchThreshold, reviewThreshold);
  const builders = createMatchBuilders(ctx);
  const weak = createWeakAliases(ctx, builders);
  const latinHits = createLatinHits(ctx, builders, weak, createWindows(ctx, builders));
  const stages = { ctx, builders, weak, latinHits };
  return { matchName: createMatchName(stages), scanText: createScanText(stages) };
}
