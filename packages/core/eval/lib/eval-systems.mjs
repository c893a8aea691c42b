// The three systems every evaluation runs side by side: nkscreen (the built core) and the two baselines, each as
// { name(query) → hits (top hit only), scan(text) → hits }.
import { createFuseMatcher } from '../baselines/fuse.mjs';
import { createJaroWinklerMatcher } from '../baselines/jaro-winkler.mjs';
import { createNkscreenSystem } from './nkscreen-system.mjs';

/** @typedef {import('./score.mjs').Hit} Hit */
/** @typedef {{ key: string, label: string, name: (query: string) => Hit[], scan: (text: string) => Hit[] }} EvalSystem */

/**
 * @param {any} core the built @nkscreen/core module
 * @param {readonly any[]} entities
 * @returns {EvalSystem[]}
 */
export function createEvalSystems(core, entities) {
  const nk = createNkscreenSystem(core, entities);
  const fuse = createFuseMatcher(entities);
  const jw = createJaroWinklerMatcher(entities);
  const one = (/** @type {Hit | null} */ hit) => (hit === null ? [] : [hit]);
  return [
    { key: 'nkscreen', label: 'nkscreen', name: nk.matchName, scan: nk.scanText },
    { key: 'fuse', label: 'Fuse.js 7', name: (q) => one(fuse.matchName(q)), scan: fuse.scanText },
    {
      key: 'jaroWinkler',
      label: 'token Jaro–Winkler',
      name: (q) => one(jw.matchName(q)),
      scan: jw.scanText,
    },
  ];
}

/**
 * Dataset rows as the evaluation indexes them: names and aliases, plus the countries and `requires` the matcher's
 * context rules read (passed through as the dataset gives them; no context is supplied by these runs).
 * @param {readonly any[]} rows
 */
export const toEvalEntities = (rows) =>
  rows.map((e) => ({
    id: e.id,
    name: e.name,
    aliases: e.aliases ?? [],
    weakAliases: e.weakAliases ?? [],
    ...(e.countries?.length ? { countries: e.countries } : {}),
    ...(e.requires?.length ? { requires: readRequires(e.requires) } : {}),
    ...(e.summary ? { trade: e.summary } : {}),
  }));

/**
 * The dataset writes `requires` as `country:PL` / `city:Artyom` strings; the core's context API takes
 * `{ countries, cities }`.
 * @param {readonly string[]} requires
 */
function readRequires(requires) {
  const pick = (/** @type {string} */ prefix) =>
    requires.filter((r) => r.startsWith(prefix)).map((r) => r.slice(prefix.length));
  const countries = pick('country:');
  const cities = pick('city:');
  return { ...(countries.length ? { countries } : {}), ...(cities.length ? { cities } : {}) };
}
