import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';

/** One designation as a list publisher ships it. */
export interface ListedEntry {
  /** `ofac:27383` or `un:KPe.050`: the scheme the dataset's identifiers column uses. */
  id: string;
  list: string;
  name: string;
  aliases: string[];
  programs: string[];
  countries: string[];
}

// OFAC's legacy CSVs have no header; fields follow OFAC's published layout (sdn.csv: ent_num, SDN_Name,
// SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks;
// alt.csv: ent_num, alt_num, alt_type, alt_name, alt_remarks; add.csv: ent_num, add_num, address,
// city/state/zip, country, add_remarks). "-0-" marks an empty field.
const cell = (value: string | undefined) => {
  const trimmed = (value ?? '').trim();
  return trimmed === '-0-' ? '' : trimmed;
};
const csvRows = (text: string) =>
  Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data.filter((row) => row.length > 1);

/** Reads any mix of sdn.csv, alt.csv, add.csv, the UN consolidated XML and FtM JSON lines. */
export function readOfficialLists(paths: readonly string[]): ListedEntry[] {
  const byId = new Map<string, ListedEntry>();
  const texts = paths.map((path) => ({
    name: basename(path).toLowerCase(),
    text: readFileSync(path, 'utf8'),
  }));
  const ordered = [...texts].sort((a, b) => rank(a.name) - rank(b.name));
  for (const { name, text } of ordered) {
    if (name.endsWith('.jsonl') || name.endsWith('.json')) readFtm(text, byId);
    else if (name.endsWith('.xml')) readUnXml(text, byId);
    else if (name.startsWith('alt')) readOfacAliases(text, byId);
    else if (name.startsWith('add')) readOfacAddresses(text, byId);
    else readOfacSdn(text, byId);
  }
  return [...byId.values()];
}

// sdn.csv first, so alt.csv and add.csv attach to the records it names.
const rank = (name: string) => (name.startsWith('alt') || name.startsWith('add') ? 1 : 0);

function readOfacSdn(text: string, byId: Map<string, ListedEntry>): void {
  for (const row of csvRows(text)) {
    const id = `ofac:${cell(row[0])}`;
    byId.set(id, {
      id,
      list: 'OFAC SDN',
      name: cell(row[1]),
      aliases: byId.get(id)?.aliases ?? [],
      programs: cell(row[3])
        .split('] [')
        .map((program) => program.replace(/[[\]]/g, '').trim())
        .filter(Boolean),
      countries: [],
    });
  }
}

function readOfacAliases(text: string, byId: Map<string, ListedEntry>): void {
  for (const row of csvRows(text)) {
    const entry = byId.get(`ofac:${cell(row[0])}`);
    const alias = cell(row[3]);
    if (entry && alias && !entry.aliases.includes(alias)) entry.aliases.push(alias);
  }
}

function readOfacAddresses(text: string, byId: Map<string, ListedEntry>): void {
  for (const row of csvRows(text)) {
    const entry = byId.get(`ofac:${cell(row[0])}`);
    const country = cell(row[4]);
    if (entry && country && !entry.countries.includes(country)) entry.countries.push(country);
  }
}

const tag = (block: string, name: string) =>
  [...block.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((match) =>
    decodeXml(match[1] ?? '').trim(),
  );
const decodeXml = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

// The UN consolidated list: <ENTITY> records with FIRST_NAME, UN_LIST_TYPE, REFERENCE_NUMBER and ALIAS_NAMEs.
function readUnXml(text: string, byId: Map<string, ListedEntry>): void {
  for (const match of text.matchAll(/<ENTITY>([\s\S]*?)<\/ENTITY>/g)) {
    const block = match[1] ?? '';
    const reference = tag(block, 'REFERENCE_NUMBER')[0];
    if (!reference) continue;
    const id = `un:${reference}`;
    byId.set(id, {
      id,
      list: 'UN consolidated',
      name: tag(block, 'FIRST_NAME')[0] ?? '',
      aliases: tag(block, 'ALIAS_NAME').filter(Boolean),
      programs: tag(block, 'UN_LIST_TYPE'),
      countries: tag(block, 'COUNTRY'),
    });
  }
}

// OpenSanctions: FtM entities whose id or referents carry the OFAC record (ofac-27383).
function readFtm(text: string, byId: Map<string, ListedEntry>): void {
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const entity = JSON.parse(line) as {
      id: string;
      referents?: string[];
      properties?: Record<string, string[]>;
    };
    const ofac = [entity.id, ...(entity.referents ?? [])]
      .map((ref) => /^ofac-(\d+)$/.exec(ref)?.[1])
      .find(Boolean);
    const id = ofac ? `ofac:${ofac}` : `opensanctions:${entity.id}`;
    const properties = entity.properties ?? {};
    const [name = '', ...otherNames] = properties.name ?? [];
    const existing = byId.get(id);
    const aliases = [...(existing?.aliases ?? []), ...otherNames, ...(properties.alias ?? [])];
    byId.set(id, {
      id,
      list: existing?.list ?? 'OpenSanctions',
      name: existing?.name || name,
      aliases: [...new Set(aliases)],
      programs: [...new Set([...(existing?.programs ?? []), ...(properties.program ?? [])])],
      countries: existing?.countries ?? properties.country ?? [],
    });
  }
}
