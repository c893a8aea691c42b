import { readFileSync } from 'node:fs';
import type { FtmEntity } from '../src/to-follow-the-money.js';

interface FtmModel {
  schemata: Record<string, { extends: string[]; properties: string[] }>;
  topics: string[];
}

const model = JSON.parse(
  readFileSync(new URL('../test/ftm-schemata.json', import.meta.url), 'utf8'),
) as FtmModel;

/** Every property a schema has, its parents' included. */
function propertiesOf(schema: string): Set<string> {
  const definition = model.schemata[schema];
  if (!definition) throw new Error(`schema ${schema} is not in test/ftm-schemata.json`);
  return new Set([
    ...definition.properties,
    ...definition.extends.flatMap((parent) => [...propertiesOf(parent)]),
  ]);
}

/** Property problems of one FtM entity against the committed model; empty when it is valid. */
export function checkFtmEntity(entity: FtmEntity): string[] {
  const known = propertiesOf(entity.schema);
  const problems = Object.keys(entity.properties)
    .filter((property) => !known.has(property))
    .map((property) => `${entity.id}: ${entity.schema} has no property ${property}`);
  for (const topic of entity.properties.topics ?? []) {
    if (!model.topics.includes(topic)) problems.push(`${entity.id}: unknown topic ${topic}`);
  }
  if (entity.schema !== 'Sanction' && !entity.properties.name?.length)
    problems.push(`${entity.id}: no name`);
  for (const [property, values] of Object.entries(entity.properties)) {
    if (
      !Array.isArray(values) ||
      values.some((value) => typeof value !== 'string' || value === '')
    ) {
      problems.push(`${entity.id}: ${property} must be a list of non-empty strings`);
    }
  }
  return problems;
}
