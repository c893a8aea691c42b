import { analyzeTokens } from './analyze.js';
import { checkBand, checkOptionsObject, invalidOption } from './check-options.js';
import { cjkCore, findCjkCores, isCoreWithoutPlace } from './cjk.js';
import { NkscreenError } from './errors.js';
import { rankByEntity, type Hit } from './hits.js';
import { createJudge } from './judge.js';
import type { MatcherStages } from './matcher-context.js';
import { EXACT_SCORE, RIVAL_MARGIN } from './mentions.js';
import { tokenize } from './normalize.js';
import type { Match, MatchNameOptions } from './types.js';

/** Beyond this many terms a name query is treated as text: only windows around anchors are scored. */
const MAX_WHOLE_QUERY_TERMS = 40;
/** A sibling whose words are all explained by a more specific sibling's match is pushed below review. */
const SIBLING_FACTOR = 0.8;

/** `matchName`: one name against the index, words and CJK script aliases, ranked by entity. */
export function createMatchName({ ctx, builders, weak, latinHits }: MatcherStages) {
  const { data, lookups, matchThreshold, reviewThreshold, isNameWord, ceilingOf } = ctx;
  const { cjkMatch, exactMatch } = builders;
  function matchName(name: string, options: MatchNameOptions = {}): Match[] {
    if (typeof name !== 'string')
      throw new NkscreenError(
        'INVALID_INPUT',
        `matchName: expected a string, found ${typeof name}`,
      );
    checkOptionsObject(options, 'matchName');
    const minBand = checkBand(options.minBand, 'matchName');
    const judge = createJudge(ctx, options, 'matchName');
    const limit = options.limit ?? 5;
    if (!Number.isInteger(limit) || limit < 1)
      throw invalidOption(
        `matchName: limit must be a positive integer, found ${String(options.limit)}`,
      );

    const tokens = tokenize(name);
    const terms = analyzeTokens(tokens, lookups.dfGeneric, isNameWord);
    const hits = latinHits(
      name,
      terms,
      terms.length <= MAX_WHOLE_QUERY_TERMS,
      (entity) => judge.verdict(entity).status === 'corroborated',
    );

    const cjkText = tokens
      .filter((t) => t.script !== 'latin')
      .map((t) => t.text)
      .join('');
    if (cjkText.length >= 2 && lookups.cjk.size > 0) {
      const queryCore = cjkCore(cjkText);
      for (const found of findCjkCores(
        cjkText,
        lookups.cjk,
        lookups.cjkStarts,
        lookups.cjkMaxLength,
      )) {
        const ratio = found.core.length / Math.max(found.core.length, queryCore.length);
        for (const aliasId of lookups.cjk.get(found.core) ?? []) {
          const alias = data.aliases[aliasId]!;
          const whole = tokens.length === 1 && tokens[0]!.text === alias.text;
          const score = whole ? 1 : ratio >= 1 ? 0.98 : 0.8 + 0.15 * ratio;
          hits.push({
            entity: alias.entity,
            aliasId,
            score,
            reviewOnly: isCoreWithoutPlace(cjkText, found.core, alias.text),
            start: -1,
            end: -1,
            covered: [],
            build: (final) => cjkMatch(name, aliasId, found.core, final),
          });
        }
      }
    }

    // A listed name with no distinctive word, asked exactly as listed (most indexes have none: no key is built).
    const exactOnly =
      ctx.exactOnly.size > 0 ? ctx.exactOnly.get(tokens.map((t) => t.text).join(' ')) : undefined;
    for (const aliasId of exactOnly ?? []) {
      hits.push({
        entity: data.aliases[aliasId]!.entity,
        aliasId,
        score: 1,
        start: 0,
        end: terms.length - 1,
        covered: terms.map((_, i) => i),
        build: (final) => exactMatch(name, aliasId, final),
      });
    }

    const corroborated = (entity: number) => judge.verdict(entity).status === 'corroborated';
    // A weak alias in another script that is the whole name, when nothing else found its entity.
    const owners = weak.scriptWeakOwners(tokens.map((t) => t.text).join(''));
    for (const entity of owners) {
      if (!hits.some((hit) => hit.entity === entity))
        hits.push(weak.scriptWeakHit(name, entity, owners.length > 1, corroborated(entity)));
    }

    const floor = minBand === 'match' ? matchThreshold : reviewThreshold;
    const ranked = demoteRivals(
      demoteSiblings(
        rankByEntity(
          hits
            .map((hit) => ceilingOf(hit, corroborated))
            .filter((hit) => hit.score >= reviewThreshold),
        ),
      ),
    );
    return ranked
      .map((hit) => ({ ...hit, score: judge.settle(hit.entity, hit.score) }))
      .filter((hit) => hit.score >= floor)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((hit) => ({ ...hit.build(hit.score), context: judge.verdict(hit.entity) }));
  }

  /**
   * When the name is a listed spelling (score ≥ 0.98), other entities that reach it only through typos or
   * romanisation are kept for review but not reported as matches.
   */
  function demoteRivals(ranked: Hit[]): Hit[] {
    const best = ranked[0];
    if (!best || best.score < EXACT_SCORE) return ranked;
    return ranked.map((hit) =>
      hit === best || best.score - hit.score <= RIVAL_MARGIN || hit.score < matchThreshold
        ? hit
        : {
            ...hit,
            score: Math.max(
              reviewThreshold,
              matchThreshold - 0.001 - (best.score - hit.score) / 10,
            ),
          },
    );
  }

  /**
   * Between siblings (MOP and MOPATS), the hit that explains strictly more of the query wins: the other is
   * demoted below it, so a name is not reported as both the parent and the more specific sibling.
   */
  function demoteSiblings(ranked: Hit[]): Hit[] {
    const demoted = ranked.map((hit) => {
      if (hit.covered.length === 0) return hit;
      const own = new Set(hit.covered);
      const wider = ranked.find(
        (other) =>
          other !== hit &&
          other.score >= reviewThreshold &&
          other.covered.length > own.size &&
          [...own].every((i) => other.covered.includes(i)),
      );
      return wider ? { ...hit, score: Math.min(hit.score, wider.score) * SIBLING_FACTOR } : hit;
    });
    return demoted.sort((a, b) => b.score - a.score);
  }

  return matchName;
}
