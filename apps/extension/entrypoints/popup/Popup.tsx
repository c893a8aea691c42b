import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { WhyPanel } from '../../components/WhyPanel';
import { formatBadgeLabel } from '../../components/InlineBadge';
import { formatDatasetLine } from '../../utils/dataset-info';
import { DETAILS_DATASET_VERSION, getEntityDetails } from '../../utils/entity-details';
import { formatEvidenceSentence } from '../../utils/evidence';
import { formatFieldLabel } from '../../utils/field-label';
import { CONTENT_SCRIPT_FILE } from '../../utils/granted-sites';
import type { RescanMessage } from '../../utils/messages';
import {
  addToList,
  disabledSitesItem,
  dismissEntity,
  pausedItem,
  removeFromList,
} from '../../utils/settings';
import { onTrustedEvent } from '../../utils/trusted';
import { loadTabFindings, watchTabFindings, type TabFindings } from '../../utils/tab-findings';

async function resolveTabId(tabId: number | null): Promise<number | null> {
  if (tabId !== null && Number.isInteger(tabId)) return tabId;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The toolbar popup: this tab's findings, the why-panel for each, and the fatigue controls. */
export function Popup({ tabId: requestedTabId }: { tabId: number | null }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [tabFindings, setTabFindings] = useState<TabFindings | null>(null);
  const [paused, setPaused] = useState(false);
  const [disabledSites, setDisabledSites] = useState<string[]>([]);
  const [openEntityId, setOpenEntityId] = useState<string | null>(null);
  const [scanError, setScanError] = useState(false);

  useEffect(() => {
    let stop: (() => void) | undefined;
    void resolveTabId(requestedTabId).then(async (id) => {
      setTabId(id);
      if (id === null) return;
      setTabFindings(await loadTabFindings(id));
      stop = watchTabFindings(id, setTabFindings);
    });
    void pausedItem.getValue().then(setPaused);
    void disabledSitesItem.getValue().then(setDisabledSites);
    const unwatch = [pausedItem.watch(setPaused), disabledSitesItem.watch(setDisabledSites)];
    return () => {
      stop?.();
      for (const off of unwatch) off();
    };
  }, [requestedTabId]);

  const hostname = tabFindings?.hostname ?? null;
  const siteDisabled = hostname !== null && disabledSites.includes(hostname);
  const findings = tabFindings?.findings ?? [];
  const hidden = tabFindings?.hidden ?? [];
  const filtered = tabFindings?.filtered ?? 0;

  async function scanThisPage(): Promise<void> {
    if (tabId === null) return;
    setScanError(false);
    try {
      const message: RescanMessage = { type: 'nkscreen:rescan' };
      await browser.tabs.sendMessage(tabId, message);
    } catch {
      // No content script there yet: activeTab lets us inject it for this one click.
      try {
        await browser.scripting.executeScript({
          target: { tabId },
          files: [`/${CONTENT_SCRIPT_FILE}`],
        });
      } catch {
        setScanError(true);
      }
    }
  }

  return (
    <main class="nk-popup">
      <h1>{i18n.t('popupTitle')}</h1>
      {paused && <p role="status">{i18n.t('popupPaused')}</p>}
      {siteDisabled && <p role="status">{i18n.t('popupSiteDisabled')}</p>}
      {hidden.length > 0 && (
        <p role="alert" data-testid="nkscreen-popup-hidden">
          {i18n.t('popupHidden', [String(hidden.length)])}
        </p>
      )}
      {filtered > 0 && (
        <p class="nk-muted" data-testid="nkscreen-popup-filtered">
          {i18n.t('popupFiltered', [String(filtered)])}
        </p>
      )}
      {findings.length === 0 ? (
        // "Nothing found" only when the page was scanned and shown: never for a page nkscreen did not read.
        !paused &&
        !siteDisabled && (
          <p data-testid={tabFindings ? 'nkscreen-popup-empty' : 'nkscreen-popup-unscanned'}>
            {tabFindings ? i18n.t('popupNoHit') : i18n.t('popupNotScanned')}
          </p>
        )
      ) : (
        <>
          <h2>{i18n.t('popupFound')}</h2>
          <ul class="nk-findings" data-testid="nkscreen-popup-findings">
            {findings.map((finding) => (
              <li key={finding.entityId} data-nkscreen-entity={finding.entityId}>
                <strong class="nk-kind">{formatBadgeLabel(finding)}</strong>{' '}
                <strong>
                  <bdi>{finding.entityName}</bdi>
                </strong>
                {/* The open why-panel says all of this itself: the summary gives way so nothing shows twice. */}
                {openEntityId !== finding.entityId && (
                  <>
                    {finding.evidence && (
                      <p class="nk-sentence">{formatEvidenceSentence(finding.evidence)}</p>
                    )}
                    <span class="nk-muted">
                      {formatFieldLabel(finding.field)} · “<bdi>{finding.pageText}</bdi>” ·{' '}
                      {finding.band === 'match' ? i18n.t('bandMatch') : i18n.t('bandReview')}
                    </span>
                  </>
                )}
                <div>
                  <button
                    type="button"
                    class="nk-button"
                    aria-expanded={openEntityId === finding.entityId}
                    onClick={() =>
                      setOpenEntityId(openEntityId === finding.entityId ? null : finding.entityId)
                    }
                  >
                    {i18n.t('whyTitle')}
                  </button>
                </div>
                {openEntityId === finding.entityId && (
                  <WhyPanel
                    inline
                    finding={finding}
                    details={getEntityDetails(finding.entityId)}
                    hostname={hostname ?? ''}
                    datasetVersion={DETAILS_DATASET_VERSION}
                    datasetLine={formatDatasetLine()}
                    extensionVersion={browser.runtime.getManifest().version}
                    onDismissEntity={() =>
                      void dismissEntity({
                        entityId: finding.entityId,
                        name: finding.entityName,
                        fingerprint: finding.evidence?.fingerprint ?? null,
                      })
                    }
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="nk-actions">
        <button type="button" class="nk-button" onClick={() => void scanThisPage()}>
          {i18n.t('popupScan')}
        </button>
        {hostname && (
          <button
            type="button"
            class="nk-button"
            data-testid="nkscreen-toggle-site"
            onClick={onTrustedEvent(
              () =>
                void (siteDisabled
                  ? removeFromList(disabledSitesItem, hostname)
                  : addToList(disabledSitesItem, hostname)),
            )}
          >
            {siteDisabled ? i18n.t('popupEnableSite') : i18n.t('popupDisableSite')}
          </button>
        )}
        <button
          type="button"
          class="nk-button"
          onClick={onTrustedEvent(() => void pausedItem.setValue(!paused))}
        >
          {paused ? i18n.t('popupResume') : i18n.t('popupPause')}
        </button>
        <button
          type="button"
          class="nk-button"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {i18n.t('popupOptions')}
        </button>
      </div>
      {scanError && <p role="alert">{i18n.t('popupScanUnavailable')}</p>}
      <p class="nk-muted" data-testid="nkscreen-popup-dataset">
        {formatDatasetLine()}
      </p>
    </main>
  );
}
