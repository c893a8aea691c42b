import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load-dataset.js';

// The built package as consumers load it; `npm test` builds first (turbo: test depends on build).
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const contractExports = [
  'datasetFingerprint',
  'datasetReleasedOn',
  'datasetVersion',
  'describeEvidence',
  'entities',
  'evidenceWording',
  'roleLabels',
  'sources',
  'tierLabels',
  'version',
];

function requireBuilt(specifier: string): Record<string, unknown> {
  if (!existsSync(new URL('../dist/index.cjs', import.meta.url))) {
    throw new Error('dist/ is missing: run `npm run build -w @nkscreen/dataset` first');
  }
  return createRequire(import.meta.url)(specifier) as Record<string, unknown>;
}

describe('the built main entry', () => {
  it('exports exactly the contract from CommonJS', () => {
    expect(
      Object.keys(requireBuilt('@nkscreen/dataset'))
        .filter((key) => key !== '__esModule')
        .sort(),
    ).toEqual(contractExports);
  });

  it('exports exactly the contract from ESM', async () => {
    requireBuilt('@nkscreen/dataset');
    const esm = (await import(/* @vite-ignore */ `${packageDir}dist/index.js`)) as Record<
      string,
      unknown
    >;
    expect(Object.keys(esm).sort()).toEqual(contractExports);
  });

  it('holds the rows of data/*.csv, sources resolved, and the package version', () => {
    const built = requireBuilt('@nkscreen/dataset') as {
      entities: { id: string; sources: { id: string }[]; sourceIds: string[] }[];
      version: string;
    };
    const { entities } = loadDataset(packageDir);
    expect(built.entities.map((entity) => entity.id)).toEqual(entities.map((entity) => entity.id));
    for (const entity of built.entities) {
      expect(entity.sources.map((source) => source.id)).toEqual(entity.sourceIds);
    }
    const manifest = requireBuilt('@nkscreen/dataset/package.json') as { version: string };
    expect(built.version).toBe(manifest.version);
    expect(built).toMatchObject({
      datasetFingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      datasetVersion: expect.stringMatching(new RegExp(`^${manifest.version}(\\+[0-9a-f]{8})?$`)),
    });
  });

  it('loads the Node-side tools from the ./tools subpath', () => {
    const tools = requireBuilt('@nkscreen/dataset/tools');
    for (const name of ['loadDataset', 'validateDataset', 'formatIssues', 'toFollowTheMoney']) {
      expect(typeof tools[name]).toBe('function');
    }
  });

  it('imports nothing but its own files: no zod, papaparse or node built-ins reach the browser', () => {
    requireBuilt('@nkscreen/dataset');
    const seen = new Set<string>();
    const bare: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');
      for (const [, specifier = ''] of code.matchAll(
        /(?:from|import|require\()\s*["']([^"']+)["']/g,
      )) {
        if (specifier.startsWith('./')) visit(specifier.slice(2));
        else bare.push(`${file} → ${specifier}`);
      }
    };
    visit('index.js');
    visit('index.cjs');
    expect(bare).toEqual([]);
    expect(seen.size).toBeGreaterThan(2);
  });
});
