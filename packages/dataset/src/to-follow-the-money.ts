import { evidenceWording } from './evidence-wording.js';
import { splitListing } from './split-listing.js';
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

// The sanctions authorities: the identifier schemes of their list ids, and which of the warning's authorities
// (evidenceWording) each is, so a `listing` cell is read the same way for the export as for the warning.
interface Issuer {
  key: string;
  schemes: readonly string[];
  /** The key of `evidenceWording.authorities` whose pattern finds this authority in a `listing` cell. */
  wording: string;
  authority: string;
  country: string;
  property: 'authorityId' | 'unscId';
}
const issuers: readonly Issuer[] = [
  {
    key: 'ofac',
    schemes: ['ofac'],
    wording: 'ofac',
    authority: 'US Treasury Office of Foreign Assets Control',
    country: 'us',
    property: 'authorityId',
  },
  {
    key: 'un',
    schemes: ['un', 'unsc'],
    wording: 'un',
    authority: 'United Nations Security Council',
    country: 'zz',
    property: 'unscId',
  },
  {
    key: 'eu',
    schemes: ['eu'],
    wording: 'eu',
    authority: 'Council of the European Union',
    country: 'eu',
    property: 'authorityId',
  },
  {
    key: 'uk',
    schemes: ['uk', 'ofsi'],
    wording: 'uk',
    authority: 'UK Office of Financial Sanctions Implementation',
    country: 'gb',
    property: 'authorityId',
  },
  {
    key: 'mofa',
    schemes: ['mofa'],
    wording: 'rok',
    authority: 'Republic of Korea Ministry of Foreign Affairs',
    country: 'kr',
    property: 'authorityId',
  },
  {
    key: 'dfat',
    schemes: ['dfat'],
    wording: 'australia',
    authority: 'Australian Department of Foreign Affairs and Trade',
    country: 'au',
    property: 'authorityId',
  },
];

function wordingPattern(issuer: Issuer): RegExp {
  const authority = evidenceWording.authorities.find(({ key }) => key === issuer.wording);
  if (!authority) throw new Error(`evidenceWording has no authority ${issuer.wording}`);
  return authority.pattern;
}

/** An identifier as `scheme:value`; the value may itself hold colons. */
function splitIdentifier(identifier: string): [scheme: string, value: string] {
  const colon = identifier.indexOf(':');
  return [identifier.slice(0, colon), identifier.slice(colon + 1)];
}

/**
 * Converts entities to FollowTheMoney entities: one per row, a `CryptoWallet` held by it for each listed address,
 * and a `Sanction` per authority and programme for each designation.
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

/**
 * One Sanction per authority and programme the row's `listing` names (`OFAC SDN (E.O. 13722; NKSPEA)` is two),
 * each with that listing's own date and the authority's list ids. An authority whose list id the row holds but
 * whose listing the cell does not name still gets an (undated) Sanction, so no list id is lost.
 */
function toSanctions(entity: Entity): FtmEntity[] {
  const listings = splitListing(entity).map((listing) => ({
    listing,
    issuer: issuers.find((issuer) => wordingPattern(issuer).test(listing.name)),
  }));
  for (const identifier of entity.identifiers) {
    const [scheme] = splitIdentifier(identifier);
    const issuer = issuers.find((candidate) => candidate.schemes.includes(scheme));
    if (issuer && !listings.some((named) => named.issuer === issuer))
      listings.push({ listing: { name: issuer.authority, programs: [] }, issuer });
  }
  return listings.flatMap(({ listing, issuer }, index) => {
    const listIds = entity.identifiers
      .map(splitIdentifier)
      .filter(([scheme]) => issuer?.schemes.includes(scheme))
      .map(([, value]) => value);
    const programs = listing.programs.length > 0 ? listing.programs : [undefined];
    return programs.map((program) => {
      const name = program ? `${listing.name} (${program})` : listing.name;
      const properties: Record<string, string[]> = {
        entity: [`${idPrefix}${entity.id}`],
        program: [name],
        reason: [entity.summary],
        status: [entity.status === 'delisted' ? 'Inactive' : 'Active'],
        sourceUrl: entity.sources.map((source) => source.url),
      };
      if (issuer) {
        properties.authority = [issuer.authority];
        properties.country = [issuer.country];
        if (listIds.length > 0) properties[issuer.property] = listIds;
      }
      if (listing.listedOn) {
        properties.listingDate = [listing.listedOn];
        properties.startDate = [listing.listedOn];
      }
      if (entity.delistedOn) properties.endDate = [entity.delistedOn];
      return {
        id: [`${idPrefix}${entity.id}-sanction`, issuer?.key ?? String(index + 1), program]
          .filter(Boolean)
          .map((part) => slugify(part as string))
          .join('-'),
        schema: 'Sanction',
        caption: issuer ? `${issuer.authority}: ${name}` : name,
        properties,
        datasets: [ftmDatasetName],
        target: false,
      };
    });
  });
}

/** `E.O. 13722` → `e-o-13722`, for entity ids. */
function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** FollowTheMoney JSON lines, one entity per line, as `entities.ftm.jsonl`. */
export function toFollowTheMoneyJsonl(entities: readonly Entity[]): string {
  return toFollowTheMoney(entities)
    .map((entity) => JSON.stringify(entity))
    .join('\n')
    .concat('\n');
}
