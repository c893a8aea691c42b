// Writes eval/fixtures/press-variants.jsonl from the research files in ../shared/research: every alias that the
// research quotes from a named source (a government release, a news report, an investigation) other than the
// OFAC list itself, mapped to its dataset row — by the OFAC ent_num, else by a name or alias the dataset row also
// carries. Its kind says whether the dataset carries that exact spelling (`source_alias_in_dataset`) or not
// (`source_alias_not_in_dataset`: the test of matching a spelling the index has never seen).
import { readFileSync, writeFileSync } from 'node:fs';
import { looseKey } from '../lib/negative-lists.mjs';
import { parseCsvObjects } from '../lib/read-csv.mjs';
import { PROJECT_ROOT, findSharedDir } from '../lib/shared-dir.mjs';

const FILES = ['designations-labour.json', 'designations-it.json', 'investigations.json'];
const OFFICIAL_LIST_SOURCES = new Set(['ofac-sdn-2026']);

const shared = findSharedDir();
if (shared === null) {
  console.error(
    '../shared is not there (set NKSCREEN_SHARED): the committed fixture stays as it is.',
  );
  process.exit(1);
}
const rows = parseCsvObjects(
  readFileSync(new URL('packages/dataset/data/entities.csv', PROJECT_ROOT), 'utf8'),
);
const namesOf = (/** @type {Record<string, string>} */ row) =>
  [
    row.name ?? '',
    ...(row.aliases ?? '').split('|'),
    ...(row.weak_aliases ?? '').split('|'),
  ].filter(Boolean);
const idByOfac = new Map(
  rows.flatMap((r) =>
    (r.identifiers ?? '')
      .split('|')
      .filter((i) => i.startsWith('ofac:'))
      .map((i) => [i.slice(5), r.id]),
  ),
);
const idByKey = new Map(rows.flatMap((r) => namesOf(r).map((n) => [looseKey(n), r.id])));
const exactNames = new Map(rows.map((r) => [r.id, new Set(namesOf(r))]));

const lines = [];
const unmapped = [];
for (const file of FILES) {
  const research = JSON.parse(readFileSync(new URL(`research/${file}`, shared), 'utf8'));
  const sources = new Map(research.sources.map((/** @type {any} */ s) => [s.id, s]));
  for (const entity of research.entities) {
    const aliases = (entity.aliases ?? []).filter(
      (/** @type {any} */ a) => !OFFICIAL_LIST_SOURCES.has(a.source_id),
    );
    const ofac = entity.official_ids?.ofac_ent_num;
    const id =
      (ofac !== undefined ? idByOfac.get(String(ofac)) : undefined) ??
      [entity.official_name, entity.name, ...aliases.map((/** @type {any} */ a) => a.alias)]
        .filter(Boolean)
        .map((n) => idByKey.get(looseKey(n)))
        .find((found) => found !== undefined);
    if (id === undefined) {
      unmapped.push({ file, name: entity.name, aliases: aliases.length });
      continue;
    }
    for (const { alias, source_id: sourceId } of aliases) {
      const source = sources.get(sourceId);
      if (source === undefined)
        throw new Error(
          `${file}: ${entity.name}: alias "${alias}" cites unknown source ${sourceId}`,
        );
      lines.push({
        query: alias,
        expect: id,
        kind: exactNames.get(id)?.has(alias)
          ? 'source_alias_in_dataset'
          : 'source_alias_not_in_dataset',
        list: source.kind ?? 'source',
        source: `${source.publisher}, "${source.title}" (${source.published_on ?? 'undated'}; research ${file}, source ${sourceId})`,
      });
    }
  }
}
writeFileSync(
  new URL('../fixtures/press-variants.jsonl', import.meta.url),
  `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`,
);
console.log(
  `press-variants.jsonl: ${lines.length} lines (${lines.filter((l) => l.kind === 'source_alias_not_in_dataset').length} spellings the dataset does not carry); ` +
    `research entities with no dataset row: ${unmapped.map((u) => `${u.name} (${u.aliases} aliases)`).join('; ') || 'none'}`,
);
