import { i18n } from '#i18n';
import type { FindingSummary } from '../utils/finding';

interface InlineBadgeProps {
  finding: FindingSummary;
  onOpen: (opener: HTMLElement) => void;
}

/** The warning beside the matched node; colour is never the only signal (icon, text and label say it too). */
export function InlineBadge({ finding, onOpen }: InlineBadgeProps) {
  const label = finding.band === 'match' ? i18n.t('badgeText') : i18n.t('badgeReviewText');
  return (
    <button
      type="button"
      class="nk-badge"
      data-band={finding.band}
      aria-haspopup="dialog"
      aria-label={i18n.t('badgeAria', [finding.entityName])}
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
      {label}
    </button>
  );
}
