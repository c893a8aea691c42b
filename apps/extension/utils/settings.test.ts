import { NO_EXPLANATION } from '../fixtures/sample-finding';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addToList,
  disabledSitesItem,
  dismissEntity,
  dismissedEntitiesItem,
  isSiteSilenced,
  undismissEntity,
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
    await addToList(disabledSitesItem, 'www.amazon.de');
    await addToList(disabledSitesItem, 'www.amazon.de');
    expect(await disabledSitesItem.getValue()).toEqual(['www.amazon.de']);
    await removeFromList(disabledSitesItem, 'www.amazon.de');
    expect(await disabledSitesItem.getValue()).toEqual([]);
  });

  it('keeps one dismissal per entity, with the evidence seen when dismissed', async () => {
    const dismissal = { entityId: 'hunchun-pagoda', name: 'Hunchun Pagoda', fingerprint: 'a|b|c' };
    await dismissEntity({ ...dismissal, fingerprint: 'old' });
    await dismissEntity(dismissal);
    expect(await dismissedEntitiesItem.getValue()).toEqual([dismissal]);
    await undismissEntity('hunchun-pagoda');
    expect(await dismissedEntitiesItem.getValue()).toEqual([]);
  });

  it('keeps dismissals made before evidence was tracked (bare ids), with no fingerprint', async () => {
    await fakeBrowser.storage.local.set({ dismissedEntities: ['hunchun-pagoda'] });
    await dismissedEntitiesItem.migrate();
    expect(await dismissedEntitiesItem.getValue()).toEqual([
      { entityId: 'hunchun-pagoda', name: 'hunchun-pagoda', fingerprint: null },
    ]);
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
      explanation: NO_EXPLANATION,
      context: null,
      evidence: null,
    };
    expect(formatBadgeText([])).toBe('');
    expect(
      formatBadgeText([finding, { ...finding, field: 'brand' }, { ...finding, entityId: 'b' }]),
    ).toBe('2');
  });
});
