import type { FieldCandidate } from './adapters/types';
import type { Finding } from './finding';
import type { NameHit, TextHit } from './match-client';
import { findTextNodeAt, type TextBlock } from './visible-text';

export type IsMarketplaceName = (text: string) => boolean;

/** Findings for adapter fields, given each field text's hit (null when nothing matched). */
export function findingsFromCandidates(
  candidates: readonly FieldCandidate[],
  hits: ReadonlyMap<string, NameHit | null>,
): Finding[] {
  const findings: Finding[] = [];
  for (const candidate of candidates) {
    const hit = hits.get(candidate.text);
    if (!hit) continue;
    findings.push({
      entityId: hit.entityId,
      entityName: hit.name,
      field: candidate.field,
      pageText: candidate.text,
      matchedAlias: hit.matchedAlias,
      band: hit.band,
      score: hit.score,
      explanation: hit.explanation,
      context: hit.context,
      evidence: hit.evidence,
      anchor: candidate.anchor,
    });
  }
  return findings;
}

/** Findings for mentions in visible text, each anchored to the element holding the mention's first character. */
export function findingsFromBlocks(
  blocks: readonly TextBlock[],
  hits: readonly (readonly TextHit[])[],
  isMarketplaceName: IsMarketplaceName,
): Finding[] {
  const findings: Finding[] = [];
  blocks.forEach((block, index) => {
    for (const hit of hits[index] ?? []) {
      if (isMarketplaceName(hit.text)) continue;
      const node = findTextNodeAt(block, hit.start);
      findings.push({
        entityId: hit.entityId,
        entityName: hit.name,
        field: 'text',
        pageText: hit.text,
        matchedAlias: hit.matchedAlias,
        band: hit.band,
        score: hit.score,
        explanation: hit.explanation,
        context: hit.context,
        evidence: hit.evidence,
        anchor: node?.parentElement ?? block.block,
      });
    }
  });
  return findings;
}
