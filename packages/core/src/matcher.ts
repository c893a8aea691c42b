import { analyzeTokens, type Term } from './analyze.js';
import { bit, createWordLookup, findCandidates, type Candidate } from './candidates.js';
import { checkBand, checkOptionsObject, checkThreshold, invalidOption } from './check-options.js';
import { cjkCore, findCjkCores, isCoreWithoutPlace, widenCjkHit } from './cjk.js';
import { NkscreenError } from './errors.js';
import { explainAlignment, explanationText, round } from './explain.js';
import { checkContext, judgeContext, resolveContext, type ContextVerdict } from './context.js';
import { coveredBy, rankByEntity, resolveOverlaps, type Hit, type MatchBody } from './hits.js';
import { getLexicon } from './lexicon.js';
import { getFuzzyTables, type IndexAlias, type MatchIndex } from './match-index.js';
import { dedupeMentions, EXACT_SCORE, findNear, RIVAL_MARGIN } from './mentions.js';
import { CAPITAL, SCRIPT_MASK, tokenize, UPPER, type Token } from './normalize.js';
import { compareTerms, scoreAlias, type AliasScore } from './score.js';
import { streamTokens, tokenAt, type TokenStream } from './token-stream.js';
import type {
  Band,
  Match,
  Matcher,
  MatcherOptions,
  MatchNameOptions,
  ScanTextOptions,
  TextMatch,
} from './types.js';
import { defaultThresholds } from './thresholds.js';

/** A window cut from a longer query is worth slightly less than the whole query agreeing. */
const WINDOW_FACTOR = 0.97;
/** Beyond this many terms a name query is treated as text: only windows around anchors are scored. */
const MAX_WHOLE_QUERY_TERMS = 40;
/** A sibling whose words are all explained by a more specific sibling's match is pushed below review. */
const SIBLING_FACTOR = 0.8;
/** Tokens analysed on each side of a weak alias or romanised Hangul in text (longer than any of them plus context). */
const SCAN_REACH = 12;
/** What a context naming none of an entity's countries costs: a near-certain name stays a match, a doubtful one drops. */
const CONTRADICTION_PENALTY = 0.1;
/** Longest stretch of tokens analysed at once in text. */
const MAX_RANGE = 200;

/** A weak alias found in a query: the term positions it covers, and whether other entities share it. */
interface WeakFound {
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
const WEAK_ALONE = 0.9;
const WEAK_SHARED = 0.75;

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

function isIndex(value: unknown): value is MatchIndex {
  const index = value as Partial<MatchIndex> | null;
  return (
    typeof index === 'object' &&
    index !== null &&
    index.format === 'nkscreen-index' &&
    typeof index.lookups === 'object' &&
    typeof index.data === 'object'
  );
}

/**
 * Creates a matcher over a compiled index: `matchName` for one name, `scanText` for free text.
 *
 * @example
 * const matcher = createMatcher(compileIndex(entities));
 * matcher.matchName('KOREA NAMGANG TRADING CORP.')[0]?.band; // 'match'
 */
export function createMatcher(index: MatchIndex, options: MatcherOptions = {}): Matcher {
  if (!isIndex(index))
    throw new NkscreenError(
      'INVALID_INDEX',
      'createMatcher: expected an index from compileIndex or loadIndex',
    );
  checkOptionsObject(options, 'createMatcher');
  const matchThreshold = checkThreshold(
    options.matchThreshold,
    'matchThreshold',
    defaultThresholds.match,
  );
  const reviewThreshold = checkThreshold(
    options.reviewThreshold,
    'reviewThreshold',
    defaultThresholds.review,
  );
  if (reviewThreshold > matchThreshold)
    throw invalidOption('createMatcher: reviewThreshold must not exceed matchThreshold');

  const { data, lookups } = index;
  // Build the typo-tolerance tables now, so the matcher is ready when it is returned.
  getFuzzyTables(lookups);
  const lexicon = getLexicon();
  const triggers = lookups.triggers;
  // Words that can start a mention however they are written: trigger keys, and company words whose key is one.
  const hotWords = new Set<string>(triggers.keys);
  for (const [word, entry] of lexicon.words) {
    if (triggers.keys.has(entry.key) || triggers.keys.has(`#${entry.key}`)) hotWords.add(word);
  }
  const isNameWord = (word: string): boolean =>
    lookups.vocab.has(word) || lookup(word, true).length > 0;
  // In page text only capitalised words get typo-tolerant lookups, as in candidate generation.
  const isTextWord = (word: string, token: Token): boolean =>
    lookups.vocab.has(word) || ((token.capital || token.upper) && lookup(word, true).length > 0);
  const lookup = createWordLookup(lookups);
  const triggerLookup = createWordLookup(lookups, triggers.keys);
  const bandOf = (score: number): Band | null =>
    score >= matchThreshold ? 'match' : score >= reviewThreshold ? 'review' : null;
  /**
   * A hit whose evidence allows review at most (a word left alone after its place is dropped, a misspelt
   * short name) stays just below the match band unless the context corroborates its entity.
   */
  const ceilingOf = (hit: Hit, corroborated: (entity: number) => boolean): Hit =>
    hit.reviewOnly && hit.score >= matchThreshold && !corroborated(hit.entity)
      ? { ...hit, score: matchThreshold - 0.001 }
      : hit;

  /** Longest weak alias key, so joining words for multi-word weak aliases stops early. */
  let weakLength = 0;
  for (const key of lookups.weak.keys()) weakLength = Math.max(weakLength, key.length);
  /**
   * Every proper start of a weak alias written as words: a capitalised word in text that may begin one (White
   * Tiger…). Acronyms need none: they are single upper-case words.
   */
  const weakStarts = new Set<string>();
  for (const key of lookups.weakWords)
    for (let end = 3; end < key.length; end++) weakStarts.add(key.slice(0, end));

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
      for (let j = i + 1; j < terms.length && joined.length < weakLength; j++) {
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

  /** Aliases made only of common words (Construction Development Company), found once per alias. */
  const allGeneric = data.aliases.map((alias) =>
    alias.terms.every((t) => (t.kind !== 'anchor' || t.weight < 1) && t.kind !== 'number'),
  );

  /**
   * A name made only of common words is that name only when written in full and alone: every one of its words
   * present, and no distinctive word besides (Capital Development Authority is not Construction Development
   * Company, nor Department of Trade and Industry Liaoning China Trade Industry).
   */
  function writtenInFull(query: readonly Term[], aliasId: number, result: AliasScore): boolean {
    if (!allGeneric[aliasId]) return true;
    const alias = data.aliases[aliasId]!;
    const missing = result.unmatchedAlias.some((i) => {
      const kind = alias.terms[i]!.kind;
      return kind !== 'legal' && kind !== 'stop';
    });
    const extra = result.unmatchedQuery.some((i) => {
      const kind = query[i]!.kind;
      return kind === 'anchor' || kind === 'number' || kind === 'domain';
    });
    return !missing && !extra;
  }

  /** Grows a window around an anchor over words that belong to the alias (or bridge two that do). */
  function windowAround(
    source: string,
    terms: readonly Term[],
    anchor: number,
    alias: IndexAlias,
  ): [number, number] {
    // A window steps over "and", "of", "the" only for a name written with such words: over its own ones
    // (Department 53 of the Ministry of the People's Armed Forces), and over one other between two of its
    // words (General Corporation for External Construction of Korea). Otherwise two names side by side
    // (Yanbian Silverstar and Volasys Silverstar) would be read as one.
    const stopsInName = alias.terms.some((a) => a.kind === 'stop');
    const nameStop = (term: Term): boolean =>
      term.kind === 'stop' && alias.terms.some((a) => a.kind === 'stop' && a.text === term.text);
    const related = (term: Term): boolean =>
      term.kind === 'legal' ||
      nameStop(term) ||
      alias.terms.some(
        (a) =>
          compareTerms(term, a) !== null ||
          (a.text.length > term.text.length && a.text.includes(term.text)),
      );
    // A legal form or a name's "of" on the other side of a line break belongs to the neighbouring line (lists
    // print one name a line); the name's own words may still wrap onto the next line.
    const lineBreak = (left: Term, right: Term): boolean =>
      /[\n\r\u2028\u2029]/.test(source.slice(left.end, right.start));
    const gapOk = (left: Term, right: Term): boolean =>
      right.first - left.last <= 1 &&
      !(
        (left.kind === 'legal' ||
          left.kind === 'stop' ||
          right.kind === 'legal' ||
          right.kind === 'stop') &&
        lineBreak(left, right)
      );
    const reach = alias.terms.length + 3;
    let from = anchor;
    while (from > 0 && anchor - from < reach) {
      const prev = terms[from - 1]!;
      if (!gapOk(prev, terms[from]!)) break;
      if (
        related(prev) ||
        (prev.kind === 'stop' &&
          stopsInName &&
          from > 1 &&
          related(terms[from - 2]!) &&
          gapOk(terms[from - 2]!, prev))
      )
        from--;
      else break;
    }
    let to = anchor;
    while (to < terms.length - 1 && to - anchor < reach) {
      const next = terms[to + 1]!;
      if (!gapOk(terms[to]!, next)) break;
      if (related(next)) to++;
      else if (
        to + 2 < terms.length &&
        ((next.kind === 'stop' && stopsInName) || next.kind === 'generic') &&
        related(terms[to + 2]!) &&
        gapOk(next, terms[to + 2]!)
      )
        to += 2;
      else break;
    }
    while (from < anchor && terms[from]!.kind === 'stop') from++;
    while (to > anchor && terms[to]!.kind === 'stop') to--;
    return [from, to];
  }

  function matchFor(
    source: string,
    queryText: string,
    terms: readonly Term[],
    aliasId: number,
    result: AliasScore,
    acronymTerms: readonly Term[],
    final: number,
  ): MatchBody {
    const alias = data.aliases[aliasId]!;
    const entity = data.entities[alias.entity]!;
    const score = round(Math.min(1, final));
    return {
      entityId: entity.id,
      name: entity.name,
      matchedAlias: alias.text,
      band: bandOf(score) ?? 'review',
      score,
      explanation: explainAlignment(source, queryText, terms, alias, result, acronymTerms),
    };
  }

  /**
   * Scores the words `from`..`to` around an anchor strictly against one alias, without the unmatched words at
   * its edges (a legal form next to the name stays), and refuses it when the name runs on into the next word.
   */
  function scoreWindow(
    source: string,
    terms: readonly Term[],
    from: number,
    to: number,
    aliasId: number,
    inName: boolean,
  ): Hit | null {
    const alias = data.aliases[aliasId]!;
    let window = terms.slice(from, to + 1);
    let result = scoreAlias(window, alias.terms, { strict: true });
    let start = from;
    if (result && result.unmatchedQuery.length > 0) {
      const matched = coveredBy(result, 0);
      let first = Math.min(...matched);
      let last = Math.max(...matched);
      while (first > 0 && window[first - 1]!.kind === 'legal') first--;
      while (last < window.length - 1 && window[last + 1]!.kind === 'legal') last++;
      if (first > 0 || last < window.length - 1) {
        const trimmed = window.slice(first, last + 1);
        const retry = scoreAlias(trimmed, alias.terms, { strict: true });
        if (retry && retry.score > result.score) {
          window = trimmed;
          result = retry;
          start = from + first;
        }
      }
    }
    const end = start + window.length - 1;
    if (
      !result ||
      !writtenInFull(window, aliasId, result) ||
      continuesName(source, terms, start, end, inName)
    )
      return null;
    const scored = result;
    const mention = source.slice(window[0]!.start, window[window.length - 1]!.end);
    return {
      entity: alias.entity,
      aliasId,
      score: scored.score * (inName ? WINDOW_FACTOR : 1),
      reviewOnly: scored.reviewOnly,
      start,
      end,
      covered: coveredBy(scored, start),
      build: (final) =>
        matchFor(source, inName ? source : mention, window, aliasId, scored, [], final),
    };
  }

  function latinHits(
    source: string,
    terms: readonly Term[],
    wholeQuery: boolean,
    corroborated: (entity: number) => boolean = () => false,
  ): Hit[] {
    const hits: Hit[] = [];
    if (terms.length === 0) return hits;
    const acronyms = wholeQuery ? acronymsFor(terms, false) : new Map<number, WeakFound>();
    const candidates = findCandidates(terms, lookup, wholeQuery ? undefined : source);
    // Windows inside a name only help when it has words around the entity's name (invoice lines, titles).
    const longQuery = wholeQuery && meaningfulCount(terms) >= 4;
    const queryWords = wholeQuery ? describeQuery(terms) : EMPTY_QUERY_WORDS;
    for (const [aliasId, candidate] of candidates) {
      const anchors = candidate.anchors;
      const alias = data.aliases[aliasId]!;
      // Prune: even if every other word agreed, could the anchors found reach the review band? Query anchors
      // that reached this alias nowhere and resemble none of its words are extras the score must pay for.
      const anchorTotal = lookups.anchorWeight[aliasId]!;
      const other = lookups.otherWeight[aliasId]!;
      const reached = Math.min(candidate.reached, anchorTotal);
      const allAnchors = reached >= anchorTotal * 0.8 - 1e-9;
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
        let result = scoreAlias(terms, alias.terms, {
          strict: false,
          acronyms: acronymPositions ? new Set(acronymPositions) : undefined,
        });
        // An upper-case word may be the acronym or the name's own word (PAEKHO): the better reading wins,
        // so upper-case input scores as any other case.
        if (acronymPositions) {
          const plain = scoreAlias(terms, alias.terms, { strict: false });
          if (plain && (!result || plain.score >= result.score)) {
            result = plain;
            acronymPositions = undefined;
          }
        }
        const acronymTerms = (acronymPositions ?? []).map((i) => terms[i]!);
        if (result && !writtenInFull(terms, aliasId, result)) result = null;
        if (result && result.score >= reviewThreshold * 0.9) {
          const scored = result;
          best = {
            entity: alias.entity,
            aliasId,
            score: result.score,
            reviewOnly: result.reviewOnly,
            start: 0,
            end: terms.length - 1,
            covered: [...coveredBy(result, 0), ...(acronymPositions ?? [])],
            build: (final) => matchFor(source, source, terms, aliasId, scored, acronymTerms, final),
          };
        }
      }
      const seenWindows = new Set<number>();
      const needWindows = windowsPossible && (!best || !wholeQuery || hasCostlyExtras(terms, best));
      for (const anchor of needWindows ? anchors : []) {
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

  /**
   * Whether the words around a window carry on the same name ("China Silver Star Hotel"): a distinctive or
   * sector word joined to it by a space only, on a side the window does not close with a legal form. In page
   * text only capitalised neighbours count, since names are followed by ordinary words.
   */
  function continuesName(
    source: string,
    terms: readonly Term[],
    first: number,
    last: number,
    inName: boolean,
  ): boolean {
    const joins = (neighbour: Term | undefined, left: number, right: number): boolean =>
      neighbour !== undefined &&
      (neighbour.kind === 'anchor' || neighbour.kind === 'domain') &&
      (inName || neighbour.capital || neighbour.upper) &&
      /^[ \t\u00a0]+$/.test(source.slice(left, right));
    const before = terms[first - 1];
    const after = terms[last + 1];
    if (terms[first]!.kind !== 'legal' && before && joins(before, before.end, terms[first]!.start))
      return true;
    return (
      terms[last]!.kind !== 'legal' &&
      after !== undefined &&
      joins(after, terms[last]!.end, after.start)
    );
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
      build: (final) => acronymMatch(source, source, entity, first, last, final),
    };
  }

  function acronymMatch(
    source: string,
    queryText: string,
    entity: number,
    term: Term,
    lastTerm: Term,
    score: number,
  ): MatchBody {
    const record = data.entities[entity]!;
    const text = source.slice(term.start, lastTerm.end);
    const alignment = [
      { query: text, alias: text, op: 'synonym' as const, similarity: 1, weight: 1 },
    ];
    const unmatched = { query: [], alias: [] };
    const rounded = round(score);
    return {
      entityId: record.id,
      name: record.name,
      matchedAlias: text,
      band: bandOf(rounded) ?? 'review',
      score: rounded,
      explanation: {
        text: `${explanationText(queryText, text, [], unmatched)}: short form (weak alias) of ${record.name}`,
        alignment,
        unmatched,
      },
    };
  }

  function cjkMatch(queryText: string, aliasId: number, matched: string, score: number): MatchBody {
    const alias = data.aliases[aliasId]!;
    const entity = data.entities[alias.entity]!;
    const rounded = round(score);
    const alignment = [
      {
        query: matched,
        alias: alias.cjk ?? alias.text,
        op: 'script' as const,
        similarity: 1,
        weight: 1,
      },
    ];
    const unmatched = { query: [], alias: [] };
    return {
      entityId: entity.id,
      name: entity.name,
      matchedAlias: alias.text,
      band: bandOf(rounded) ?? 'review',
      score: rounded,
      explanation: {
        text: `${explanationText(queryText, alias.text, [], unmatched)}: ${matched} (script alias)`,
        alignment,
        unmatched,
      },
    };
  }

  /**
   * Judges the caller's context once per entity: a contradicting country lowers the score, and an entity that
   * requires context stays below the match band without corroboration.
   */
  function createJudge(
    options: { context?: unknown },
    where: string,
  ): {
    settle: (entity: number, score: number) => number;
    verdict: (entity: number) => ContextVerdict;
  } {
    const context = resolveContext(checkContext(options.context, where));
    const verdicts = new Map<number, ContextVerdict>();
    const verdict = (entity: number): ContextVerdict => {
      let found = verdicts.get(entity);
      if (!found) {
        found = judgeContext(data.entities[entity]!, context);
        verdicts.set(entity, found);
      }
      return found;
    };
    const settle = (entity: number, score: number): number => {
      const judged = verdict(entity);
      let settled = judged.status === 'contradicted' ? score - CONTRADICTION_PENALTY : score;
      if (judged.required && judged.status !== 'corroborated')
        settled = Math.min(settled, matchThreshold - 0.001);
      return settled;
    };
    return { settle, verdict };
  }

  function matchName(name: string, options: MatchNameOptions = {}): Match[] {
    if (typeof name !== 'string')
      throw new NkscreenError(
        'INVALID_INPUT',
        `matchName: expected a string, found ${typeof name}`,
      );
    checkOptionsObject(options, 'matchName');
    const minBand = checkBand(options.minBand, 'matchName');
    const judge = createJudge(options, 'matchName');
    const limit = options.limit ?? 5;
    if (!Number.isInteger(limit) || limit < 1)
      throw invalidOption(
        `matchName: limit must be a positive integer, found ${String(options.limit)}`,
      );

    const tokens = tokenize(name);
    const terms = analyzeTokens(tokens, lookups.dfGeneric, isNameWord);
    const hits = latinHits(
      name,
      terms,
      terms.length <= MAX_WHOLE_QUERY_TERMS,
      (entity) => judge.verdict(entity).status === 'corroborated',
    );

    const cjkText = tokens
      .filter((t) => t.script !== 'latin')
      .map((t) => t.text)
      .join('');
    if (cjkText.length >= 2 && lookups.cjk.size > 0) {
      const queryCore = cjkCore(cjkText);
      for (const found of findCjkCores(
        cjkText,
        lookups.cjk,
        lookups.cjkStarts,
        lookups.cjkMaxLength,
      )) {
        const ratio = found.core.length / Math.max(found.core.length, queryCore.length);
        for (const aliasId of lookups.cjk.get(found.core) ?? []) {
          const alias = data.aliases[aliasId]!;
          const whole = tokens.length === 1 && tokens[0]!.text === alias.text;
          const score = whole ? 1 : ratio >= 1 ? 0.98 : 0.8 + 0.15 * ratio;
          hits.push({
            entity: alias.entity,
            aliasId,
            score,
            reviewOnly: isCoreWithoutPlace(cjkText, found.core, alias.text),
            start: -1,
            end: -1,
            covered: [],
            build: (final) => cjkMatch(name, aliasId, found.core, final),
          });
        }
      }
    }

    const floor = minBand === 'match' ? matchThreshold : reviewThreshold;
    const corroborated = (entity: number) => judge.verdict(entity).status === 'corroborated';
    const ranked = demoteRivals(
      demoteSiblings(
        rankByEntity(
          hits
            .map((hit) => ceilingOf(hit, corroborated))
            .filter((hit) => hit.score >= reviewThreshold),
        ),
      ),
    );
    return ranked
      .map((hit) => ({ ...hit, score: judge.settle(hit.entity, hit.score) }))
      .filter((hit) => hit.score >= floor)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((hit) => ({ ...hit.build(hit.score), context: judge.verdict(hit.entity) }));
  }

  /**
   * When the name is a listed spelling (score ≥ 0.98), other entities that reach it only through typos or
   * romanisation are kept for review but not reported as matches.
   */
  function demoteRivals(ranked: Hit[]): Hit[] {
    const best = ranked[0];
    if (!best || best.score < EXACT_SCORE) return ranked;
    return ranked.map((hit) =>
      hit === best || best.score - hit.score <= RIVAL_MARGIN || hit.score < matchThreshold
        ? hit
        : {
            ...hit,
            score: Math.max(
              reviewThreshold,
              matchThreshold - 0.001 - (best.score - hit.score) / 10,
            ),
          },
    );
  }

  /**
   * Between siblings (MOP and MOPATS), the hit that explains strictly more of the query wins: the other is
   * demoted below it, so a name is not reported as both the parent and the more specific sibling.
   */
  function demoteSiblings(ranked: Hit[]): Hit[] {
    const demoted = ranked.map((hit) => {
      if (hit.covered.length === 0) return hit;
      const own = new Set(hit.covered);
      const wider = ranked.find(
        (other) =>
          other !== hit &&
          other.score >= reviewThreshold &&
          other.covered.length > own.size &&
          [...own].every((i) => other.covered.includes(i)),
      );
      return wider ? { ...hit, score: Math.min(hit.score, wider.score) * SIBLING_FACTOR } : hit;
    });
    return demoted.sort((a, b) => b.score - a.score);
  }

  /** Tokens to analyse on each side of a word reaching these postings: the longest reach of their aliases. */
  const reachOf = (postings: readonly number[]): number => {
    let reach = 0;
    for (let p = 0; p < postings.length; p += 2)
      reach = Math.max(reach, triggers.reach[postings[p]!]!);
    return reach;
  };

  /**
   * How far around a text token analysis must reach, or 0 when the token cannot start a mention: the cheap
   * pre-pass that keeps scanning linear and selective. Only words reaching a trigger key (the rarest keys of
   * each alias, see scan-triggers.ts) start analysis; weak aliases and romanised Hangul always do.
   */
  function hotReach(text: string, stream: TokenStream, i: number): number {
    const flag = stream.flags[i]!;
    const script = flag & SCRIPT_MASK;
    if (script === 2) return SCAN_REACH;
    if (script !== 0) return 0;
    const word = stream.texts[i]!;
    const hyphenNext =
      i + 1 < stream.texts.length &&
      stream.starts[i + 1]! - stream.ends[i]! === 1 &&
      text.charCodeAt(stream.ends[i]!) === 45;
    const upper = (flag & UPPER) !== 0;
    const capital = upper || (flag & CAPITAL) !== 0;
    // One lookup settles most words on a page: lower case, and neither a trigger nor a company word whose key
    // is one (a hyphenated split like Chin-yong still gets a look).
    if (!capital && !hyphenNext && !hotWords.has(word)) return 0;
    if (weakStarts.has(word)) return SCAN_REACH;
    const entry = lexicon.words.get(word);
    if (entry) {
      if (entry.kind === 'stop' || entry.kind === 'legal') return 0;
      let reach = reachOf(triggerLookup(word, false));
      if (entry.key !== word)
        reach = Math.max(
          reach,
          reachOf(triggerLookup(entry.key, false)),
          reachOf(triggerLookup(`#${entry.key}`, false)),
        );
      return reach;
    }
    if (!capital && !hyphenNext) return reachOf(triggerLookup(word, false));
    if ((upper || lookups.weakWords.has(word)) && lookups.weak.has(word)) return SCAN_REACH;
    const reach = reachOf(triggerLookup(word, capital && word.length >= 4));
    if (reach > 0) return reach;
    if (!capital || word.length > 6) return 0;
    let joined = word;
    for (let j = i + 1; j < Math.min(stream.texts.length, i + 3); j++) {
      const next = stream.texts[j]!;
      const nextFlag = stream.flags[j]!;
      if ((nextFlag & SCRIPT_MASK) !== 0 || next.length > 6) return 0;
      const hyphen =
        stream.starts[j]! - stream.ends[j - 1]! === 1 &&
        text.charCodeAt(stream.ends[j - 1]!) === 45;
      if ((nextFlag & (UPPER | CAPITAL)) === 0 && !hyphen) return 0;
      joined += next;
      if (joined.length >= 5) {
        const joinedReach = reachOf(triggerLookup(joined, true));
        if (joinedReach > 0) return joinedReach;
      }
    }
    return 0;
  }

  function scanText(text: string, options: ScanTextOptions = {}): TextMatch[] {
    if (typeof text !== 'string')
      throw new NkscreenError('INVALID_INPUT', `scanText: expected a string, found ${typeof text}`);
    checkOptionsObject(options, 'scanText');
    const minBand = checkBand(options.minBand, 'scanText');
    const judge = createJudge(options, 'scanText');
    const withContext = (body: MatchBody, entity: number): Match => ({
      ...body,
      context: judge.verdict(entity),
    });
    const floor = minBand === 'match' ? matchThreshold : reviewThreshold;
    const stream = streamTokens(text);
    const count = stream.texts.length;
    const found: TextMatch[] = [];
    const weakCandidates: { entity: number; first: Term; last: Term; shared: boolean }[] = [];

    // Only stretches of text around a possible anchor are analysed and scored.
    const scanRange = (from: number, to: number): void => {
      const tokens: Token[] = [];
      for (let k = from; k <= to; k++) tokens.push(tokenAt(stream, k));
      const terms = analyzeTokens(tokens, lookups.dfGeneric, isTextWord);
      const hits = latinHits(text, terms, false)
        .map((hit) => ceilingOf(hit, (entity) => judge.verdict(entity).status === 'corroborated'))
        .map((hit) => ({ ...hit, score: judge.settle(hit.entity, hit.score) }))
        .filter((hit) => hit.score >= floor);
      for (const hit of resolveOverlaps(hits)) {
        const span = { start: terms[hit.start]!.start, end: terms[hit.end]!.end };
        found.push({
          ...withContext(hit.build(hit.score), hit.entity),
          span: { ...span, text: text.slice(span.start, span.end) },
        });
      }
      for (const [entity, weak] of acronymsFor(terms, true))
        for (const [from, to] of weak.spans)
          weakCandidates.push({
            entity,
            first: terms[from]!,
            last: terms[to]!,
            shared: weak.shared,
          });
    };
    let rangeStart = -1;
    let rangeEnd = -1;
    for (let i = 0; i < count; i++) {
      const reach = hotReach(text, stream, i);
      if (reach === 0) continue;
      const from = Math.max(0, i - reach);
      const to = Math.min(count - 1, i + reach);
      // Ranges stay short so work per range is bounded; neighbours overlap and duplicates are merged later.
      if (rangeStart >= 0 && from <= rangeEnd + 1 && to - rangeStart <= MAX_RANGE) {
        rangeEnd = to;
        continue;
      }
      if (rangeStart >= 0) scanRange(rangeStart, rangeEnd);
      rangeStart = from;
      rangeEnd = to;
    }
    if (rangeStart >= 0) scanRange(rangeStart, rangeEnd);
    const fullMentions = [...found].sort((a, b) => a.span.start - b.span.start);

    // A weak alias in text is corroborated by a full mention of the same entity nearby, or by the context;
    // a multi-word one (Department 53) is otherwise reported for review, an acronym not at all.
    for (const { entity, first, last, shared } of weakCandidates) {
      const start = first.start;
      const end = last.end;
      const id = data.entities[entity]!.id;
      const evidence = findNear(fullMentions, start, (m) => m.entityId === id);
      if (evidence && start >= evidence.span.start && end <= evidence.span.end) continue;
      const corroborated = judge.verdict(entity).status === 'corroborated';
      if (!evidence && !corroborated && first === last) continue;
      const score = evidence
        ? Math.min(evidence.score, WEAK_ALONE)
        : judge.settle(entity, weakScore(shared, corroborated));
      const spanText = text.slice(start, end);
      const match = withContext(acronymMatch(text, spanText, entity, first, last, score), entity);
      if (match.score >= floor) found.push({ ...match, span: { start, end, text: spanText } });
    }
    if (lookups.cjk.size > 0) {
      for (let i = 0; i < count; i++) {
        if ((stream.flags[i]! & SCRIPT_MASK) === 0) continue;
        const token = tokenAt(stream, i);
        for (const hit of findCjkCores(
          token.text,
          lookups.cjk,
          lookups.cjkStarts,
          lookups.cjkMaxLength,
        )) {
          // A two-character core alone is too common; it needs a company word after it (남강 + 무역회사).
          const [from, to] = widenCjkHit(token.text, hit.from, hit.to);
          if (hit.core.length < 3 && to === hit.to) continue;
          const start = token.starts![from]!;
          const end = token.ends![to - 1]!;
          for (const aliasId of lookups.cjk.get(hit.core) ?? []) {
            const entity = data.aliases[aliasId]!.entity;
            const score = judge.settle(entity, hit.core.length >= 3 ? 0.95 : 0.86);
            if (score < floor) continue;
            found.push({
              ...withContext(cjkMatch(text.slice(start, end), aliasId, hit.core, score), entity),
              span: { start, end, text: text.slice(start, end) },
            });
          }
        }
      }
    }
    return dedupeMentions(found);
  }

  return { matchName, scanText };
}
