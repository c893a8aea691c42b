import type { Entity, EntityStatus, Role, Tier } from '@nkscreen/dataset';
import { describeCountry } from './country-names';

/** What the explorer island needs about one entity: small, serialisable, labels resolved at build time. */
export interface ExplorerEntity {
  id: string;
  name: string;
  role: Role;
  roleLabel: string;
  tier: Tier;
  tierLabel: string;
  status: EntityStatus;
  statusLabel: string;
  countries: { code: string; name: string }[];
  summary: string;
  /** The evidence sentence (the dataset's `describeEvidence`): what the record is, who says so, when. */
  evidence: string;
  /** The source the evidence sentence credits (the first cited), shown beside it. */
  bestSource?: { title: string; publisher: string; url: string; publishedOn?: string };
}

export const statusLabels: Record<EntityStatus, string> = {
  active: 'Active',
  delisted: 'Delisted',
  historical: 'Historical',
};

/**
 * Reduces a dataset entity to the fields the explorer lists and filters on. The dataset's helpers come in as
 * arguments so the browser bundle of the explorer never imports the dataset itself.
 */
export function toExplorerEntity(
  entity: Entity,
  labels: {
    roleLabels: Record<Role, string>;
    tierLabels: Record<Tier, string>;
    describeEvidence: (entity: Entity) => string;
  },
): ExplorerEntity {
  const best = entity.sources[0];
  return {
    id: entity.id,
    name: entity.name,
    role: entity.role,
    roleLabel: labels.roleLabels[entity.role],
    tier: entity.tier,
    tierLabel: labels.tierLabels[entity.tier],
    status: entity.status,
    statusLabel: statusLabels[entity.status],
    countries: entity.countries.map((code) => ({ code, name: describeCountry(code) })),
    summary: entity.summary,
    evidence: labels.describeEvidence(entity),
    ...(best && {
      bestSource: {
        title: best.title,
        publisher: best.publisher,
        url: best.url,
        ...(best.publishedOn && { publishedOn: best.publishedOn }),
      },
    }),
  };
}

/** The explorer's filters; an empty string or a missing key means "any". */
export interface ExplorerFilters {
  role?: string;
  tier?: string;
  country?: string;
  status?: string;
}

/** Keeps the entities that pass every set filter, in their original order. */
export function filterEntities<T extends ExplorerEntity>(
  entities: readonly T[],
  filters: ExplorerFilters,
): T[] {
  return entities.filter(
    (entity) =>
      (!filters.role || entity.role === filters.role) &&
      (!filters.tier || entity.tier === filters.tier) &&
      (!filters.status || entity.status === filters.status) &&
      (!filters.country || entity.countries.some((country) => country.code === filters.country)),
  );
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface ExplorerFacets {
  role: FacetOption[];
  tier: FacetOption[];
  country: FacetOption[];
  status: FacetOption[];
}

function countOptions(pairs: Iterable<[value: string, label: string]>): FacetOption[] {
  const options = new Map<string, FacetOption>();
  for (const [value, label] of pairs) {
    const option = options.get(value);
    if (option) option.count += 1;
    else options.set(value, { value, label, count: 1 });
  }
  return [...options.values()].sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** Lists each filter's values that occur in the data, with counts, sorted by label. */
export function collectFacets(entities: readonly ExplorerEntity[]): ExplorerFacets {
  return {
    role: countOptions(entities.map((entity) => [entity.role, entity.roleLabel])),
    tier: countOptions(entities.map((entity) => [entity.tier, entity.tierLabel])),
    country: countOptions(
      entities.flatMap((entity) =>
        entity.countries.map((c) => [c.code, c.name] as [string, string]),
      ),
    ),
    status: countOptions(entities.map((entity) => [entity.status, entity.statusLabel])),
  };
}
