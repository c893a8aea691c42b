import type { Finding } from './finding';
import { compareEvidence, isHiddenByKind, type Dismissal, type KindFilter } from './snooze';

export interface ShowSettings {
  silenced: boolean;
  dismissed: readonly Dismissal[];
  kindFilter: KindFilter;
  now?: Date;
}

/**
 * What the page shows of its findings: nothing on a silenced site; not what the per-kind switch hides (counted as
 * `filtered`); a dismissed entity only once its evidence changed, then marked with what is new.
 */
export function selectShownFindings(
  findings: readonly Finding[],
  settings: ShowSettings,
): { shown: Finding[]; filtered: number } {
  if (settings.silenced) return { shown: [], filtered: 0 };
  const shown: Finding[] = [];
  let filtered = 0;
  for (const finding of findings) {
    const evidence = finding.evidence;
    if (
      evidence &&
      isHiddenByKind(settings.kindFilter, evidence.tier, evidence.facts.year, settings.now)
    ) {
      filtered += 1;
      continue;
    }
    const dismissal = settings.dismissed.find((entry) => entry.entityId === finding.entityId);
    if (!dismissal) {
      shown.push(finding);
      continue;
    }
    const change = evidence ? compareEvidence(dismissal.fingerprint, evidence.fingerprint) : null;
    if (change) shown.push({ ...finding, change });
  }
  return { shown, filtered };
}
