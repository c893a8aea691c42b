import * as z from 'zod';
import {
  checkCharacters,
  checkCountry,
  checkIdentifier,
  checkName,
  checkRequirement,
  checkSourceId,
  checkUrl,
  describe,
  list,
  optionalDate,
  requiredText,
  slug,
  vocabulary,
} from './cell-schemas.js';
import { entityColumnDescriptions, sourceColumnDescriptions } from './columns.js';
import { languageCodes } from './iso-languages.js';
import { isRealDate, periodPattern, splitList } from './patterns.js';
import type { EntityRecord, Source } from './types.js';
import { entityStatuses, entityTypes, roles, sourceKinds, tiers } from './vocabulary.js';

// The single source of truth for both CSVs. Every cell arrives as a string; a schema checks it with a
// message that says what was expected, then the row transforms into its typed record. The JSON Schema in
// schema/*.schema.json is generated from these (see schema.test.ts), so it describes the raw CSV row.

const entityShape = {
  id: slug('korea-namgang-trading-corporation'),
  name: requiredText('the official listed name').refine(
    (value) => !value.includes('|'),
    "holds one name; move the other spellings to aliases (names are not '|'-separated)",
  ),
  aliases: list({ pattern: '^([^|]+(\\|[^|]+)*)?$', checkItem: checkName }),
  weak_aliases: list({ pattern: '^([^|]+(\\|[^|]+)*)?$', checkItem: checkName }),
  countries: list({ pattern: '^([A-Z]{2}(\\|[A-Z]{2})*)?$', checkItem: checkCountry }),
  type: vocabulary(entityTypes, 'entity type'),
  role: vocabulary(roles, 'role'),
  tier: vocabulary(tiers, 'evidence tier'),
  listing: requiredText('the listing or record, e.g. OFAC SDN or AP investigation'),
  identifiers: list({
    pattern: '^([a-z][a-z0-9_]*:[^|]+(\\|[a-z][a-z0-9_]*:[^|]+)*)?$',
    checkItem: checkIdentifier,
  }),
  listed_on: optionalDate('the listing date'),
  period: z.string().regex(/^(\d{4}(-\d{4})?)?$/, {
    error: (issue) =>
      `expected the years the evidence covers as YYYY or YYYY-YYYY, found '${String(issue.input)}'`,
  }),
  status: vocabulary(entityStatuses, 'status'),
  delisted_on: optionalDate('the delisting date'),
  requires: list({
    pattern: '^((country|city):[^|]+(\\|(country|city):[^|]+)*)?$',
    checkItem: checkRequirement,
  }),
  summary: requiredText('a one-sentence summary in our own words'),
  response: z.string().superRefine(checkCharacters),
  source_ids: list({
    required: 'every entity cites at least one source id from sources.csv',
    pattern: '^[a-z0-9]+(-[a-z0-9]+)*(\\|[a-z0-9]+(-[a-z0-9]+)*)*$',
    checkItem: checkSourceId,
  }),
  claim: requiredText('the claim the sources support, ending the warning sentence').refine(
    (value) => /^[\p{Ll}\d]/u.test(value) && !/[.;]\s*$/.test(value),
    'continues the warning sentence: start it lower-case ("for exporting North Korean workers") and drop the final full stop',
  ),
};

type EntityRow = { [K in keyof typeof entityShape]: z.output<(typeof entityShape)[K]> };

function checkEntityRow(row: EntityRow, ctx: z.RefinementCtx): void {
  if (row.status === 'delisted' && row.delisted_on === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['delisted_on'],
      message: 'is empty but status is delisted; give the date the listing was lifted (YYYY-MM-DD)',
    });
  }
  if (row.status !== 'delisted' && row.delisted_on !== '') {
    ctx.addIssue({
      code: 'custom',
      path: ['delisted_on'],
      message: `is set but status is '${row.status}'; set status to delisted or clear delisted_on`,
    });
  }
  if (isRealDate(row.delisted_on) && isRealDate(row.listed_on) && row.delisted_on < row.listed_on) {
    ctx.addIssue({
      code: 'custom',
      path: ['delisted_on'],
      message: `${row.delisted_on} is before listed_on ${row.listed_on}; check both dates`,
    });
  }
  const [from, to] = row.period.split('-');
  if (periodPattern.test(row.period) && to !== undefined && Number(to) < Number(from)) {
    ctx.addIssue({
      code: 'custom',
      path: ['period'],
      message: `'${row.period}' ends before it starts; write the earlier year first`,
    });
  }
}

function toEntityRecord(row: EntityRow): EntityRecord {
  return {
    id: row.id,
    name: row.name,
    aliases: splitList(row.aliases),
    weakAliases: splitList(row.weak_aliases),
    countries: splitList(row.countries),
    type: row.type,
    role: row.role,
    tier: row.tier,
    listing: row.listing,
    identifiers: splitList(row.identifiers),
    ...(row.listed_on && { listedOn: row.listed_on }),
    ...(row.period && { period: row.period }),
    status: row.status,
    ...(row.delisted_on && { delistedOn: row.delisted_on }),
    requires: splitList(row.requires),
    summary: row.summary,
    ...(row.response && { response: row.response }),
    sourceIds: splitList(row.source_ids),
    claim: row.claim,
  };
}

/** One row of data/entities.csv (every cell a string) → its typed record. */
export const entityRowSchema = z
  .object(
    Object.fromEntries(
      Object.entries(entityShape).map(([column, schema]) => [
        column,
        describe(schema, entityColumnDescriptions[column as keyof typeof entityShape]),
      ]),
    ) as typeof entityShape,
  )
  .superRefine(checkEntityRow, { when: () => true })
  .transform(toEntityRecord)
  .meta({ title: 'nkscreen entity row (data/entities.csv)' });

const sourceShape = {
  id: slug('ofac-2020-01-14-namgang'),
  title: requiredText('the document title'),
  publisher: requiredText('the publisher'),
  url: z.string().superRefine((value, ctx) => {
    const problem = checkUrl(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  published_on: optionalDate('the publication date'),
  kind: vocabulary(sourceKinds, 'source kind'),
  language: z.string().refine((value) => languageCodes.has(value), {
    error: (issue) =>
      issue.input === ''
        ? 'is empty; expected the ISO 639-1 code of the document language, such as en, ko or zh'
        : `unknown language code '${String(issue.input)}'; expected a lower-case ISO 639-1 code such as en, ko, zh, ru or ja`,
  }),
  undated_reason: z.string().superRefine(checkCharacters),
};

type SourceRow = { [K in keyof typeof sourceShape]: z.output<(typeof sourceShape)[K]> };

function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    url: row.url,
    ...(row.published_on && { publishedOn: row.published_on }),
    kind: row.kind,
    language: row.language,
    ...(row.undated_reason && { undatedReason: row.undated_reason }),
  };
}

// A reader weighing a source needs its date; where the research found none, the row says why instead.
function checkSourceRow(row: SourceRow, ctx: z.RefinementCtx): void {
  if (row.published_on === '' && row.undated_reason === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['published_on'],
      message:
        'is empty and undated_reason is too; give the publication date (YYYY-MM-DD), or say in undated_reason why it is unknown',
    });
  }
  if (row.published_on !== '' && row.undated_reason !== '') {
    ctx.addIssue({
      code: 'custom',
      path: ['undated_reason'],
      message: 'is set but the source is dated; clear undated_reason or published_on',
    });
  }
}

/** One row of data/sources.csv (every cell a string) → its typed source. */
export const sourceRowSchema = z
  .object(
    Object.fromEntries(
      Object.entries(sourceShape).map(([column, schema]) => [
        column,
        describe(schema, sourceColumnDescriptions[column as keyof typeof sourceShape]),
      ]),
    ) as typeof sourceShape,
  )
  .superRefine(checkSourceRow, { when: () => true })
  .transform(toSource)
  .meta({ title: 'nkscreen source row (data/sources.csv)' });

/** The JSON Schema of one raw CSV row, generated from the zod schema. */
export function toRowJsonSchema(schema: typeof entityRowSchema | typeof sourceRowSchema): object {
  return z.toJSONSchema(schema, { io: 'input' });
}
