// The controlled vocabularies of both CSVs. Plain arrays so the browser entry can use them without zod;
// src/schema.ts builds its enums from these, which keeps one source of truth.

export const entityColumns = [
  'id',
  'name',
  'aliases',
  'weak_aliases',
  'countries',
  'type',
  'role',
  'tier',
  'listing',
  'identifiers',
  'listed_on',
  'period',
  'status',
  'delisted_on',
  'requires',
  'summary',
  'response',
  'source_ids',
  'claim',
] as const;

export const sourceColumns = [
  'id',
  'title',
  'publisher',
  'url',
  'published_on',
  'kind',
  'language',
  'undated_reason',
] as const;

export const entityTypes = ['company', 'organisation', 'government_body', 'facility'] as const;

export const roles = [
  'labour_export_company',
  'overseas_employer',
  'it_worker_front',
  'lodging_or_support',
  'state_body',
  'supplier_using_dprk_labour',
] as const;

export const tiers = ['designation', 'enforcement', 'investigation'] as const;

export const entityStatuses = ['active', 'delisted', 'historical'] as const;

export const sourceKinds = [
  'government',
  'un',
  'court',
  'investigation',
  'ngo',
  'news',
  'academic',
] as const;

/** Hints a matcher must see before it calls a hit a match: `country:RU`, `city:Vladivostok`. */
export const requirementKinds = ['country', 'city'] as const;

export type EntityColumn = (typeof entityColumns)[number];
export type SourceColumn = (typeof sourceColumns)[number];

/** Columns holding `|`-separated lists. */
export const listColumns: ReadonlySet<string> = new Set([
  'aliases',
  'weak_aliases',
  'countries',
  'identifiers',
  'requires',
  'source_ids',
]);
