import { storage } from 'wxt/utils/storage';
import type { FindingSummary } from './finding';

/** A tab's findings, kept in session storage because the service worker keeps no state between wake-ups. */
export interface TabFindings {
  hostname: string;
  findings: FindingSummary[];
  /** Entities whose on-page warning the page hid. */
  hidden?: string[];
  /** Findings hidden by the user's per-kind switch. */
  filtered?: number;
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

/**
 * The toolbar badge: the number of distinct entities on the tab, empty when there are none, with a "!" when the page
 * hid some of its warnings (the page cannot touch the toolbar).
 */
export function formatBadgeText(
  findings: readonly FindingSummary[],
  hidden: readonly string[] = [],
): string {
  const count = new Set(findings.map((finding) => finding.entityId)).size;
  if (count === 0) return '';
  return hidden.length > 0 ? `${count}!` : String(count);
}

/** Calls `onChange` whenever the tab's findings change; returns the unwatch function. */
export function watchTabFindings(
  tabId: number,
  onChange: (value: TabFindings | null) => void,
): () => void {
  return storage.watch<TabFindings>(tabKey(tabId), onChange);
}
