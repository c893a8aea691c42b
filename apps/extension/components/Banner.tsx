import { i18n } from '#i18n';
import { formatFieldLabel } from '../utils/field-label';
import type { FindingSummary } from '../utils/finding';

interface BannerProps {
  finding: FindingSummary;
  onDetails: (opener: HTMLElement) => void;
  onDismiss: () => void;
}

/** Shown only for a strong match on a seller, manufacturer or supplier; dismissible. */
export function Banner({ finding, onDetails, onDismiss }: BannerProps) {
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
        {i18n.t('bannerMessage', [
          formatFieldLabel(finding.field),
          finding.pageText,
          finding.entityName,
        ])}
      </p>
      <button type="button" class="nk-button" onClick={(event) => onDetails(event.currentTarget)}>
        {i18n.t('bannerDetails')}
      </button>
      <button type="button" class="nk-button" onClick={onDismiss}>
        {i18n.t('bannerDismiss')}
      </button>
    </div>
  );
}
