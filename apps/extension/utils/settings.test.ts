import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addToList,
  disabledSitesItem,
  dismissedEntitiesItem,
  isSiteSilenced,
  pausedItem,
  removeFromList,
} from './settings';
import { formatBadgeText, loadTabFindings, saveTabFindings } from './tab-findings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with nothing dismissed, no disabled site and not paused', async () => {
    expect(await dismissedEntitiesItem.getValue()).toEqual([]);
    expect(await disabledSitesItem.getValue()).toEqual([]);
    expect(await pausedItem.getValue()).toBe(false);
  });

  it('adds an entry once and undoes it', async () => {
    await addToList(dismissedEntitiesItem, 'hunchun-pagoda');
    await addToList(dismissedEntitiesItem, 'hunchun-pagoda');
    expect(await dismissedEntitiesItem.getValue()).toEqual(['hunchun-pagoda']);
    await removeFromList(dismissedEntitiesItem, 'hunchun-pagoda');
    expect(await dismissedEntitiesItem.getValue()).toEqual([]);
  });

  it('tells watchers (content scripts) about a change', async () => {
    const seen: string[][] = [];
    const unwatch = disabledSitesItem.watch((value) => seen.push(value));
    await addToList(disabledSitesItem, 'www.amazon.de');
    unwatch();
    expect(seen).toEqual([['www.amazon.de']]);
  });

  it('silences a site when paused everywhere or disabled there', () => {
    expect(isSiteSilenced('www.amazon.de', true, [])).toBe(true);
    expect(isSiteSilenced('www.amazon.de', false, ['www.amazon.de'])).toBe(true);
    expect(isSiteSilenced('www.amazon.es', false, ['www.amazon.de'])).toBe(false);
  });
});

describe('tab findings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a tab’s findings in session storage, where a restarted worker finds them', async () => {
    await saveTabFindings(4, { hostname: 'www.amazon.in', findings: [] });
    expect(await loadTabFindings(4)).toEqual({ hostname: 'www.amazon.in', findings: [] });
    expect(await fakeBrowser.storage.session.get('tab-findings:4')).toEqual({
      'tab-findings:4': { hostname: 'www.amazon.in', findings: [] },
    });
  });

  it('shows the number of distinct entities on the toolbar, empty for none', () => {
    const finding = {
      entityId: 'a',
      entityName: 'A',
      field: 'seller' as const,
      pageText: 'A',
      matchedAlias: 'A',
      band: 'match' as const,
      score: 1,
      explanation: '',
    };
    expect(formatBadgeText([])).toBe('');
    expect(
      formatBadgeText([finding, { ...finding, field: 'brand' }, { ...finding, entityId: 'b' }]),
    ).toBe('2');
  });
});
