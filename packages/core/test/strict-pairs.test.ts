// The property the scan relies on when it refuses a window early (src/strict-pairs.ts): a window refused there is one
// a strict score refuses too, so refusing it early loses nothing. Checked on material nobody here wrote for the
// purpose: the evaluation's queries (press spellings, typos, split and merged names, names inside sentences).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTokens } from '../src/analyze.js';
import { compileIndex } from '../src/compile-index.js';
import { tokenize } from '../src/normalize.js';
import { scoreAlias } from '../src/score.js';
import { canPairStrictly } from '../src/strict-pairs.js';

const fixture = (name: string) => new URL(`../eval/fixtures/${name}`, import.meta.url);

describe('canPairStrictly on the evaluation queries', () => {
  // Windows of every length up to the alias's own and three more, at every position of every query, for every
  // alias of the evaluation's entities.
  it('never refuses a window that a strict score accepts', () => {
    const entities = (
      JSON.parse(readFileSync(fixture('entities.json'), 'utf8')) as {
        entities: { canonical: string; aliases: string[] }[];
      }
    ).entities.map((e, i) => ({ id: `e${i}`, name: e.canonical, aliases: e.aliases }));
    const evalIndex = compileIndex(entities);
    const queries = ['names-dev.jsonl', 'press-variants.jsonl'].flatMap((name) =>
      readFileSync(fixture(name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { query: string }).query),
    );
    let accepted = 0;
    let refused = 0;
    for (const query of queries) {
      const terms = analyzeTokens(tokenize(query), evalIndex.lookups.dfGeneric);
      for (const alias of evalIndex.data.aliases)
        for (let from = 0; from < terms.length; from++)
          for (let to = from; to < Math.min(terms.length, from + alias.terms.length + 3); to++) {
            const scored = scoreAlias(terms.slice(from, to + 1), alias.terms, { strict: true });
            const possible = canPairStrictly(terms, from, to, alias.terms);
            if (scored) accepted++;
            if (!possible) refused++;
            if (scored) expect(possible, `${alias.text} / ${query} [${from}, ${to}]`).toBe(true);
          }
    }
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(accepted);
  });
});
