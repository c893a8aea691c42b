import type { FieldCandidate } from './adapters/types';
import type { Finding } from './finding';
import type { NameHit, TextHit } from './match-client';
import { findTextNodeAt, type TextBlock } from './visible-text';

export type IsMarketplaceName = (text: string) => boolean;

/** A hit as a finding: the page's own text for the name and the element its badge sits beside. */
function toFinding(
  hit: NameHit,
  field: Finding['field'],
  pageText: string,
  anchor: Element | null,
): Finding {
  return {
    entityId: hit.entityId,
    entityName: hit.name,
    field,
    pageText,
    matchedAlias: hit.matchedAlias,
    band: hit.band,
    score: hit.score,
    explanation: hit.explanation,
    context: hit.context,
    evidence: hit.evidence,
    anchor,
  };
}

/** Findings for adapter fields, given each field text's hit (null when nothing matched). */
export function findingsFromCandidates(
  candidates: readonly FieldCandidate[],
  hits: ReadonlyMap<string, NameHit | null>,
): Finding[] {
  const findings: Finding[] = [];
  for (const candidate of candidates) {
    const hit = hits.get(candidate.text);
    if (!hit) continue;
    findings.push(toFinding(hit, candidate.field, candidate.text, candidate.anchor));
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
      findings.push(toFinding(hit, 'text', hit.text, node?.parentElement ?? block.block));
    }
  });
  return findings;
}
