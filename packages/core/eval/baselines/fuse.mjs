// Fuse.js as a screening tool is usually set up like this: one record per alias, fuzzy search over the alias.
import Fuse from 'fuse.js';
import { bestPerEntity, slideWindows } from '../lib/windows.mjs';

/** @typedef {{ id: string, name: string, aliases?: readonly string[], weakAliases?: readonly string[] }} EvalEntity */
/** @typedef {{ entityId: string, alias: string, band: 'match' | 'review', score: number }} Hit */

/**
 * Fuse scores run from 0 (perfect) to 1. Its default threshold 0.6 accepts nearly anything, so the baseline uses
 * 0.4 as the review floor and 0.2 for a match; `ignoreLocation` because a name may sit anywhere in a long alias.
 * Reported scores are `1 - fuseScore`, so higher is better as for the other systems.
 */
export const FUSE_OPTIONS = { threshold: 0.4, matchBelow: 0.2 };

/** @param {readonly EvalEntity[]} entities */
export function createFuseMatcher(entities) {
  const records = entities.flatMap((entity) =>
    [entity.name, ...(entity.aliases ?? []), ...(entity.weakAliases ?? [])].map((alias) => ({
      entityId: entity.id,
      alias,
    })),
  );
  const fuse = new Fuse(records, {
    keys: ['alias'],
    includeScore: true,
    threshold: FUSE_OPTIONS.threshold,
    ignoreLocation: true,
  });
  const maxAliasTokens = Math.max(...records.map((r) => r.alias.split(/\s+/).length));

  /** @param {string} query @returns {Hit | null} */
  function matchName(query) {
    const [top] = fuse.search(query, { limit: 1 });
    if (top === undefined || top.score === undefined) return null;
    return {
      entityId: top.item.entityId,
      alias: top.item.alias,
      score: 1 - top.score,
      band: top.score <= FUSE_OPTIONS.matchBelow ? 'match' : 'review',
    };
  }

  return {
    aliasCount: records.length,
    matchName,
    /**
     * Fuse finds a short pattern anywhere inside a long alias ("the" in "… of the People's Armed Forces"), so in
     * scan mode a window only counts when it is at least half as long as the alias it hit.
     * @param {string} text
     */
    scanText: (text) =>
      bestPerEntity(
        slideWindows(text.split(/\s+/).filter(Boolean), maxAliasTokens + 1).map((window) => {
          const query = window.join(' ');
          const hit = matchName(query);
          return hit !== null && query.length * 2 >= hit.alias.length ? hit : null;
        }),
      ),
  };
}
