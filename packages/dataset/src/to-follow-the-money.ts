import type { Entity, EntityType, Tier } from './types.js';

/** A FollowTheMoney entity as yente and Aleph read it: one JSON object per line. */
export interface FtmEntity {
  id: string;
  schema: string;
  caption: string;
  properties: Record<string, string[]>;
  datasets: string[];
  /** OpenSanctions' flag for entities that are screening targets rather than supporting records. */
  target: boolean;
}

export const ftmDatasetName = 'nkscreen';
const idPrefix = 'nkscreen-';

const schemaByType: Readonly<Record<EntityType, string>> = {
  company: 'Company',
  organisation: 'Organization',
  government_body: 'PublicBody',
  facility: 'LegalEntity',
};

// Real topic ids from followthemoney/types/topic.py. `forced.labor` marks why every row is here; the
// tier adds the risk topic OpenSanctions uses for that kind of evidence.
const topicsByTier: Readonly<Record<Tier, string[]>> = {
  designation: ['sanction'],
  enforcement: ['reg.action'],
  investigation: ['export.risk'],
};

// Identifier schemes that are LegalEntity properties; sanctions-list ids go on the Sanction instead.
const legalEntityIdentifiers: Readonly<Record<string, string>> = {
  uscc: 'uscCode',
  inn: 'innCode',
  ogrn: 'ogrnCode',
  lei: 'leiCode',
  duns: 'dunsCode',
  swift: 'swiftBic',
  tax: 'taxNumber',
  reg: 'registrationNumber',
  registration: 'registrationNumber',
};

/** Converts entities to FollowTheMoney entities: one per row, plus a `Sanction` for each designation. */
export function toFollowTheMoney(entities: readonly Entity[]): FtmEntity[] {
  return entities.flatMap((entity) => {
    const subject = toSubject(entity);
    return entity.tier === 'designation' ? [subject, toSanction(entity)] : [subject];
  });
}

function toSubject(entity: Entity): FtmEntity {
  const properties: Record<string, string[]> = {};
  const add = (property: string, values: readonly (string | undefined)[]) => {
    const present = values.filter((value): value is string => Boolean(value));
    if (present.length > 0) properties[property] = [...(properties[property] ?? []), ...present];
  };
  add('name', [entity.name]);
  add('alias', entity.aliases);
  add('weakAlias', entity.weakAliases);
  add(
    'country',
    entity.countries.map((code) => code.toLowerCase()),
  );
  add('topics', [...topicsFor(entity)]);
  add('program', [entity.listing]);
  add('notes', [entity.summary, entity.response && `Response: ${entity.response}`]);
  add(
    'sourceUrl',
    entity.sources.map((source) => source.url),
  );
  add('publisher', [...new Set(entity.sources.map((source) => source.publisher))]);
  for (const identifier of entity.identifiers) {
    const [scheme = '', ...rest] = identifier.split(':');
    const property = legalEntityIdentifiers[scheme];
    if (property) add(property, [rest.join(':')]);
  }
  return {
    id: `${idPrefix}${entity.id}`,
    schema: schemaByType[entity.type],
    caption: entity.name,
    properties,
    datasets: [ftmDatasetName],
    target: true,
  };
}

function topicsFor(entity: Entity): string[] {
  // A lifted designation no longer makes the entity "Sanctioned"; the forced-labour link stays on record.
  return entity.status === 'delisted'
    ? ['forced.labor']
    : [...topicsByTier[entity.tier], 'forced.labor'];
}

function toSanction(entity: Entity): FtmEntity {
  const properties: Record<string, string[]> = {
    entity: [`${idPrefix}${entity.id}`],
    program: [entity.listing],
    reason: [entity.summary],
    status: [entity.status === 'delisted' ? 'Inactive' : 'Active'],
    sourceUrl: entity.sources.map((source) => source.url),
  };
  if (entity.listedOn) properties.listingDate = [entity.listedOn];
  if (entity.listedOn) properties.startDate = [entity.listedOn];
  if (entity.delistedOn) properties.endDate = [entity.delistedOn];
  const un = entity.identifiers
    .filter((id) => /^(un|unsc):/.test(id))
    .map((id) => id.replace(/^[^:]+:/, ''));
  if (un.length > 0) properties.unscId = un;
  const authority = entity.identifiers
    .filter((id) => /^(ofac|eu|uk|ofsi|mofa|dfat):/.test(id))
    .map((id) => id.replace(/^[^:]+:/, ''));
  if (authority.length > 0) properties.authorityId = authority;
  return {
    id: `${idPrefix}${entity.id}-sanction`,
    schema: 'Sanction',
    caption: entity.listing,
    properties,
    datasets: [ftmDatasetName],
    target: false,
  };
}

/** FollowTheMoney JSON lines, one entity per line, as `entities.ftm.jsonl`. */
export function toFollowTheMoneyJsonl(entities: readonly Entity[]): string {
  return toFollowTheMoney(entities)
    .map((entity) => JSON.stringify(entity))
    .join('\n')
    .concat('\n');
}
