import { i18n } from '#i18n';
import { formatEvidenceKind } from '../utils/evidence';
import type { FindingSummary } from '../utils/finding';

interface InlineBadgeProps {
  finding: FindingSummary;
  onOpen: (opener: HTMLElement) => void;
}

/** The visible words of a badge: the kind of evidence first, softened for a possible match, flagged when new. */
export function formatBadgeLabel(finding: FindingSummary): string {
  const kind = finding.evidence ? formatEvidenceKind(finding.evidence) : i18n.t('badgeText');
  const label = finding.band === 'match' ? kind : i18n.t('badgeReview', [kind]);
  return finding.change ? i18n.t('badgeNew', [label]) : label;
}

/** The warning beside the matched node; colour is never the only signal (icon, text and label say it too). */
export function InlineBadge({ finding, onOpen }: InlineBadgeProps) {
  return (
    <button
      type="button"
      class="nk-badge"
      data-band={finding.band}
      aria-haspopup="dialog"
      title={finding.entityName}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        onOpen(event.currentTarget);
      }}
    >
      <span class="nk-icon" aria-hidden="true">
        ⚠
      </span>
      {/* The accessible name starts with the visible words, so voice control ("click Sanctioned") works. */}
      <span class="nk-badge-text">{formatBadgeLabel(finding)}</span>
      <span class="nk-sr"> {i18n.t('badgeSr', [finding.entityName])}</span>
    </button>
  );
}
