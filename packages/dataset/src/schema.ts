import * as z from 'zod';
import { entityColumnDescriptions, sourceColumnDescriptions } from './columns.js';
import { countryNames } from './iso-countries.js';
import { languageCodes } from './iso-languages.js';
import {
  identifierPattern,
  isRealDate,
  periodPattern,
  slugPattern,
  splitList,
} from './patterns.js';
import type { EntityRecord, Source } from './types.js';
import {
  entityStatuses,
  entityTypes,
  requirementKinds,
  roles,
  sourceKinds,
  tiers,
} from './vocabulary.js';

// The single source of truth for both CSVs. Every cell arrives as a string; a schema checks it with a
// message that says what was expected, then the row transforms into its typed record. The JSON Schema in
// schema/*.schema.json is generated from these (see schema.test.ts), so it describes the raw CSV row.

const slug = (example: string) =>
  z
    .string()
    .min(1, `is empty; every row needs an id such as ${example}`)
    .regex(
      slugPattern,
      `expected a kebab-case slug of lower-case letters, digits and single hyphens, such as ${example}`,
    );

function checkCharacters(value: string, ctx: z.RefinementCtx): void {
  if (/[\n\r]/.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'contains a line break; write the cell on one line' });
  } else if (/\p{Cc}/u.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'contains a control character; remove it' });
  }
}

const requiredText = (what: string) =>
  z.string().min(1, `is empty; ${what} is required`).superRefine(checkCharacters);

const optionalDate = (what: string) =>
  z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, {
      error: (issue) =>
        `expected ${what} as an ISO date YYYY-MM-DD (or empty), found '${String(issue.input)}'`,
    })
    .refine((value) => value === '' || isRealDate(value), {
      error: (issue) =>
        `'${String(issue.input)}' is not a real calendar date; check the day and month (YYYY-MM-DD)`,
    });

const vocabulary = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === ''
        ? `is empty; expected the ${what}: one of ${values.join(', ')}`
        : `expected one of ${values.join(', ')}, found '${String(issue.input)}'`,
  });

/** A `|`-separated cell whose items each pass `checkItem` (which returns a problem, or undefined). */
const list = (options: {
  required?: string;
  pattern: string;
  checkItem: (item: string) => string | undefined;
}) =>
  z
    .string()
    .superRefine((cell, ctx) => {
      if (cell === '') {
        if (options.required)
          ctx.addIssue({ code: 'custom', message: `is empty; ${options.required}` });
        return;
      }
      const seen = new Set<string>();
      for (const item of splitList(cell)) {
        const problem =
          item === ''
            ? "has an empty item: remove the doubled or trailing '|'"
            : seen.has(item)
              ? `lists '${item}' twice; keep one`
              : options.checkItem(item);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
        seen.add(item);
      }
    })
    .meta({ pattern: options.pattern });

const checkName = (item: string): string | undefined =>
  /[\n\r]/.test(item)
    ? `'${item}' contains a line break; write it on one line`
    : /\p{Cc}/u.test(item)
      ? `'${item}' contains a control character; remove it`
      : undefined;

const checkCountry = (item: string): string | undefined => {
  if (countryNames[item]) return undefined;
  if (countryNames[item.toUpperCase()])
    return `country code '${item}' must be upper case: ${item.toUpperCase()}`;
  return `unknown country code '${item}'; expected an ISO 3166-1 alpha-2 code such as KP, CN or RU`;
};

const checkIdentifier = (item: string): string | undefined =>
  identifierPattern.test(item)
    ? undefined
    : `'${item}' is not scheme:value; write identifiers like ofac:27383 or un:KPe.045 (lower-case scheme)`;

const checkRequirement = (item: string): string | undefined => {
  const [kind, ...rest] = item.split(':');
  const value = rest.join(':');
  if (!(requirementKinds as readonly string[]).includes(kind ?? '') || value.trim() === '') {
    return `'${item}' is not a requirement; expected ${requirementKinds.map((k) => `${k}:<value>`).join(' or ')}, e.g. country:RU or city:Vladivostok`;
  }
  return kind === 'country' ? checkCountry(value) : undefined;
};

const checkSourceId = (item: string): string | undefined =>
  slugPattern.test(item)
    ? undefined
    : `'${item}' is not a source id (kebab-case slug from sources.csv)`;

const describe = <S extends z.ZodType>(schema: S, description: string): S =>
  schema.meta({ ...schema.meta(), description });

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
};

function checkUrl(value: string): string | undefined {
  if (value === '') return 'is empty; every source needs its https address';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `'${value}' is not a URL; expected an https:// address`;
  }
  if (url.protocol === 'http:') {
    return `'${value}' uses http; link the https:// address of the same document`;
  }
  if (url.protocol !== 'https:') return `'${value}' is not an https:// address`;
  return undefined;
}

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
  };
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
  .transform(toSource)
  .meta({ title: 'nkscreen source row (data/sources.csv)' });

/** The JSON Schema of one raw CSV row, generated from the zod schema. */
export function toRowJsonSchema(schema: typeof entityRowSchema | typeof sourceRowSchema): object {
  return z.toJSONSchema(schema, { io: 'input' });
}
