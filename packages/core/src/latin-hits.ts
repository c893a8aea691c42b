import type { Term } from './analyze.js';
import type { MatchBuilders } from './build-match.js';
import {
  bit,
  findCandidates,
  MAX_SPLIT_RUN,
  reachedBetween,
  type Candidate,
} from './candidates.js';
import { coveredBy, type Hit } from './hits.js';
import { hanOf } from './han-parts.js';
import type { IndexAlias } from './match-index.js';
import type { MatcherContext } from './matcher-context.js';
import { EXACT_SCORE } from './mentions.js';
import { ANCHOR_SHARE } from './scan-triggers.js';
import { compareTerms, scoreAlias } from './score.js';
import type { WeakAliases, WeakFound } from './weak-aliases.js';
import { windowReach, type Windows } from './windows.js';

interface QueryWords {
  keys: ReadonlySet<string>;
  hasLegal: boolean;
}
const EMPTY_QUERY_WORDS: QueryWords = { keys: new Set(), hasLegal: false };

function describeQuery(terms: readonly Term[]): QueryWords {
  const keys = new Set<string>();
  let hasLegal = false;
  for (const term of terms) {
    if (term.kind === 'legal') hasLegal = true;
    keys.add(term.key);
    keys.add(term.text);
  }
  return { keys, hasLegal };
}

/** The candidates and score stages for words: every alias a query reaches, scored whole or in windows. */
export function createLatinHits(
  ctx: MatcherContext,
  builders: MatchBuilders,
  weak: WeakAliases,
  windows: Windows,
) {
  const { data, lookups, lookup, reviewThreshold } = ctx;
  const { matchFor } = builders;
  const { acronymsFor, weakScore, weakHit } = weak;
  const { writtenInFull, windowAround, scoreWindow } = windows;
  /**
   * The anchor weight an alias must be reached by to pass the first test below: in text, the anchor share its
   * windows need; in a name, the less of that and what the whole-query test needs.
   */
  const neededInText = (aliasId: number): number => lookups.anchorWeight[aliasId]! * ANCHOR_SHARE;
  const neededInName = (aliasId: number): number => {
    const anchorTotal = lookups.anchorWeight[aliasId]!;
    const other = lookups.otherWeight[aliasId]!;
    return Math.min(
      anchorTotal * ANCHOR_SHARE,
      reviewThreshold * 0.95 * (anchorTotal + other) - other,
    );
  };

  function latinHits(
    source: string,
    terms: readonly Term[],
    wholeQuery: boolean,
    corroborated: (entity: number) => boolean = () => false,
  ): Hit[] {
    const hits: Hit[] = [];
    if (terms.length === 0) return hits;
    const acronyms = wholeQuery ? acronymsFor(terms, false) : new Map<number, WeakFound>();
    const candidates = wholeQuery
      ? findCandidates(terms, lookup, undefined, neededInName)
      : findCandidates(terms, lookup, source, neededInText);
    // Windows inside a name only help when it has words around the entity's name (invoice lines, titles).
    const longQuery = wholeQuery && meaningfulCount(terms) >= 4;
    const queryWords = wholeQuery ? describeQuery(terms) : EMPTY_QUERY_WORDS;
    // The query's Han, read once and only when a mixed-script alias asks for it.
    let queryHan: string | undefined;
    for (const [aliasId, candidate] of candidates) {
      const anchors = candidate.anchors;
      const alias = data.aliases[aliasId]!;
      // Prune: even if every other word agreed, could the anchors found reach the review band? Query anchors
      // that reached this alias nowhere and resemble none of its words are extras the score must pay for.
      const anchorTotal = lookups.anchorWeight[aliasId]!;
      const other = lookups.otherWeight[aliasId]!;
      const reached = Math.min(candidate.reached, anchorTotal);
      const allAnchors = reached >= anchorTotal * ANCHOR_SHARE - 1e-9;
      const wholeQueryPossible =
        wholeQuery &&
        (reached + other) / (anchorTotal + other) >= reviewThreshold * 0.95 &&
        wholeQueryBound(terms, queryWords, alias, candidate, reached, anchorTotal) >=
          reviewThreshold * 0.95;
      const windowsPossible = allAnchors && (!wholeQuery || longQuery);
      if (!wholeQueryPossible && !windowsPossible) continue;
      let acronymPositions = acronyms.get(alias.entity)?.positions;
      let best: Hit | undefined;
      if (wholeQueryPossible) {
        const trade = data.entities[alias.entity]!.trade;
        let result = scoreAlias(terms, alias.terms, {
          strict: false,
          acronyms: acronymPositions ? new Set(acronymPositions) : undefined,
          trade,
        });
        // An upper-case word may be the acronym or the name's own word (PAEKHO): the better reading wins,
        // so upper-case input scores as any other case.
        if (acronymPositions) {
          const plain = scoreAlias(terms, alias.terms, { strict: false, trade });
          if (plain && (!result || plain.score >= result.score)) {
            result = plain;
            acronymPositions = undefined;
          }
        }
        const acronymTerms = (acronymPositions ?? []).map((i) => terms[i]!);
        if (result && !writtenInFull(terms, aliasId, result)) result = null;
        if (result && result.score >= reviewThreshold * 0.9) {
          const scored = result;
          const hanParts = ctx.hanParts[aliasId];
          best = {
            entity: alias.entity,
            aliasId,
            score: result.score,
            // A mixed-script alias read from its Latin words alone lacks what makes it the listed name.
            reviewOnly:
              result.reviewOnly ||
              (hanParts !== undefined &&
                (queryHan ??= hanOf(source)) !== hanParts.before + hanParts.after),
            start: 0,
            end: terms.length - 1,
            covered: [...coveredBy(result, 0), ...(acronymPositions ?? [])],
            build: (final) => matchFor(source, source, terms, aliasId, scored, acronymTerms, final),
          };
        }
      }
      const seenWindows = new Set<number>();
      const needWindows = windowsPossible && (!best || !wholeQuery || hasCostlyExtras(terms, best));
      const reach = windowReach(alias);
      for (const anchor of needWindows ? anchors : []) {
        // A window holds the terms within its reach of the anchor: the words found for the alias there must
        // carry its anchor share on their own (a split name looked up from its first word starts a little before).
        const near = reachedBetween(candidate, anchor - reach - MAX_SPLIT_RUN, anchor + reach + 1);
        if (Math.min(near, anchorTotal) < anchorTotal * ANCHOR_SHARE - 1e-9) continue;
        const [from, to] = windowAround(source, terms, anchor, alias);
        if (wholeQuery && from === 0 && to === terms.length - 1) continue;
        const key = from * 100003 + to;
        if (seenWindows.has(key)) continue;
        seenWindows.add(key);
        const hit = scoreWindow(source, terms, from, to, aliasId, wholeQuery);
        if (!hit) continue;
        // Text may mention an entity many times: every window counts; a name gets its best reading.
        if (!wholeQuery) hits.push(hit);
        else if (!best || hit.score > best.score) best = hit;
      }
      if (best) hits.push(best);
    }
    // A weak alias on its own (MOPATS, Department 53), when nothing else is said: review at most unless the
    // context corroborates the entity.
    if (wholeQuery) {
      const meaningful = terms.filter((t) => t.kind !== 'legal' && t.kind !== 'stop');
      // A weak alias that is also a word of the name (Paekho) is still only the weak alias when it is all
      // the query says, in any case; a listed spelling that happens to contain it (Saenal Trading
      // Corporation) is not capped.
      for (const [entity, found] of acronymsFor(terms, false, true)) {
        if (!meaningful.every((t) => found.positions.includes(terms.indexOf(t)))) continue;
        const cap = weakScore(found.shared, corroborated(entity));
        const longer = found.positions.length < terms.length;
        for (let h = 0; h < hits.length; h++) {
          const hit = hits[h]!;
          if (hit.entity === entity && hit.score > cap && !(hit.score >= EXACT_SCORE && longer))
            hits[h] = { ...hit, score: cap };
        }
      }
      for (const [entity, found] of acronyms) {
        if (hits.some((h) => h.entity === entity)) continue;
        const extras =
          meaningful.length - found.positions.filter((i) => meaningful.includes(terms[i]!)).length;
        hits.push(weakHit(source, terms, entity, found, corroborated(entity), extras));
      }
    }
    return hits;
  }

  /**
   * The best score an alias could still reach against the whole query: its anchors as far as they were
   * reached, its other words matched only where the query has a word with the same key (or an unexplained
   * word that might be that word misspelt), and query anchors that resemble nothing in the alias as extras.
   */
  function wholeQueryBound(
    terms: readonly Term[],
    words: QueryWords,
    alias: IndexAlias,
    candidate: Candidate,
    reached: number,
    anchorTotal: number,
  ): number {
    let extras = 0;
    let spare = 0;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      if ((term.kind !== 'anchor' && term.kind !== 'number') || (candidate.covered & bit(i)) !== 0)
        continue;
      if (alias.terms.some((a) => compareTerms(term, a) !== null)) spare++;
      else extras += term.weight;
    }
    let matched = reached;
    let denominator = anchorTotal + extras;
    for (const a of alias.terms) {
      if (a.kind === 'anchor' || a.kind === 'number' || a.kind === 'stop') continue;
      if (a.kind === 'legal') {
        if (words.hasLegal) {
          matched += a.weight;
          denominator += a.weight;
        }
      } else if (words.keys.has(a.key) || words.keys.has(a.text)) {
        matched += a.weight;
        denominator += a.weight;
      } else if (spare > 0) {
        spare--;
        matched += a.weight;
        denominator += a.weight;
      } else {
        denominator += a.weight * 0.5;
      }
    }
    return denominator > 0 ? matched / denominator : 0;
  }

  function meaningfulCount(terms: readonly Term[]): number {
    let count = 0;
    for (const term of terms) if (term.kind !== 'stop' && term.kind !== 'legal') count++;
    return count;
  }

  /** Whether leaving out some query words could raise the score (they cost as extras). */
  function hasCostlyExtras(terms: readonly Term[], hit: Hit): boolean {
    const covered = new Set(hit.covered);
    return terms.some(
      (t, i) =>
        !covered.has(i) && (t.kind === 'anchor' || t.kind === 'number' || t.kind === 'domain'),
    );
  }

  return latinHits;
}

export type LatinHits = ReturnType<typeof createLatinHits>;
