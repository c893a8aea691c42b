import { storage } from 'wxt/utils/storage';

/** Entities the user chose not to be warned about again, on any site. */
export const dismissedEntitiesItem = storage.defineItem<string[]>('local:dismissedEntities', {
  fallback: [],
});

/** Hostnames where the extension stays silent. */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
});

/** Pause everywhere. */
export const pausedItem = storage.defineItem<boolean>('local:paused', { fallback: false });

/** Adds `value` to a stored list once. */
export async function addToList(item: typeof dismissedEntitiesItem, value: string): Promise<void> {
  const list = await item.getValue();
  if (!list.includes(value)) await item.setValue([...list, value]);
}

/** Removes `value` from a stored list (the options page's undo). */
export async function removeFromList(
  item: typeof dismissedEntitiesItem,
  value: string,
): Promise<void> {
  const list = await item.getValue();
  if (list.includes(value)) await item.setValue(list.filter((entry) => entry !== value));
}

/** True when nothing should be shown on `hostname`. */
export function isSiteSilenced(
  hostname: string,
  paused: boolean,
  disabledSites: readonly string[],
): boolean {
  return paused || disabledSites.includes(hostname);
}
