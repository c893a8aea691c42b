import { storage } from 'wxt/utils/storage';
import type { FindingSummary } from './finding';

/** A tab's findings, kept in session storage because the service worker keeps no state between wake-ups. */
export interface TabFindings {
  hostname: string;
  findings: FindingSummary[];
}

const tabKey = (tabId: number) => `session:tab-findings:${tabId}` as const;

export async function saveTabFindings(tabId: number, value: TabFindings): Promise<void> {
  await storage.setItem<TabFindings>(tabKey(tabId), value);
}

export async function loadTabFindings(tabId: number): Promise<TabFindings | null> {
  return storage.getItem<TabFindings>(tabKey(tabId));
}

export async function clearTabFindings(tabId: number): Promise<void> {
  await storage.removeItem(tabKey(tabId));
}

/** The toolbar badge: the number of distinct entities on the tab, empty when there are none. */
export function formatBadgeText(findings: readonly FindingSummary[]): string {
  const count = new Set(findings.map((finding) => finding.entityId)).size;
  return count === 0 ? '' : String(count);
}

/** Calls `onChange` whenever the tab's findings change; returns the unwatch function. */
export function watchTabFindings(
  tabId: number,
  onChange: (value: TabFindings | null) => void,
): () => void {
  return storage.watch<TabFindings>(tabKey(tabId), onChange);
}
