import { i18n } from '#i18n';
import { getEntityDetails, summarizeEvidence } from '../../utils/entity-details';
import { syncGrantedContentScripts } from '../../utils/granted-sites';
import { answerMatchRequest, completeHits } from '../../utils/match-client';
import { isExtensionMessage } from '../../utils/messages';
import { getMatcher } from '../../utils/screening-data';
import { clearTabFindings, formatBadgeText, saveTabFindings } from '../../utils/tab-findings';

const BADGE_COLOR = '#9a6700';

export default defineBackground(() => {
  // Listeners register synchronously: the worker is woken by these events after being stopped, with no globals.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isExtensionMessage(message)) return undefined;
    if (message.type === 'nkscreen:match') {
      // Matching runs here, off the page's main thread; the index is parsed once per worker start, not per page.
      const response = answerMatchRequest(getMatcher(), message.request);
      sendResponse(
        completeHits(response, (id) => {
          const details = getEntityDetails(id);
          return details
            ? { requiresContext: details.requires.length > 0, evidence: summarizeEvidence(details) }
            : null;
        }),
      );
      return undefined;
    }
    if (message.type === 'nkscreen:get-entity') {
      sendResponse(getEntityDetails(message.entityId));
      return undefined;
    }
    if (message.type === 'nkscreen:findings-changed') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const hidden = message.hidden ?? [];
      const text = formatBadgeText(message.findings, hidden);
      const title = !text
        ? i18n.t('extName')
        : hidden.length > 0
          ? i18n.t('toolbarTitleHidden', [String(message.findings.length), String(hidden.length)])
          : i18n.t('toolbarTitle', [String(message.findings.length)]);
      void Promise.all([
        saveTabFindings(tabId, {
          hostname: message.hostname,
          findings: message.findings,
          hidden,
          filtered: message.filtered ?? 0,
        }),
        browser.action.setBadgeText({ tabId, text }),
        browser.action.setTitle({ tabId, title }),
        browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
      ]).then(() => sendResponse(true));
      return true;
    }
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => void clearTabFindings(tabId));
  // A new document starts with no findings; its content script reports again once it has scanned.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTabFindings(tabId);
  });
  browser.permissions.onAdded.addListener(() => void syncGrantedContentScripts());
  browser.permissions.onRemoved.addListener(() => void syncGrantedContentScripts());
  browser.runtime.onInstalled.addListener(() => void syncGrantedContentScripts());
});
