import { format, resolveConfig } from 'prettier';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { entityRowSchema, sourceRowSchema, toRowJsonSchema } from './schema.js';
import type { EntityRecord, Source } from './types.js';
import {
  entityColumns,
  sourceColumns,
  type EntityColumn,
  type SourceColumn,
} from './vocabulary.js';

describe('the zod schema', () => {
  it('reads exactly the CSV columns and yields the public types', () => {
    expectTypeOf<keyof z.input<typeof entityRowSchema>>().toEqualTypeOf<EntityColumn>();
    expectTypeOf<keyof z.input<typeof sourceRowSchema>>().toEqualTypeOf<SourceColumn>();
    expectTypeOf<z.output<typeof entityRowSchema>>().toEqualTypeOf<EntityRecord>();
    expectTypeOf<z.output<typeof sourceRowSchema>>().toEqualTypeOf<Source>();
    expect(Object.keys(entityRowSchema.in.shape)).toEqual([...entityColumns]);
    expect(Object.keys(sourceRowSchema.in.shape)).toEqual([...sourceColumns]);
  });

  it('turns a row into a record: lists split, empty optional cells left out', () => {
    const row = {
      id: 'mokran-llc',
      name: 'Mokran LLC',
      aliases: 'OOO Mokran|ООО Мокран',
      weak_aliases: '',
      countries: 'RU',
      type: 'company',
      role: 'overseas_employer',
      tier: 'designation',
      listing: 'OFAC SDN (E.O. 13722)',
      identifiers: 'ofac:30083',
      listed_on: '2020-11-19',
      period: '',
      status: 'active',
      delisted_on: '',
      requires: 'country:RU|city:Saint Petersburg',
      summary: 'St. Petersburg construction company designated for employing North Korean workers.',
      response: '',
      source_ids: 'ust-2020-11-19-cholsan',
      claim: 'for involvement in exporting forced labour from North Korea',
    };
    expect(entityRowSchema.parse(row)).toEqual({
      id: 'mokran-llc',
      name: 'Mokran LLC',
      aliases: ['OOO Mokran', 'ООО Мокран'],
      weakAliases: [],
      countries: ['RU'],
      type: 'company',
      role: 'overseas_employer',
      tier: 'designation',
      listing: 'OFAC SDN (E.O. 13722)',
      identifiers: ['ofac:30083'],
      listedOn: '2020-11-19',
      status: 'active',
      requires: ['country:RU', 'city:Saint Petersburg'],
      summary: 'St. Petersburg construction company designated for employing North Korean workers.',
      sourceIds: ['ust-2020-11-19-cholsan'],
      claim: 'for involvement in exporting forced labour from North Korea',
    });
  });
});

// Formatted as the repository's Prettier formats JSON, so `prettier --check .` and this test agree.
const toCommittedJson = async (schema: object) =>
  format(JSON.stringify(schema), {
    ...(await resolveConfig(new URL('../schema/entities.schema.json', import.meta.url))),
    parser: 'json',
  });

describe('the committed JSON Schema', () => {
  // Regenerate after a schema change with `npx vitest run -u src/schema.test.ts`.
  it('agrees with the zod schema for entities.csv rows', async () => {
    await expect(await toCommittedJson(toRowJsonSchema(entityRowSchema))).toMatchFileSnapshot(
      '../schema/entities.schema.json',
    );
  });

  it('agrees with the zod schema for sources.csv rows', async () => {
    await expect(await toCommittedJson(toRowJsonSchema(sourceRowSchema))).toMatchFileSnapshot(
      '../schema/sources.schema.json',
    );
  });
});
