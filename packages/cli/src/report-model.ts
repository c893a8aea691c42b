import type { HitEntity } from './hit-entity.js';
import type { RowHit, ScreenResult } from './screen-types.js';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A dataset country code as its English name (PL → Poland); a code Intl does not know stays as written. */
function nameCountry(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const contextWords = {
  corroborated: 'agrees with',
  contradicted: 'differs from',
  missing: 'does not give what is needed for',
  none: 'is beside',
} as const;

export interface EntityHitGroup {
  entity: HitEntity;
  hits: RowHit[];
}

const bandOrder = { match: 0, review: 1 } as const;

/** Hits grouped by entity: entities with a `match` first, then by number of hits; hits in line order. */
export function groupHitsByEntity(result: ScreenResult): EntityHitGroup[] {
  const groups = new Map<string, EntityHitGroup>();
  for (const hit of result.hits) {
    const key = hit.match.entityId;
    let group = groups.get(key);
    if (!group) {
      const entity = result.entities[key] ?? {
        key,
        id: key,
        name: hit.match.name,
        list: '',
        countries: [],
        sources: [],
      };
      group = { entity, hits: [] };
      groups.set(key, group);
    }
    group.hits.push(hit);
  }
  const best = (group: EntityHitGroup) =>
    Math.min(...group.hits.map((hit) => bandOrder[hit.match.band]));
  return [...groups.values()].sort(
    (a, b) =>
      best(a) - best(b) ||
      b.hits.length - a.hits.length ||
      a.entity.name.localeCompare(b.entity.name),
  );
}

/** The row as header → cell pairs, for reports. */
export function pairRow(headers: readonly string[], row: readonly string[]): [string, string][] {
  return row.map((cell, index) => [headers[index] ?? `column ${index + 1}`, cell]);
}

export function formatScore(score: number): string {
  return score.toFixed(2);
}

/**
 * The row's country beside the entity's, and what the matcher made of it: "row country: Poland — agrees with the
 * entity's Poland". Empty when the row has no country and the entity needs none.
 */
export function describeRowContext(hit: RowHit, entity: HitEntity): string {
  const context = hit.match.context;
  const entityCountries = entity.countries.map(nameCountry).join(', ') || 'no country';
  if (!hit.country) {
    return context?.required
      ? `no country or city in the row; this entity is a match only with ${entityCountries} in its context`
      : '';
  }
  const relation = contextWords[context?.status ?? 'none'];
  return `row country: ${hit.country} — ${relation} the entity's ${entityCountries}`;
}
