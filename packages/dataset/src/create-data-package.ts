import { entityColumnDescriptions, sourceColumnDescriptions } from './columns.js';
import { slugPattern } from './patterns.js';
import { entityStatuses, entityTypes, roles, sourceKinds, tiers } from './vocabulary.js';

// A Frictionless Data Package (Table Schema v1) describing both CSVs, so tools like frictionless-py can
// validate and load them without reading our code. `path`s are relative to datapackage.json, which the
// build places beside a copy of data/.

interface TableField {
  name: string;
  type: 'string' | 'date';
  format?: string;
  description: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: readonly string[];
    pattern?: string;
  };
}

const required = { required: true };
const optionalDate = (name: string, description: string): TableField => ({
  name,
  type: 'date',
  format: 'default',
  description,
});
const listField = (name: string, description: string, pattern?: string): TableField => ({
  name,
  type: 'string',
  description,
  ...(pattern && { constraints: { pattern } }),
});
const stripAnchors = (pattern: RegExp) => pattern.source.replace(/^\^|\$$/g, '');

function entityFields(): TableField[] {
  const d = entityColumnDescriptions;
  return [
    {
      name: 'id',
      type: 'string',
      description: d.id,
      constraints: { ...required, unique: true, pattern: stripAnchors(slugPattern) },
    },
    { name: 'name', type: 'string', description: d.name, constraints: required },
    listField('aliases', d.aliases),
    listField('weak_aliases', d.weak_aliases),
    listField('countries', d.countries, '([A-Z]{2}(\\|[A-Z]{2})*)?'),
    {
      name: 'type',
      type: 'string',
      description: d.type,
      constraints: { ...required, enum: entityTypes },
    },
    {
      name: 'role',
      type: 'string',
      description: d.role,
      constraints: { ...required, enum: roles },
    },
    {
      name: 'tier',
      type: 'string',
      description: d.tier,
      constraints: { ...required, enum: tiers },
    },
    { name: 'listing', type: 'string', description: d.listing, constraints: required },
    listField('identifiers', d.identifiers),
    optionalDate('listed_on', d.listed_on),
    {
      name: 'period',
      type: 'string',
      description: d.period,
      constraints: { pattern: '(\\d{4}(-\\d{4})?)?' },
    },
    {
      name: 'status',
      type: 'string',
      description: d.status,
      constraints: { ...required, enum: entityStatuses },
    },
    optionalDate('delisted_on', d.delisted_on),
    listField('requires', d.requires, '(((country|city):[^|]+)(\\|(country|city):[^|]+)*)?'),
    { name: 'summary', type: 'string', description: d.summary, constraints: required },
    { name: 'response', type: 'string', description: d.response },
    { name: 'source_ids', type: 'string', description: d.source_ids, constraints: required },
    { name: 'claim', type: 'string', description: d.claim, constraints: required },
  ];
}

function sourceFields(): TableField[] {
  const d = sourceColumnDescriptions;
  return [
    {
      name: 'id',
      type: 'string',
      description: d.id,
      constraints: { ...required, unique: true, pattern: stripAnchors(slugPattern) },
    },
    { name: 'title', type: 'string', description: d.title, constraints: required },
    { name: 'publisher', type: 'string', description: d.publisher, constraints: required },
    {
      name: 'url',
      type: 'string',
      format: 'uri',
      description: d.url,
      constraints: { ...required, pattern: 'https://.+' },
    },
    optionalDate('published_on', d.published_on),
    {
      name: 'kind',
      type: 'string',
      description: d.kind,
      constraints: { ...required, enum: sourceKinds },
    },
    {
      name: 'language',
      type: 'string',
      description: d.language,
      constraints: { ...required, pattern: '[a-z]{2}' },
    },
    { name: 'undated_reason', type: 'string', description: d.undated_reason },
  ];
}

const dialect = {
  delimiter: ',',
  doubleQuote: true,
  quoteChar: '"',
  header: true,
  lineTerminator: '\n',
};

/** The datapackage.json object for a given data version. */
export function createDataPackage(version: string): object {
  return {
    profile: 'tabular-data-package',
    name: 'nkscreen',
    title: 'nkscreen: entities linked to North Korean forced labour',
    description:
      'Companies, organisations and state bodies linked to North Korean overseas and forced labour, each with its evidence tier and sources. Lists in cells are separated by |.',
    version,
    homepage: 'https://github.com/nkscreen/nkscreen',
    licenses: [{ name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License' }],
    resources: [
      {
        name: 'entities',
        path: 'data/entities.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect,
        schema: { fields: entityFields(), primaryKey: ['id'], missingValues: [''] },
      },
      {
        name: 'sources',
        path: 'data/sources.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect,
        schema: { fields: sourceFields(), primaryKey: ['id'], missingValues: [''] },
      },
    ],
  };
}
