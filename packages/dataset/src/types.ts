import type { entityStatuses, entityTypes, roles, sourceKinds, tiers } from './vocabulary.js';

export type EntityType = (typeof entityTypes)[number];
export type Role = (typeof roles)[number];
export type Tier = (typeof tiers)[number];
export type EntityStatus = (typeof entityStatuses)[number];
export type SourceKind = (typeof sourceKinds)[number];

/** One document that entities cite: a designation, a ruling, an investigation. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** Always https. */
  url: string;
  /** ISO date (YYYY-MM-DD). */
  publishedOn?: string;
  kind: SourceKind;
  /** ISO 639-1 code. */
  language: string;
  /** Why `publishedOn` is absent, as the research found it; present exactly when the source is undated. */
  undatedReason?: string;
}

/** An entity as its row says, with source ids but no resolved sources. */
export interface EntityRecord {
  id: string;
  name: string;
  aliases: string[];
  /** Acronyms and short forms (MOP, GENCO): never enough for a match on their own. */
  weakAliases: string[];
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  type: EntityType;
  role: Role;
  tier: Tier;
  listing: string;
  /** `scheme:value`, e.g. `ofac:27383`. */
  identifiers: string[];
  /** ISO date the entity was listed or first named. */
  listedOn?: string;
  /** Years the evidence covers: `2017` or `2016-2019`. */
  period?: string;
  status: EntityStatus;
  /** ISO date; present exactly when `status` is `delisted`. */
  delistedOn?: string;
  /** Context a match must see: `country:RU`, `city:Vladivostok`. */
  requires: string[];
  summary: string;
  /**
   * What the cited sources state about this entity, worded by the researcher as the end of its warning
   * sentence ("for exporting North Korean workers"); the warning never infers conduct from `role`.
   */
  claim: string;
  response?: string;
  sourceIds: string[];
}

/** An entity with its sources resolved, so consumers need no join. */
export interface Entity extends EntityRecord {
  sources: Source[];
}
