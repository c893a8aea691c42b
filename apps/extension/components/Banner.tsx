import { i18n } from '#i18n';
import { formatEvidenceAge, formatEvidenceSentence } from '../utils/evidence';
import { formatFieldLabel } from '../utils/field-label';
import type { FindingSummary } from '../utils/finding';
import { formatBadgeLabel } from './InlineBadge';
import { onTrustedEvent } from '../utils/trusted';

interface BannerProps {
  finding: FindingSummary;
  onDetails: (opener: HTMLElement) => void;
  onDismiss: () => void;
}

/** Shown only for a strong match on a seller, manufacturer or supplier: what the evidence is, how old, then the match. */
export function Banner({ finding, onDetails, onDismiss }: BannerProps) {
  const { evidence } = finding;
  const age = evidence ? formatEvidenceAge(evidence.facts.year) : null;
  return (
    <div
      class="nk-banner"
      role="region"
      aria-live="polite"
      aria-label="nkscreen"
      data-nkscreen-banner={finding.entityId}
    >
      <span class="nk-icon" aria-hidden="true">
        ⚠
      </span>
      <p>
        {evidence && (
          <>
            <strong data-testid="nkscreen-banner-kind">
              {formatBadgeLabel(finding)}
              {age ? ` · ${age}` : ''}
            </strong>{' '}
            {formatEvidenceSentence(evidence)}{' '}
          </>
        )}
        {i18n.t('bannerMessage', [
          formatFieldLabel(finding.field),
          finding.pageText,
          finding.entityName,
        ])}
      </p>
      <button
        type="button"
        class="nk-button"
        data-nk-opener={finding.entityId}
        onClick={(event) => onDetails(event.currentTarget)}
      >
        {i18n.t('bannerDetails')}
      </button>
      <button type="button" class="nk-button" onClick={onTrustedEvent(() => onDismiss())}>
        {i18n.t('bannerDismiss')}
      </button>
    </div>
  );
}
