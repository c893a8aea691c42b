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

  const selective = createMatcher(compileIndex(indexed));
  // The reference: the same index with every key a trigger and a reach longer than any page, so each page
  // that names anything is analysed whole.
  const everyKey = compileIndex(indexed);
  everyKey.lookups.triggers = {
    keys: new Set(everyKey.lookups.vocab.keys()),
    reach: new Int32Array(everyKey.data.aliases.length).fill(1000),
  };
  const thorough = createMatcher(everyKey);

  it('finds exactly what analysing around every indexed word finds', () => {
    let mentions = 0;
    for (const page of pages) {
      const expected = summary(thorough.scanText(page));
      mentions += expected.length;
      expect(summary(selective.scanText(page))).toEqual(expected);
    }
    // The pages name listed companies: the comparison is over real hits, not empty lists.
    expect(mentions).toBeGreaterThan(200);
  });

  it('finds exactly that on long pages too, which it analyses in many stretches', () => {
    // Pages of 300 sentences (thousands of words, dense with names), far longer than one analysed stretch. The
    // reference reads each page in windows of 16 sentences, 8 apart, each read whole; a window vouches for the
    // mentions in its middle 8 sentences, which have 4 sentences of context on each side, and the middles tile
    // the page.
    // Most sentences name a listed company, so stretches run into their length limit and are cut mid-page.
    // Navigation-like runs of capitalised names (Amazon Devices Amazon Global Store) put a name's neighbours
    // right at its edges, where a stretch cut without them would read it differently.
    const run = (name: string) =>
      `${pick(unlisted)} ${name} ${pick(unlisted)} ${pick(listedSpellings)}`;
    const sentence = () =>
      [...shapes, run][random.int(shapes.length + 1)]!(
        random.int(4) !== 0 ? pick(listedSpellings) : pick(unlisted),
      );
    const WINDOW = 16;
    let mentions = 0;
    for (let page = 0; page < 6; page++) {
      const sentences = Array.from({ length: 300 }, sentence);
      const text = sentences.join(' ');
      const startOf: number[] = [];
      let at = 0;
      for (const s of sentences) {
        startOf.push(at);
        at += s.length + 1;
      }
      startOf.push(at);
      const expected = new Set<string>();
      for (let first = -WINDOW / 2; first < sentences.length; first += WINDOW / 2) {
        const from = Math.max(0, first);
        const to = Math.min(sentences.length, first + WINDOW);
        const offset = startOf[from]!;
        const middle = [
          startOf[Math.max(0, first + WINDOW / 4)]!,
          startOf[Math.min(sentences.length, first + (3 * WINDOW) / 4)]!,
        ];
        for (const m of thorough.scanText(sentences.slice(from, to).join(' '))) {
          const start = m.span.start + offset;
          if (start >= middle[0]! && start < middle[1]!)
            expected.add(
              summary([{ ...m, span: { ...m.span, start, end: m.span.end + offset } }])[0]!,
            );
        }
      }
      const got = summary(selective.scanText(text));
      mentions += got.length;
      expect(new Set(got)).toEqual(expected);
    }
    expect(mentions).toBeGreaterThan(300);
  }, 120000);
});
