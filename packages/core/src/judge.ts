import { checkContext, judgeContext, resolveContext, type ContextVerdict } from './context.js';
import type { MatcherContext } from './matcher-context.js';

/** What a context naming none of an entity's countries costs: a near-certain name stays a match, a doubtful one drops. */
const CONTRADICTION_PENALTY = 0.1;

/**
 * Judges the caller's context once per entity: a contradicting country lowers the score, and an entity that
 * requires context stays below the match band without corroboration.
 */
export function createJudge(
  ctx: MatcherContext,
  options: { context?: unknown },
  where: string,
): {
  settle: (entity: number, score: number) => number;
  verdict: (entity: number) => ContextVerdict;
} {
  const { data, matchThreshold } = ctx;
  const context = resolveContext(checkContext(options.context, where));
  const verdicts = new Map<number, ContextVerdict>();
  const verdict = (entity: number): ContextVerdict => {
    let found = verdicts.get(entity);
    if (!found) {
      found = judgeContext(data.entities[entity]!, context);
      verdicts.set(entity, found);
    }
    return found;
  };
  const settle = (entity: number, score: number): number => {
    const judged = verdict(entity);
    let settled = judged.status === 'contradicted' ? score - CONTRADICTION_PENALTY : score;
    if (judged.required && judged.status !== 'corroborated')
      settled = Math.min(settled, matchThreshold - 0.001);
    return settled;
  };
  return { settle, verdict };
}
