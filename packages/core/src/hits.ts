import type { AliasScore } from './score.js';
import type { Match } from './types.js';

/** A match before the caller's context is judged. */
export type MatchBody = Omit<Match, 'context'>;

/** A candidate result before it becomes a {@link Match}: where it is and how it scored. */
export interface Hit {
  entity: number;
  aliasId: number;
  score: number;
  /** Term index range (Latin) or offsets (CJK) the hit covers in the query. */
  start: number;
  end: number;
  /** Query term positions the hit explains, to tell a more specific sibling. */
  covered: readonly number[];
  /** The evidence allows review at most unless the context corroborates the entity. */
  reviewOnly?: boolean;
  build: (score: number) => MatchBody;
}

/** The query positions a scored alignment explains, shifted by `offset`. */
export function coveredBy(result: AliasScore, offset: number): number[] {
  return result.pairs.flatMap((pair) => pair.query.map((i) => i + offset));
}

/** The best hit per entity, best first. */
export function rankByEntity(hits: readonly Hit[]): Hit[] {
  const best = new Map<number, Hit>();
  for (const hit of hits) {
    const current = best.get(hit.entity);
    if (!current || hit.score > current.score) best.set(hit.entity, hit);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Keeps one hit per mention: among overlapping hits of one entity the best score (then the longer span);
 * across entities, a hit inside a longer hit of another entity is the less specific sibling and goes — also when
 * that longer hit gave way to an overlapping one of its own entity (two mentions of a name close together), so
 * the outcome does not depend on how much of the text around them was analysed.
 */
export function resolveOverlaps(hits: readonly Hit[]): Hit[] {
  const overlaps = (a: Hit, b: Hit): boolean => a.start <= b.end && b.start <= a.end;
  const length = (h: Hit): number => h.end - h.start;
  const byScore = [...hits].sort((a, b) => b.score - a.score || length(b) - length(a));
  const perEntity: Hit[] = [];
  for (const hit of byScore) {
    if (!perEntity.some((other) => other.entity === hit.entity && overlaps(other, hit)))
      perEntity.push(hit);
  }
  const kept = perEntity.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other.entity !== hit.entity &&
          other.start <= hit.start &&
          other.end >= hit.end &&
          length(other) > length(hit),
      ),
  );
  return kept.sort((a, b) => a.start - b.start);
}
