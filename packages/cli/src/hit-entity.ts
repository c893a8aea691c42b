import { describeEvidence, roleLabels, tierLabels } from '@nkscreen/dataset';
import type { ListedEntity } from './lists.js';

/** What a report says about a matched entity: enough to judge the hit without opening the dataset. */
export interface HitEntity {
  key: string;
  id: string;
  name: string;
  list: string;
  tier?: string;
  tierLabel?: string;
  roleLabel?: string;
  /** The dataset's careful one-sentence wording of the evidence. */
  evidence?: string;
  listing?: string;
  status?: string;
  countries: string[];
  sources: { title: string; publisher: string; url: string; publishedOn?: string }[];
}

export function describeHitEntity(listed: ListedEntity): HitEntity {
  const entity = listed.entity;
  if (!entity) {
    return {
      key: listed.key,
      id: listed.id,
      name: listed.name,
      list: listed.list,
      countries: [],
      sources: [],
    };
  }
  return {
    key: listed.key,
    id: entity.id,
    name: entity.name,
    list: listed.list,
    tier: entity.tier,
    tierLabel: tierLabels[entity.tier],
    roleLabel: roleLabels[entity.role],
    evidence: describeEvidence(entity),
    listing: entity.listing,
    status: entity.status,
    countries: [...entity.countries],
    sources: entity.sources.map((source) => ({
      title: source.title,
      publisher: source.publisher,
      url: source.url,
      ...(source.publishedOn ? { publishedOn: source.publishedOn } : {}),
    })),
  };
}
