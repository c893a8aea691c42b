import { analyzeTokens } from './analyze.js';
import { checkBand, checkOptionsObject } from './check-options.js';
import { findCjkCores, widenCjkHit } from './cjk.js';
import { NkscreenError } from './errors.js';
import { forEachScanRange } from './scan-ranges.js';
import { resolveOverlaps, type MatchBody } from './hits.js';
import { createJudge } from './judge.js';
import type { MatcherStages } from './matcher-context.js';
import { dedupeMentions, findNear } from './mentions.js';
import { CAPITAL, SCRIPT_MASK, UPPER, type Token } from './normalize.js';
import { streamTokens, tokenAt, type TokenStream } from './token-stream.js';
import type { Match, ScanTextOptions, TextMatch } from './types.js';
import { WEAK_ALONE } from './weak-aliases.js';

/** Tokens analysed on each side of a weak alias or romanised Hangul in text (longer than any of them plus context). */
const SCAN_REACH = 12;

/** `scanText`: mentions in free text, found by a selective pre-pass and analysed in short ranges. */
export function createScanText({ ctx, builders, weak, latinHits }: MatcherStages) {
  const { data, lookups, lexicon, matchThreshold, reviewThreshold, triggerLookup } = ctx;
  const { isTextWord, ceilingOf, hotWords, weakStarts } = ctx;
  const { acronymMatch, cjkMatch } = builders;
  const { acronymsFor, weakScore } = weak;
  const triggers = lookups.triggers;
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
    const judge = createJudge(ctx, options, 'scanText');
    const withContext = (body: MatchBody, entity: number): Match => ({
      ...body,
      context: judge.verdict(entity),
    });
    const floor = minBand === 'match' ? matchThreshold : reviewThreshold;
    const stream = streamTokens(text);
    const count = stream.texts.length;
    const found: TextMatch[] = [];
    /** Weak aliases seen in the text: where, whether one word, whether other entities share them. */
    const weakCandidates: {
      entity: number;
      start: number;
      end: number;
      single: boolean;
      shared: boolean;
    }[] = [];

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
            start: terms[from]!.start,
            end: terms[to]!.end,
            single: from === to,
            shared: weak.shared,
          });
    };
    forEachScanRange(count, (i) => hotReach(text, stream, i), scanRange);
    // One pass over the Hangul, Han and kana words: a weak alias in another script is one word of text (앨리스,
    // 南江貿易) — like a one-word weak alias, reported only beside a full mention of its entity or with a
    // corroborating context — and script aliases are found inside unspaced runs.
    for (let i = 0; i < count; i++) {
      if ((stream.flags[i]! & SCRIPT_MASK) === 0) continue;
      const owners = weak.scriptWeakOwners(stream.texts[i]!);
      for (const entity of owners)
        weakCandidates.push({
          entity,
          start: stream.starts[i]!,
          end: stream.ends[i]!,
          single: true,
          shared: owners.length > 1,
        });
      if (lookups.cjk.size === 0) continue;
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
    const fullMentions = [...found].sort((a, b) => a.span.start - b.span.start);

    // A weak alias in text is corroborated by a full mention of the same entity nearby, or by the context;
    // a multi-word one (Department 53) is otherwise reported for review, an acronym not at all.
    for (const { entity, start, end, single, shared } of weakCandidates) {
      const id = data.entities[entity]!.id;
      const evidence = findNear(fullMentions, start, (m) => m.entityId === id);
      if (evidence && start >= evidence.span.start && end <= evidence.span.end) continue;
      const corroborated = judge.verdict(entity).status === 'corroborated';
      if (!evidence && !corroborated && single) continue;
      const score = evidence
        ? Math.min(evidence.score, WEAK_ALONE)
        : judge.settle(entity, weakScore(shared, corroborated));
      const spanText = text.slice(start, end);
      const match = withContext(acronymMatch(text, spanText, entity, start, end, score), entity);
      if (match.score >= floor) found.push({ ...match, span: { start, end, text: spanText } });
    }
    return dedupeMentions(found);
  }

  return scanText;
}
