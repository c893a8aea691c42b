import ftm from '@alephdata/followthemoney';
import type { FtmEntity } from '../src/to-follow-the-money.js';

// The field's own model, as Aleph and OpenSanctions' tools load it, not a copy kept by hand.
const model = new ftm.Model(ftm.defaultModel);

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const URL = /^https?:\/\/\S+$/;

/** Why one value does not fit its property's type; empty when it fits. */
function checkValue(type: string, value: string, ids: ReadonlySet<string>): string {
  const known = (name: string) => model.getType(name).values as Map<string, string> | undefined;
  switch (type) {
    case 'date':
      return DATE.test(value) ? '' : `not an FtM date: ${value}`;
    case 'country':
    case 'topic':
      return known(type)?.has(value) ? '' : `not a known ${type}: ${value}`;
    case 'url':
      return URL.test(value) ? '' : `not a URL: ${value}`;
    case 'entity':
      return ids.has(value) ? '' : `refers to an entity not in the export: ${value}`;
    default:
      return value.trim() === '' ? 'empty value' : '';
  }
}

/**
 * Problems of an FtM export against @alephdata/followthemoney's model: unknown or abstract schemata, properties
 * a schema does not have, values that do not fit their property's type, references to entities not exported.
 */
export function checkFtmExport(entities: readonly FtmEntity[]): string[] {
  const ids = new Set(entities.map((entity) => entity.id));
  const problems: string[] = [];
  if (ids.size !== entities.length) problems.push('entity ids are not unique');
  for (const entity of entities) {
    const schema = model.schemata[entity.schema];
    if (!schema || schema.abstract) {
      problems.push(`${entity.id}: ${entity.schema} is not a concrete FtM schema`);
      continue;
    }
    for (const [name, values] of Object.entries(entity.properties)) {
      if (!schema.hasProperty(name)) {
        problems.push(`${entity.id}: ${entity.schema} has no property ${name}`);
        continue;
      }
      const type = schema.getProperty(name).type.name;
      for (const value of values) {
        const problem = typeof value === 'string' ? checkValue(type, value, ids) : 'not a string';
        if (problem) problems.push(`${entity.id}: ${name}: ${problem}`);
      }
    }
    for (const required of schema.required) {
      if (!entity.properties[required]?.length)
        problems.push(`${entity.id}: ${entity.schema} requires ${required}`);
    }
  }
  return problems;
}
