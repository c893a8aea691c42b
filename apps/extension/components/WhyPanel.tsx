import { i18n } from '#i18n';
import type { EntityDetails, SourceDetails } from '../utils/entity-details';
import {
  formatEvidenceAge,
  formatEvidenceSentence,
  formatMatchOp,
  formatRequirement,
  formatRole,
  formatTier,
  getSourceClaim,
  sentenceIncludesResponse,
} from '../utils/evidence';
import { formatFieldLabel } from '../utils/field-label';
import type { FindingSummary } from '../utils/finding';
import { createReportUrl } from '../utils/report-url';
import { onTrustedEvent } from '../utils/trusted';

export interface WhyPanelProps {
  finding: FindingSummary;
  details: EntityDetails | null;
  hostname: string;
  datasetVersion: string;
  /** "Dataset 0.2.0, released …": the dataset identifies itself in every surface. */
  datasetLine: string;
  extensionVersion: string;
  onDismissEntity: () => void;
  onClose?: () => void;
  /** Rendered inside the popup rather than as a drawer on the page. */
  inline?: boolean;
}

function SourceLink({ source }: { source: SourceDetails }) {
  return (
    <>
      <a class="nk-link" href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
      </a>
      <span class="nk-muted">
        {' '}
        — {source.publisher}
        {source.publishedOn ? `, ${source.publishedOn}` : ''}
      </span>
    </>
  );
}

function ChangeNote({ finding, details }: Pick<WhyPanelProps, 'finding' | 'details'>) {
  const change = finding.change;
  if (!change) return null;
  const items = [
    ...change.addedSourceIds.map((id) => {
      const source = details?.sources.find((candidate) => candidate.id === id);
      return i18n.t('newSource', [
        source ? `${source.publisher}, ${source.publishedOn ?? ''}` : id,
      ]);
    }),
    ...(change.tierFrom && finding.evidence
      ? [i18n.t('newTier', [formatTier(change.tierFrom), formatTier(finding.evidence.tier)])]
      : []),
    ...(change.statusChanged ? [i18n.t('newStatus')] : []),
  ];
  return (
    <div class="nk-change" data-testid="nkscreen-change">
      <strong>{i18n.t('whyNew')}</strong>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Tab from the last control goes back to the first (and Shift+Tab the other way): the drawer is a modal dialog. */
function keepFocusInside(event: KeyboardEvent): void {
  const panel = event.currentTarget as HTMLElement;
  const focusable = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = (panel.getRootNode() as Document | ShadowRoot).activeElement;
  const atStart = active === first || !focusable.includes(active as HTMLElement);
  if (event.shiftKey && atStart) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** "Why am I seeing this?": the evidence and its best source first, then how the page's text matched. */
export function WhyPanel(props: WhyPanelProps) {
  const { finding, details } = props;
  const { evidence } = finding;
  const headingId = `nk-why-${finding.entityId}`;
  const reportUrl = createReportUrl({
    hostname: props.hostname,
    finding,
    datasetVersion: props.datasetVersion,
    extensionVersion: props.extensionVersion,
  });
  const bestSource = details?.sources.find((source) => source.id === evidence?.facts.bestSourceId);
  const otherSources = details?.sources.filter((source) => source !== bestSource) ?? [];
  const age = evidence ? formatEvidenceAge(evidence.facts.year) : null;
  const claim = evidence ? getSourceClaim(evidence) : null;
  const { alignment, unmatched } = finding.explanation;
  // Exact words add nothing the page text and listed name do not already show: only the variants are spelled out.
  const variants = alignment.filter((pair) => pair.op !== 'exact');
  return (
    <section
      class={props.inline ? 'nk-panel nk-panel-inline' : 'nk-panel'}
      role={props.inline ? undefined : 'dialog'}
      aria-labelledby={headingId}
      data-testid="nkscreen-why-panel"
      aria-modal={props.inline ? undefined : 'true'}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && props.onClose) props.onClose();
        if (event.key === 'Tab' && !props.inline) keepFocusInside(event);
      }}
    >
      <div class="nk-panel-head">
        <h2 id={headingId} tabIndex={-1}>
          {i18n.t('whyTitle')}
        </h2>
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
      </div>
      <ChangeNote finding={finding} details={details} />
      {evidence && (
        <div class="nk-evidence">
          <p class="nk-muted" data-testid="nkscreen-kind">
            {formatTier(evidence.tier)}
            {age ? ` · ${age}` : ''}
          </p>
          <p class="nk-sentence" data-testid="nkscreen-evidence">
            {formatEvidenceSentence(evidence)}
          </p>
          {claim && (
            <p data-testid="nkscreen-claim">
              <span class="nk-muted">{i18n.t('evidenceClaim')}: </span>
              <q lang={claim.lang}>{claim.text}</q>
            </p>
          )}
          {evidence.response && !sentenceIncludesResponse(evidence) && (
            <p>
              <span class="nk-muted">{i18n.t('whyResponseOriginal')}: </span>
              <span lang="en">{evidence.response}</span>
            </p>
          )}
          {bestSource && (
            <p data-testid="nkscreen-best-source">
              <span class="nk-muted">{i18n.t('whyBestSource')}: </span>
              <SourceLink source={bestSource} />
            </p>
          )}
        </div>
      )}
      <h3>{i18n.t('whyHow')}</h3>
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
        <dd>
          {finding.band === 'match' ? i18n.t('bandMatch') : i18n.t('bandReview')} (
          {finding.score.toFixed(2)})
        </dd>
        {alignment.length > 0 && (
          <>
            <dt>{i18n.t('whyScore')}</dt>
            <dd>
              {variants.length === 0
                ? i18n.t('matchAllExact')
                : variants.map((pair, index) => (
                    <span key={index}>
                      {index > 0 ? ', ' : ''}
                      <bdi>{pair.query}</bdi> ≈ <bdi>{pair.alias}</bdi> ({formatMatchOp(pair.op)})
                    </span>
                  ))}
            </dd>
          </>
        )}
        {unmatched.query.length > 0 && (
          <>
            <dt>{i18n.t('whyNotInListed')}</dt>
            <dd>
              <bdi>{unmatched.query.join(', ')}</bdi>
            </dd>
          </>
        )}
        {unmatched.alias.length > 0 && (
          <>
            <dt>{i18n.t('whyNotOnPage')}</dt>
            <dd>
              <bdi>{unmatched.alias.join(', ')}</bdi>
            </dd>
          </>
        )}
        {finding.context && finding.context.evidence.length > 0 && (
          <>
            <dt>{i18n.t('whyContext')}</dt>
            <dd>{finding.context.evidence.join('; ')}</dd>
          </>
        )}
        {details && (
          <>
            <dt>{i18n.t('whyRole')}</dt>
            <dd>{formatRole(details.role)}</dd>
            {details.requires.length > 0 && (
              <>
                <dt>{i18n.t('whyRequires')}</dt>
                <dd>{details.requires.map(formatRequirement).join(', ')}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {details ? (
        otherSources.length > 0 && (
          <>
            <h3>{i18n.t('whyOtherSources')}</h3>
            <ul>
              {otherSources.map((source) => (
                <li key={source.id}>
                  <SourceLink source={source} />
                </li>
              ))}
            </ul>
          </>
        )
      ) : (
        <p class="nk-muted">{i18n.t('whyLoading')}</p>
      )}
      <p class="nk-muted" data-testid="nkscreen-dataset">
        {props.datasetLine}
      </p>
      <div class="nk-actions">
        <a class="nk-button nk-link" href={reportUrl} target="_blank" rel="noopener noreferrer">
          {i18n.t('reportMistake')}
        </a>
        <button
          type="button"
          class="nk-button"
          data-testid="nkscreen-dismiss"
          onClick={onTrustedEvent(() => props.onDismissEntity())}
        >
          {i18n.t('dismissUntilChange')}
        </button>
      </div>
    </section>
  );
}
