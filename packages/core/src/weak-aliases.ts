import type { Term } from './analyze.js';
import type { MatchBuilders } from './build-match.js';
import type { Hit } from './hits.js';
import type { MatcherContext } from './matcher-context.js';

/** A weak alias found in a query: the term positions it covers, and whether other entities share it. */
export interface WeakFound {
  positions: number[];
  shared: boolean;
  /** Term range of its first reading. */
  from: number;
  to: number;
  /** Term ranges of every reading (text may repeat it). */
  spans: [number, number][];
}

/**
 * A weak alias alone (an acronym, a short form) is not the entity: without corroboration it reaches review at
 * most. Corroboration is a context naming the entity's place, or in text a full mention of it nearby.
 */
export const WEAK_ALONE = 0.9;

const NON_LATIN = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const WEAK_SHARED = 0.75;

/** Weak aliases in a query (acronyms, short forms) and what one found alone may score. */
export function createWeakAliases(ctx: MatcherContext, builders: MatchBuilders) {
  const { lookups, matchThreshold, weakPrefixes } = ctx;
  const { acronymMatch } = builders;
  /**
   * Weak aliases written in the query, by entity: a one-word alias as a whole upper-case word (an acronym
   * such as NTC), a multi-word one (Department 53) as consecutive words in any case, or capitalised in text.
   */
  function acronymsFor(
    terms: readonly Term[],
    inText: boolean,
    anyCase = false,
  ): Map<number, WeakFound> {
    const byEntity = new Map<number, WeakFound>();
    const add = (key: string, from: number, to: number): void => {
      const owners = lookups.weak.get(key) ?? [];
      for (const entity of owners) {
        const found = byEntity.get(entity) ?? { positions: [], shared: false, from, to, spans: [] };
        found.spans.push([from, to]);
        for (let k = from; k <= to; k++) if (!found.positions.includes(k)) found.positions.push(k);
        found.shared ||= owners.length > 1;
        byEntity.set(entity, found);
      }
    };
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      // An acronym counts only written in capitals; a weak alias that is a word, as a capitalised word in
      // text and in any case in a name.
      if (term.upper || anyCase || (lookups.weakWords.has(term.text) && (!inText || term.capital)))
        add(term.text, i, i);
      let joined = term.text.replaceAll(' ', '');
      for (let j = i + 1; j < terms.length && weakPrefixes.has(joined); j++) {
        const next = terms[j]!;
        if (next.first !== terms[j - 1]!.last + 1) break;
        if (
          inText &&
          !(next.capital || next.upper || next.kind === 'number' || next.kind === 'stop')
        )
          break;
        if (inText && !(term.capital || term.upper)) break;
        joined += next.text.replaceAll(' ', '');
        add(joined, i, j);
      }
    }
    return byEntity;
  }

  /** Scores a weak alias found alone: capped below the match band unless `corroborated`. */
  function weakScore(shared: boolean, corroborated: boolean, extras = 0): number {
    const base = shared ? WEAK_SHARED : WEAK_ALONE;
    return (corroborated ? base : Math.min(base, matchThreshold - 0.001)) / (1 + extras);
  }

  function weakHit(
    source: string,
    terms: readonly Term[],
    entity: number,
    found: WeakFound,
    corroborated: boolean,
    extras: number,
  ): Hit {
    const first = terms[found.from]!;
    const last = terms[found.to]!;
    return {
      entity,
      aliasId: -1,
      score: weakScore(found.shared, corroborated, extras),
      start: found.from,
      end: found.to,
      covered: found.positions,
      build: (final) => acronymMatch(source, source, entity, first.start, last.end, final),
    };
  }

  /**
   * Weak aliases written in Hangul, Han or kana (南江貿易, 앨리스): their words are not romanised into terms, so
   * they are found as the whole of what is written, a name or a word of text.
   */
  const scriptWeak = new Map<string, number[]>();
  for (const [key, owners] of lookups.weak) if (NON_LATIN.test(key)) scriptWeak.set(key, owners);

  /**
   * The entities whose weak alias in another script is exactly `written`: its tokens' texts joined, as
   * compileIndex keys weak aliases.
   */
  const scriptWeakOwners = (written: string): readonly number[] => scriptWeak.get(written) ?? [];

  /** A name that is only a weak alias in another script: review at most unless the context corroborates it. */
  function scriptWeakHit(
    source: string,
    entity: number,
    shared: boolean,
    corroborated: boolean,
  ): Hit {
    return {
      entity,
      aliasId: -1,
      score: weakScore(shared, corroborated),
      start: -1,
      end: -1,
      covered: [],
      build: (final) => acronymMatch(source, source, entity, 0, source.length, final),
    };
  }

  return { acronymsFor, weakScore, weakHit, scriptWeakOwners, scriptWeakHit };
}

export type WeakAliases = ReturnType<typeof createWeakAliases>;
