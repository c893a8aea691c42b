import entityDetails from '../generated/entity-details.json';

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
}

const details = entityDetails.entities as Record<string, EntityDetails>;

export const DETAILS_DATASET_VERSION: string = entityDetails.datasetVersion;

export function getEntityDetails(entityId: string): EntityDetails | null {
  return details[entityId] ?? null;
}
