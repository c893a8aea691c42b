import { getEntityDetails } from '../../utils/entity-details';
import { syncGrantedContentScripts } from '../../utils/granted-sites';
import { answerMatchRequest, capContextualHits } from '../../utils/match-client';
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
        capContextualHits(response, (id) => (getEntityDetails(id)?.requires.length ?? 0) > 0),
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
      const text = formatBadgeText(message.findings);
      void Promise.all([
        saveTabFindings(tabId, { hostname: message.hostname, findings: message.findings }),
        browser.action.setBadgeText({ tabId, text }),
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
