import type { Band } from '@nkscreen/core';
import type { EvidenceSummary } from './evidence';
import { FIELD_PRIORITY, type Field } from './fields';
import type { ContextOutcome, MatchExplanation } from './match-client';
import type { EvidenceChange } from './snooze';

/** One listed entity found on a page: the strongest sighting wins, so a page never shows the same entity twice. */
export interface Finding {
  entityId: string;
  entityName: string;
  field: Field;
  /** The page's own text for the name, as read (never rewritten). */
  pageText: string;
  matchedAlias: string;
  band: Band;
  score: number;
  explanation: MatchExplanation;
  context: ContextOutcome | null;
  evidence: EvidenceSummary | null;
  /** Set when the user dismissed this entity and its evidence changed since: what is new. */
  change?: EvidenceChange;
  /** Element the inline badge sits beside; null when the name came only from embedded data. */
  anchor: Element | null;
}

/** What leaves the content script: a finding without its DOM node. */
export type FindingSummary = Omit<Finding, 'anchor'>;

export function summarizeFinding({ anchor: _anchor, ...summary }: Finding): FindingSummary {
  return summary;
}

function rankFinding(finding: Finding): [number, number, number, number] {
  return [
    finding.band === 'match' ? 0 : 1,
    FIELD_PRIORITY[finding.field],
    finding.anchor ? 0 : 1,
    -finding.score,
  ];
}

/** True when `a` should replace `b` as the finding shown for their entity. */
function isStrongerFinding(a: Finding, b: Finding): boolean {
  const ra = rankFinding(a);
  const rb = rankFinding(b);
  for (let i = 0; i < ra.length; i += 1) {
    if (ra[i] !== rb[i]) return (ra[i] ?? 0) < (rb[i] ?? 0);
  }
  return false;
}

/** Keeps one finding per entity, the strongest sighting of it. */
export function dedupeFindings(findings: Iterable<Finding>): Finding[] {
  const byEntity = new Map<string, Finding>();
  for (const finding of findings) {
    const current = byEntity.get(finding.entityId);
    if (!current || isStrongerFinding(finding, current)) byEntity.set(finding.entityId, finding);
  }
  return [...byEntity.values()];
}
