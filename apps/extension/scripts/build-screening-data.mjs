// Prebuilds what the extension ships: the compiled core index (content script) and the entity details with their
// evidence wording and sources (why-panel, popup, options). Run before every `wxt build`, typecheck and test.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { compileIndex, serializeIndex } from '@nkscreen/core';
import { format } from 'prettier';
import * as dataset from '@nkscreen/dataset';
import { describeEvidenceFacts, fingerprintEvidence } from './evidence-facts.mjs';

const { describeEvidence, entities, roleLabels, tierLabels } = dataset;
// The dataset identifies itself (`datasetVersion` changes whenever rows change); older builds export `version` only.
const version = dataset.datasetVersion ?? dataset.version;

const outDir = new URL('../generated/', import.meta.url);
const require = createRequire(import.meta.url);

async function readPackageVersion(name) {
  const entry = require.resolve(name);
  const manifest = entry.replace(/[\\/]dist[\\/].*$/, '/package.json');
  return JSON.parse(await readFile(manifest, 'utf8')).version;
}

// A delisted entity is no longer on the list that named it: warning about it would overstate the record.
const shipped = entities.filter((entity) => entity.status !== 'delisted');

const index = compileIndex(
  shipped.map(({ id, name, aliases, weakAliases, countries, requires, summary }) => ({
    id,
    name,
    aliases,
    weakAliases,
    countries,
    requires,
    // What the sources say it does: an extra word of its trade (Nauta Shipyard) is no sign of another firm.
    trade: summary,
  })),
);

const details = Object.fromEntries(
  shipped.map((entity) => [
    entity.id,
    {
      id: entity.id,
      name: entity.name,
      aliases: entity.aliases,
      countries: entity.countries,
      requires: entity.requires,
      role: entity.role,
      roleLabel: roleLabels[entity.role],
      tier: entity.tier,
      tierLabel: tierLabels[entity.tier],
      evidence: describeEvidence(entity),
      facts: describeEvidenceFacts(entity),
      fingerprint: fingerprintEvidence(entity),
      status: entity.status,
      listing: entity.listing,
      listedOn: entity.listedOn ?? null,
      period: entity.period ?? null,
      summary: entity.summary,
      response: entity.response ?? null,
      sources: entity.sources.map((source) => ({
        id: source.id,
        title: source.title,
        publisher: source.publisher,
        url: source.url,
        publishedOn: source.publishedOn ?? null,
        kind: source.kind,
      })),
    },
  ]),
);

const coreVersion = await readPackageVersion('@nkscreen/core');
await mkdir(outDir, { recursive: true });
// Written the way the repository's Prettier check expects, so `prettier --check .` passes after a build.
async function writeJson(name, value) {
  await writeFile(new URL(name, outDir), await format(JSON.stringify(value), { parser: 'json' }));
}
await writeJson('match-index.json', {
  datasetVersion: version,
  coreVersion,
  index: serializeIndex(index),
});
// The dataset's own release date when it exports one; otherwise the newest date it records, so "no hit" can say
// how recent the records it searched are.
const newestRecord = shipped
  .flatMap((entity) => [entity.listedOn, ...entity.sources.map((source) => source.publishedOn)])
  .filter(Boolean)
  .sort()
  .at(-1);
const datasetDate = {
  releasedOn: dataset.datasetReleasedOn ?? null,
  newestRecord: newestRecord ?? null,
};
await writeJson('versions.json', { datasetVersion: version, coreVersion, ...datasetDate });
await writeJson('entity-details.json', {
  datasetVersion: version,
  coreVersion,
  ...datasetDate,
  entities: details,
});
console.log(`screening data: ${shipped.length} entities (dataset ${version}, core ${coreVersion})`);
