import type { Match, Matcher } from '@nkscreen/core';
import type { FieldCandidate } from './adapters/types';
import type { Field } from './fields';
import type { Finding } from './finding';
import { findTextNodeAt, type TextBlock } from './visible-text';

export type IsMarketplaceName = (text: string) => boolean;

function toFinding(match: Match, field: Field, pageText: string, anchor: Element | null): Finding {
  return {
    entityId: match.entityId,
    entityName: match.name,
    field,
    pageText,
    matchedAlias: match.matchedAlias,
    band: match.band,
    score: match.score,
    explanation: match.explanation.text,
    anchor,
  };
}

/** Matches each adapter field as a whole name; yields between candidates so a slicer can pause. */
export function* matchCandidates(
  candidates: readonly FieldCandidate[],
  getMatcher: () => Matcher,
  isMarketplaceName: IsMarketplaceName,
): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  const byText = new Map<string, Match | null>();
  for (const candidate of candidates) {
    yield;
    if (isMarketplaceName(candidate.text)) continue;
    let match = byText.get(candidate.text);
    if (match === undefined) {
      match = getMatcher().matchName(candidate.text, { limit: 1, minBand: 'review' })[0] ?? null;
      byText.set(candidate.text, match);
    }
    if (match) findings.push(toFinding(match, candidate.field, candidate.text, candidate.anchor));
  }
  return findings;
}

/**
 * Finds every strong mention in visible text blocks. Free text only earns `match`-band hits: a `review` hit in a
 * paragraph is too weak to show anyone.
 */
export function* matchTextBlocks(
  blocks: readonly TextBlock[],
  getMatcher: () => Matcher,
  isMarketplaceName: IsMarketplaceName,
): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  for (const block of blocks) {
    yield;
    for (const match of getMatcher().scanText(block.text, { minBand: 'match' })) {
      if (isMarketplaceName(match.span.text)) continue;
      const node = findTextNodeAt(block, match.span.start);
      findings.push(toFinding(match, 'text', match.span.text, node?.parentElement ?? block.block));
    }
  }
  return findings;
}
