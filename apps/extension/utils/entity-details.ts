import entityDetails from '../generated/entity-details.json';
import type { EvidenceFacts, EvidenceSummary } from './evidence';

export interface SourceDetails {
  id: string;
  title: string;
  publisher: string;
  url: string;
  publishedOn: string | null;
  kind: string;
}

/** What the why-panel shows about a listed entity: computed at build time from @nkscreen/dataset. */
export interface EntityDetails {
  id: string;
  name: string;
  aliases: string[];
  countries: string[];
  /** Context the listing needs before a bare name counts (`country:RU`, `city:Vladivostok`). */
  requires: string[];
  role: string;
  roleLabel: string;
  tier: string;
  tierLabel: string;
  evidence: string;
  status: string;
  listing: string;
  listedOn: string | null;
  period: string | null;
  summary: string;
  response: string | null;
  sources: SourceDetails[];
  facts: EvidenceFacts;
  fingerprint: string;
}

const details = entityDetails.entities as unknown as Record<string, EntityDetails>;

export const DETAILS_DATASET_VERSION: string = entityDetails.datasetVersion;

/** The part of an entity's details every warning carries (see EvidenceSummary). */
export function summarizeEvidence(details: EntityDetails): EvidenceSummary {
  const { tier, status, role, evidence, facts, fingerprint, response } = details;
  return { tier, status, role, evidence, facts, fingerprint, response };
}

export function getEntityDetails(entityId: string): EntityDetails | null {
  return details[entityId] ?? null;
}
