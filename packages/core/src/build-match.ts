import type { Term } from './analyze.js';
import { explainAlignment, explanationText, round } from './explain.js';
import type { MatchBody } from './hits.js';
import type { MatcherContext } from './matcher-context.js';
import type { AliasScore } from './score.js';
import type { AlignmentPair } from './types.js';

/**
 * The explain stage: a scored hit becomes a {@link MatchBody} with its band and an explanation of how the
 * words aligned (a listed spelling, a weak alias, a script alias).
 */
export function createMatchBuilders(ctx: MatcherContext) {
  const { data, bandOf } = ctx;
  function matchFor(
    source: string,
    queryText: string,
    terms: readonly Term[],
    aliasId: number,
    result: AliasScore,
    acronymTerms: readonly Term[],
    final: number,
  ): MatchBody {
    const alias = data.aliases[aliasId]!;
    const entity = data.entities[alias.entity]!;
    const score = round(Math.min(1, final));
    return {
      entityId: entity.id,
      name: entity.name,
      matchedAlias: alias.text,
      band: bandOf(score) ?? 'review',
      score,
      explanation: explainAlignment(source, queryText, terms, alias, result, acronymTerms),
    };
  }

  function acronymMatch(
    source: string,
    queryText: string,
    entity: number,
    start: number,
    end: number,
    score: number,
  ): MatchBody {
    const record = data.entities[entity]!;
    const text = source.slice(start, end);
    const alignment = [
      { query: text, alias: text, op: 'synonym' as const, similarity: 1, weight: 1 },
    ];
    const unmatched = { query: [], alias: [] };
    const rounded = round(score);
    return {
      entityId: record.id,
      name: record.name,
      matchedAlias: text,
      band: bandOf(rounded) ?? 'review',
      score: rounded,
      explanation: {
        text: `${explanationText(queryText, text, [], unmatched)}: short form (weak alias) of ${record.name}`,
        alignment,
        unmatched,
      },
    };
  }

  /** A match on one whole listed spelling: one aligned pair, and how it was read. */
  function wholeAliasMatch(
    queryText: string,
    aliasId: number,
    score: number,
    pair: Pick<AlignmentPair, 'query' | 'alias' | 'op'>,
    reading: string,
  ): MatchBody {
    const alias = data.aliases[aliasId]!;
    const entity = data.entities[alias.entity]!;
    const rounded = round(score);
    const unmatched = { query: [], alias: [] };
    return {
      entityId: entity.id,
      name: entity.name,
      matchedAlias: alias.text,
      band: bandOf(rounded) ?? 'review',
      score: rounded,
      explanation: {
        text: `${explanationText(queryText, alias.text, [], unmatched)}: ${reading}`,
        alignment: [{ ...pair, similarity: 1, weight: 1 }],
        unmatched,
      },
    };
  }

  const cjkMatch = (queryText: string, aliasId: number, matched: string, score: number) => {
    const alias = data.aliases[aliasId]!;
    return wholeAliasMatch(
      queryText,
      aliasId,
      score,
      { query: matched, alias: alias.cjk ?? alias.text, op: 'script' },
      `${matched} (script alias)`,
    );
  };

  /** A name with no distinctive word, asked exactly as listed (see `exactOnly` in matcher-context.ts). */
  const exactMatch = (queryText: string, aliasId: number, score: number) =>
    wholeAliasMatch(
      queryText,
      aliasId,
      score,
      { query: queryText, alias: data.aliases[aliasId]!.text, op: 'exact' },
      'written exactly as listed (a name with no distinctive word is found only so)',
    );

  return { matchFor, acronymMatch, cjkMatch, exactMatch };
}

export type MatchBuilders = ReturnType<typeof createMatchBuilders>;
