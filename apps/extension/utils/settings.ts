import { storage } from 'wxt/utils/storage';
import type { Dismissal, KindFilter } from './snooze';

/**
 * Entities the user chose not to be warned about again, on any site, until their evidence changes. Version 1
 * stored bare ids; those keep their dismissal with no fingerprint (nothing to compare, so they stay hidden).
 */
export const dismissedEntitiesItem = storage.defineItem<Dismissal[]>('local:dismissedEntities', {
  fallback: [],
  version: 2,
  migrations: {
    2: (ids: string[]): Dismissal[] =>
      ids.map((entityId) => ({ entityId, name: entityId, fingerprint: null })),
  },
});

/** Hostnames where the extension stays silent. */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
});

/** Pause everywhere. */
export const pausedItem = storage.defineItem<boolean>('local:paused', { fallback: false });

/** Per kind of evidence: hide warnings older than N years (options page). */
export const kindFilterItem = storage.defineItem<KindFilter>('local:kindFilter', { fallback: {} });

/** Adds `value` to a stored list once. */
export async function addToList(item: typeof disabledSitesItem, value: string): Promise<void> {
  const list = await item.getValue();
  if (!list.includes(value)) await item.setValue([...list, value]);
}

/** Removes `value` from a stored list (the options page's undo). */
export async function removeFromList(item: typeof disabledSitesItem, value: string): Promise<void> {
  const list = await item.getValue();
  if (list.includes(value)) await item.setValue(list.filter((entry) => entry !== value));
}

/** Dismisses an entity until its evidence changes; dismissing again records the evidence seen now. */
export async function dismissEntity(dismissal: Dismissal): Promise<void> {
  const list = await dismissedEntitiesItem.getValue();
  await dismissedEntitiesItem.setValue([
    ...list.filter((entry) => entry.entityId !== dismissal.entityId),
    dismissal,
  ]);
}

export async function undismissEntity(entityId: string): Promise<void> {
  const list = await dismissedEntitiesItem.getValue();
  await dismissedEntitiesItem.setValue(list.filter((entry) => entry.entityId !== entityId));
}

/** True when nothing should be shown on `hostname`. */
export function isSiteSilenced(
  hostname: string,
  paused: boolean,
  disabledSites: readonly string[],
): boolean {
  return paused || disabledSites.includes(hostname);
}
