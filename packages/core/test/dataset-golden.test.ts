// Golden check of the matcher against the real dataset: every listed spelling must find its own row, and no
// row may shadow another. A failure here means a user typing a listed name would see the wrong entity.
import { entities } from '@nkscreen/dataset';
import { describe, expect, it } from 'vitest';
import { compileIndex, createMatcher, normalizeName, type MatchContext } from '../src/index.js';

const matcher = createMatcher(compileIndex(entities));

/** The context a row requires, as a caller that knows it would pass it (dataset `country:RU`, `city:X`). */
function requiredContext(requires: readonly string[]): MatchContext | undefined {
  if (requires.length === 0) return undefined;
  const values = (kind: string) =>
    requires
      .filter((item) => item.startsWith(`${kind}:`))
      .map((item) => item.slice(kind.length + 1));
  return { countries: values('country'), cities: values('city') };
}

/** Every strong spelling of a row: the listed name and its aliases (acronyms are checked separately). */
const spellings = entities.flatMap((entity) =>
  [entity.name, ...entity.aliases].map((spelling) => ({
    id: entity.id,
    spelling,
    context: requiredContext(entity.requires),
  })),
);
const acronyms = entities.flatMap((entity) =>
  entity.weakAliases.map((acronym) => ({ id: entity.id, acronym })),
);
/** Rows that list the same acronym may both answer it. */
const acronymOwners = new Map<string, Set<string>>();
for (const { id, acronym } of acronyms) {
  acronymOwners.set(acronym, (acronymOwners.get(acronym) ?? new Set()).add(id));
}

/** A sentence around the name whose other words belong to no entity. */
const sentence = (name: string) => ({
  text: `Records name ${name} as the counterparty.`,
  start: 'Records name '.length,
  end: 'Records name '.length + name.length,
});

describe('the dataset', () => {
  it('has rows to check', () => {
    expect(entities.length).toBeGreaterThan(0);
  });

  it('gives no two rows the same normalised name or alias', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const { id, spelling } of spellings) {
      const key = normalizeName(spelling);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== id) clashes.push(`${spelling}: ${owner} and ${id}`);
      owners.set(key, id);
    }
    expect(clashes).toEqual([]);
  });
});

const knownScanMisses = new Set(['Patisen S.A.']);

describe.each(spellings)('the listed spelling “$spelling” ($id)', ({ id, spelling, context }) => {
  it('finds its own row as the top result, in the match band with the context it requires', () => {
    const [top] = matcher.matchName(spelling, { context });
    expect(top).toMatchObject({ entityId: id, band: 'match' });
  });

  it('without the context it requires, is its own row at review at most', () => {
    const [top] = matcher.matchName(spelling);
    expect(top).toMatchObject({ entityId: id, band: context ? 'review' : 'match' });
  });

  it('is not tied by another row in the match band', () => {
    const results = matcher.matchName(spelling, { limit: 10, minBand: 'match', context });
    const own = results.find((m) => m.entityId === id);
    const rivals = results.filter((m) => m.entityId !== id && m.score >= (own?.score ?? 0));
    expect(rivals.map((m) => `${m.entityId} ${m.score}`)).toEqual([]);
  });

  // Known gaps, recorded so that a fix flips these to passing and the list must shrink: in free text the
  // scanner misses a lone short name before a bare legal form ("Patisen S.A."; Crist SA and Nauta SA are found
  // through their weak alias once the required country is in the context).
  const scanIt = knownScanMisses.has(spelling) ? it.fails : it;
  scanIt('is found in free text as a mention of its own row', () => {
    const { text, start, end } = sentence(spelling);
    const onName = matcher
      .scanText(text, { context })
      .filter((m) => m.span.start < end && m.span.end > start)
      .sort((a, b) => b.score - a.score);
    expect(onName[0]).toMatchObject({ entityId: id, band: 'match' });
  });
});

// Acronyms are weak evidence: a bare one need not match at all (in free text it must not, without context),
// but when a name query returns something it must be a row that lists the acronym.
describe.runIf(acronyms.length > 0).each(acronyms)(
  'the acronym “$acronym” ($id)',
  ({ acronym }) => {
    it('never points a name query at a row that does not list it', () => {
      const [top] = matcher.matchName(acronym);
      if (top !== undefined) expect(acronymOwners.get(acronym)).toContain(top.entityId);
    });
  },
);
