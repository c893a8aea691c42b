import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import Papa from 'papaparse';
import type { Entity } from '@nkscreen/dataset';
import { createInputError, createUsageError } from './errors.js';
import { describeFsError } from './input.js';

/** An entity from the bundled dataset or from a list given with `--list`. */
export interface ListedEntity {
  /** Unique across all lists: dataset ids as they are, list ids prefixed with the list's label. */
  key: string;
  /** The id as the list spells it. */
  id: string;
  name: string;
  aliases: string[];
  weakAliases: string[];
  /** `nkscreen dataset` or the list's file name. */
  list: string;
  /** Set for dataset entities: tier, evidence, sources. */
  entity?: Entity;
}

export interface ExtraList {
  label: string;
  entities: ListedEntity[];
  /** Records that could not be used, with line and reason. */
  ignored: { line: number; reason: string }[];
}

export const datasetListLabel = 'nkscreen dataset';

/** Wraps the bundled dataset's entities. */
export function listDatasetEntities(entities: readonly Entity[]): ListedEntity[] {
  return entities.map((entity) => ({
    key: entity.id,
    id: entity.id,
    name: entity.name,
    aliases: [...entity.aliases],
    weakAliases: [...entity.weakAliases],
    list: datasetListLabel,
    entity,
  }));
}

function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
}

function toStrings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => part.trim());
}

/** Reads a CSV list with the header `id,name,aliases` (aliases `|`-separated; `weak_aliases` optional). */
export function parseCsvList(text: string, label: string): ExtraList {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('name')) {
    throw createInputError(
      `${label}: a CSV list needs a header with at least "name" (and usually "id,name,aliases"); found ${fields.join(', ') || 'no header'}.`,
    );
  }
  const ignored: ExtraList['ignored'] = [];
  const entities: ListedEntity[] = [];
  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const name = row.name?.trim() ?? '';
    if (!name) {
      ignored.push({ line, reason: 'empty name' });
      return;
    }
    const id = row.id?.trim() || `row-${line}`;
    entities.push({
      key: `${label}:${id}`,
      id,
      name,
      aliases: splitList(row.aliases),
      weakAliases: splitList(row.weak_aliases),
      list: label,
    });
  });
  for (const error of parsed.errors) {
    if (error.row !== undefined) ignored.push({ line: error.row + 2, reason: error.message });
  }
  return { label, entities, ignored };
}

/**
 * Reads FollowTheMoney JSON lines (an OpenSanctions export): `{id, schema, properties: {name, alias, weakAlias}}`.
 * Records without a name (addresses, sanctions, relationships) are counted as ignored.
 */
export function parseFtmList(text: string, label: string): ExtraList {
  const ignored: ExtraList['ignored'] = [];
  const entities: ListedEntity[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((source, index) => {
    const line = index + 1;
    if (!source.trim()) return;
    let record: { id?: unknown; properties?: Record<string, unknown> };
    try {
      record = JSON.parse(source) as typeof record;
    } catch {
      ignored.push({ line, reason: 'not valid JSON' });
      return;
    }
    const names = toStrings(record.properties?.name);
    const [name, ...otherNames] = names;
    if (!name) {
      ignored.push({ line, reason: 'no properties.name' });
      return;
    }
    const id = typeof record.id === 'string' && record.id ? record.id : `line-${line}`;
    entities.push({
      key: `${label}:${id}`,
      id,
      name,
      aliases: [
        ...otherNames,
        ...toStrings(record.properties?.alias),
        ...toStrings(record.properties?.previousName),
      ],
      weakAliases: toStrings(record.properties?.weakAlias),
      list: label,
    });
  });
  return { label, entities, ignored };
}

/** Loads a `--list` file: `.csv` as id/name/aliases, `.json`/`.jsonl`/`.ftm.json` as FollowTheMoney lines. */
export async function loadList(path: string): Promise<ExtraList> {
  const label = basename(path);
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw createInputError(`cannot read the list ${path}: ${describeFsError(error)}.`);
  });
  if (/\.csv$/i.test(path)) return parseCsvList(text, label);
  if (/\.jsonl?$/i.test(path)) return parseFtmList(text, label);
  throw createUsageError(
    `--list ${path}: use a .csv file (columns id,name,aliases) or FollowTheMoney JSON lines (.jsonl, .ftm.jsonl).`,
  );
}
