import { i18n } from '#i18n';
import type { EntityDetails } from '../utils/entity-details';
import { formatFieldLabel } from '../utils/field-label';
import type { FindingSummary } from '../utils/finding';
import { createReportUrl } from '../utils/report-url';

export interface WhyPanelProps {
  finding: FindingSummary;
  details: EntityDetails | null;
  hostname: string;
  datasetVersion: string;
  extensionVersion: string;
  onDismissEntity: () => void;
  onClose?: () => void;
  /** Rendered inside the popup rather than as a drawer on the page. */
  inline?: boolean;
}

/** "Why am I seeing this?": what matched, how strongly, and exactly what the sources say, nothing more. */
export function WhyPanel(props: WhyPanelProps) {
  const { finding, details } = props;
  const headingId = `nk-why-${finding.entityId}`;
  const reportUrl = createReportUrl({
    hostname: props.hostname,
    finding,
    datasetVersion: props.datasetVersion,
    extensionVersion: props.extensionVersion,
  });
  return (
    <section
      class={props.inline ? 'nk-panel nk-panel-inline' : 'nk-panel'}
      role={props.inline ? undefined : 'dialog'}
      aria-labelledby={headingId}
      data-testid="nkscreen-why-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && props.onClose) props.onClose();
      }}
    >
      {props.onClose && (
        <button
          type="button"
          class="nk-button nk-close"
          onClick={props.onClose}
          aria-label={i18n.t('close')}
        >
          ✕
        </button>
      )}
      <h2 id={headingId} tabIndex={-1}>
        {i18n.t('whyTitle')}
      </h2>
      <dl>
        <dt>{i18n.t('whyField')}</dt>
        <dd>{formatFieldLabel(finding.field)}</dd>
        <dt>{i18n.t('whyPageText')}</dt>
        <dd>
          “<bdi>{finding.pageText}</bdi>”
        </dd>
        <dt>{i18n.t('whyListedName')}</dt>
        <dd>
          <bdi>{finding.entityName}</bdi>
        </dd>
        {finding.matchedAlias !== finding.entityName && (
          <>
            <dt>{i18n.t('whyMatchedAlias')}</dt>
            <dd>
              <bdi>{finding.matchedAlias}</bdi>
            </dd>
          </>
        )}
        <dt>{i18n.t('whyBand')}</dt>
        <dd>{finding.band === 'match' ? i18n.t('bandMatch') : i18n.t('bandReview')}</dd>
        <dt>{i18n.t('whyScore')}</dt>
        <dd>{finding.score.toFixed(2)}</dd>
        <dt>{i18n.t('whyHow')}</dt>
        <dd>{finding.explanation}</dd>
        {details && (
          <>
            <dt>{i18n.t('whyRole')}</dt>
            <dd>{details.roleLabel}</dd>
            {details.requires.length > 0 && (
              <>
                <dt>{i18n.t('whyRequires')}</dt>
                <dd>{details.requires.join(', ')}</dd>
              </>
            )}
            <dt>{i18n.t('whyEvidence')}</dt>
            <dd data-testid="nkscreen-evidence">{details.evidence}</dd>
            {details.response && (
              <>
                <dt>{i18n.t('whyResponse')}</dt>
                <dd>{details.response}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {details ? (
        <>
          <h3>{i18n.t('whySources')}</h3>
          <ul>
            {details.sources.map((source) => (
              <li key={source.id}>
                <a class="nk-link" href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
                <span class="nk-muted">
                  {' '}
                  — {source.publisher}
                  {source.publishedOn ? `, ${source.publishedOn}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="nk-muted">{i18n.t('whyLoading')}</p>
      )}
      <p class="nk-muted">
        {i18n.t('whyDatasetVersion')}: {props.datasetVersion}
      </p>
      <div class="nk-actions">
        <a class="nk-button nk-link" href={reportUrl} target="_blank" rel="noopener noreferrer">
          {i18n.t('reportMistake')}
        </a>
        <button type="button" class="nk-button" onClick={props.onDismissEntity}>
          {i18n.t('dismissEntity')}
        </button>
      </div>
    </section>
  );
}
