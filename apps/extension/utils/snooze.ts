/** A dismissed entity, with the evidence it had when the user dismissed it. */
export interface Dismissal {
  entityId: string;
  name: string;
  /** `tier|status|source ids` at dismissal; null for dismissals made before evidence was tracked. */
  fingerprint: string | null;
}

/** What changed in an entity's evidence since the user dismissed it. */
export interface EvidenceChange {
  addedSourceIds: string[];
  /** The tier at dismissal, when the tier changed. */
  tierFrom: string | null;
  statusChanged: boolean;
}

function parseFingerprint(fingerprint: string): {
  tier: string;
  status: string;
  sourceIds: string[];
} {
  const [tier = '', status = '', ...sourceIds] = fingerprint.split('|');
  return { tier, status, sourceIds };
}

/**
 * Null while the evidence is as it was when dismissed (the warning stays hidden); otherwise what is new. A source
 * dropped from the record does not wake the warning: there is nothing new to warn about.
 */
export function compareEvidence(
  dismissedFingerprint: string | null,
  currentFingerprint: string,
): EvidenceChange | null {
  if (dismissedFingerprint === null || dismissedFingerprint === currentFingerprint) return null;
  const before = parseFingerprint(dismissedFingerprint);
  const now = parseFingerprint(currentFingerprint);
  const known = new Set(before.sourceIds);
  const change: EvidenceChange = {
    addedSourceIds: now.sourceIds.filter((id) => !known.has(id)),
    tierFrom: before.tier !== now.tier ? before.tier : null,
    statusChanged: before.status !== now.status,
  };
  const changed =
    change.addedSourceIds.length > 0 || change.tierFrom !== null || change.statusChanged;
  return changed ? change : null;
}

/** Per kind of evidence (tier): hide warnings whose evidence is older than this many years; null shows all. */
export type KindFilter = Partial<Record<string, number | null>>;

/** True when the user's per-kind switch hides evidence of `tier` from `year`. */
export function isHiddenByKind(
  filter: KindFilter,
  tier: string,
  year: number | null,
  now = new Date(),
): boolean {
  const limit = filter[tier];
  if (limit === null || limit === undefined || year === null) return false;
  return now.getUTCFullYear() - year > limit;
}
