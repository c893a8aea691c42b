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

// Identifier schemes held as LegalEntity properties. China's unified social credit code is its company
// registration number (FtM's own model has no separate property for it); a customs ruling number names the
// record about the company, so it goes with the other document numbers in idNumber.
const legalEntityIdentifiers: Readonly<Record<string, string>> = {
  uscc: 'registrationNumber',
  inn: 'innCode',
  ogrn: 'ogrnCode',
  lei: 'leiCode',
  duns: 'dunsCode',
  swift: 'swiftBic',
  tax: 'taxNumber',
  vn_tax: 'taxNumber',
  reg: 'registrationNumber',
  registration: 'registrationNumber',
  na_reg: 'registrationNumber',
  kp_company: 'registrationNumber',
  cd_rccm: 'registrationNumber',
  cbp_ruling: 'idNumber',
};

// Crypto addresses the designations list, by the currency code FtM's CryptoWallet takes.
const walletCurrencies: Readonly<Record<string, string>> = { trx: 'TRX', eth: 'ETH', btc: 'XBT' };

// Sanctions-list identifiers, by the authority that issued them: each authority gets its own Sanction.
const authorities: Readonly<
  Record<string, { authority: string; country: string; property: 'authorityId' | 'unscId' }>
> = {
  ofac: {
    authority: 'US Treasury Office of Foreign Assets Control',
    country: 'us',
    property: 'authorityId',
  },
  un: { authority: 'United Nations Security Council', country: 'zz', property: 'unscId' },
  unsc: { authority: 'United Nations Security Council', country: 'zz', property: 'unscId' },
  eu: { authority: 'Council of the European Union', country: 'eu', property: 'authorityId' },
  uk: {
    authority: 'UK Office of Financial Sanctions Implementation',
    country: 'gb',
    property: 'authorityId',
  },
  ofsi: {
    authority: 'UK Office of Financial Sanctions Implementation',
    country: 'gb',
    property: 'authorityId',
  },
  mofa: {
    authority: 'Republic of Korea Ministry of Foreign Affairs',
    country: 'kr',
    property: 'authorityId',
  },
  dfat: {
    authority: 'Australian Department of Foreign Affairs and Trade',
    country: 'au',
    property: 'authorityId',
  },
};

/** An identifier as `scheme:value`; the value may itself hold colons. */
function splitIdentifier(identifier: string): [scheme: string, value: string] {
  const colon = identifier.indexOf(':');
  return [identifier.slice(0, colon), identifier.slice(colon + 1)];
}

/**
 * Converts entities to FollowTheMoney entities: one per row, a `CryptoWallet` held by it for each listed address,
 * and a `Sanction` per issuing authority for each designation.
 */
export function toFollowTheMoney(entities: readonly Entity[]): FtmEntity[] {
  return entities.flatMap((entity) => [
    toSubject(entity),
    ...toWallets(entity),
    ...(entity.tier === 'designation' ? toSanctions(entity) : []),
  ]);
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
    const [scheme, value] = splitIdentifier(identifier);
    const property = legalEntityIdentifiers[scheme];
    if (property) add(property, [value]);
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

function toWallets(entity: Entity): FtmEntity[] {
  return entity.identifiers.flatMap((identifier) => {
    const [scheme, address] = splitIdentifier(identifier);
    const currency = walletCurrencies[scheme];
    if (!currency) return [];
    return [
      {
        id: `${idPrefix}${entity.id}-wallet-${scheme}-${address}`,
        schema: 'CryptoWallet',
        caption: address,
        properties: {
          publicKey: [address],
          currency: [currency],
          holder: [`${idPrefix}${entity.id}`],
          sourceUrl: entity.sources.map((source) => source.url),
        },
        datasets: [ftmDatasetName],
        target: false,
      },
    ];
  });
}

/** One Sanction per authority whose list id the row holds; one for the listing when the row holds none. */
function toSanctions(entity: Entity): FtmEntity[] {
  const byAuthority = new Map<string, string[]>();
  for (const identifier of entity.identifiers) {
    const [scheme] = splitIdentifier(identifier);
    const issuer = authorities[scheme];
    if (issuer)
      byAuthority.set(issuer.authority, [...(byAuthority.get(issuer.authority) ?? []), identifier]);
  }
  if (byAuthority.size === 0) return [toSanction(entity, '', [], true)];
  // The row's listed_on is the date of its first listing (the first authority in its identifiers); another
  // authority's Sanction gets no date rather than a wrong one.
  return [...byAuthority.values()].map((ids, index) =>
    toSanction(entity, splitIdentifier(ids[0] as string)[0], ids, index === 0),
  );
}

function toSanction(
  entity: Entity,
  scheme: string,
  identifiers: readonly string[],
  dated: boolean,
): FtmEntity {
  const issuer = authorities[scheme];
  const properties: Record<string, string[]> = {
    entity: [`${idPrefix}${entity.id}`],
    program: [entity.listing],
    reason: [entity.summary],
    status: [entity.status === 'delisted' ? 'Inactive' : 'Active'],
    sourceUrl: entity.sources.map((source) => source.url),
  };
  if (issuer) {
    properties.authority = [issuer.authority];
    properties.country = [issuer.country];
    properties[issuer.property] = identifiers.map((identifier) => splitIdentifier(identifier)[1]);
  }
  if (dated && entity.listedOn) properties.listingDate = [entity.listedOn];
  if (dated && entity.listedOn) properties.startDate = [entity.listedOn];
  if (dated && entity.delistedOn) properties.endDate = [entity.delistedOn];
  return {
    id: `${idPrefix}${entity.id}-sanction${scheme ? `-${scheme}` : ''}`,
    schema: 'Sanction',
    caption: issuer ? `${issuer.authority}: ${entity.listing}` : entity.listing,
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
