import { readFileSync } from 'node:fs';
import { entities as datasetEntities } from '@nkscreen/dataset';
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../src/compile-index.js';
import { createMatcher } from '../src/matcher.js';
import { FIXTURE_ENTITIES } from '../src/test-fixtures.js';
// The benchmark's seeded generator (mulberry32): the same pages every run.
import { createRandom } from '../bench/prng.mjs';
import type { IndexEntity, TextMatch } from '../src/types.js';

const readNames = (file: string): string[] =>
  readFileSync(new URL(`../eval/fixtures/npm-names/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length >= 3 && !line.startsWith('#'));

describe('scanText with the selective pre-pass', () => {
  // The dataset's entities, the fixture entities and 4,000 real company names from the committed npm lists are
  // indexed; the rest of the lists are names nobody listed. Pages are built from both, with listed spellings written as analysts and shops do.
  const brands = readNames('name-suggestion-index.txt');
  const companies = readNames('cspell-dict-companies.txt');
  const indexed: IndexEntity[] = [
    ...datasetEntities,
    ...FIXTURE_ENTITIES,
    ...brands.slice(0, 4000).map((name, i) => ({ id: `brand-${i}`, name })),
  ];
  const unlisted = [...brands.slice(4000, 8000), ...companies];
  const listedSpellings = [
    ...[...datasetEntities, ...FIXTURE_ENTITIES].flatMap((e) => [
      e.name,
      ...(e.aliases ?? []),
      ...(e.weakAliases ?? []),
    ]),
    ...brands.slice(0, 4000),
  ];
  const random = createRandom(20261205);
  const pick = <T>(list: readonly T[]): T => list[random.int(list.length)]!;
  const shapes = [
    (name: string) => `Sold by ${name} and shipped from the warehouse.`,
    (name: string) => `${name.toUpperCase()} LTD, invoice 2291-${random.int(999)}`,
    (name: string) => `Supplier: ${name} Co., Ltd. | Visit the ${name} store`,
    (name: string) => `customers who bought from ${name.toLowerCase()} also viewed`,
    (name: string) => `${name}`,
  ];
  // Pages short enough (about 150 words) that the reference analyses each one as a single stretch of text.
  const pages = Array.from({ length: 200 }, () =>
    Array.from({ length: 12 }, () =>
      pick(shapes)(random.int(3) === 0 ? pick(listedSpellings) : pick(unlisted)),
    ).join(random.int(2) === 0 ? '\n' : ' '),
  );
  const summary = (matches: TextMatch[]) =>
    matches.map((m) => `${m.entityId} ${m.span.start}-${m.span.end} ${m.score} ${m.band}`);

  it('finds exactly what analysing around every indexed word finds', () => {
    const index = compileIndex(indexed);
    const selective = createMatcher(index);
    // The reference: the same index with every key a trigger and a reach longer than any page, so each page
    // that names anything is analysed whole.
    const everyKey = compileIndex(indexed);
    everyKey.lookups.triggers = {
      keys: new Set(everyKey.lookups.vocab.keys()),
      reach: new Int32Array(everyKey.data.aliases.length).fill(1000),
    };
    const thorough = createMatcher(everyKey);
    let mentions = 0;
    for (const page of pages) {
      const expected = summary(thorough.scanText(page));
      mentions += expected.length;
      expect(summary(selective.scanText(page))).toEqual(expected);
    }
    // The pages name listed companies: the comparison is over real hits, not empty lists.
    expect(mentions).toBeGreaterThan(200);
  });
});
