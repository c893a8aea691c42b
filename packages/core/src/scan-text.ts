import { analyzeTokens, type Term } from './analyze.js';
import { checkBand, checkOptionsObject } from './check-options.js';
import { findCjkCores, widenCjkHit } from './cjk.js';
import { writesHanParts } from './han-parts.js';
import { NkscreenError } from './errors.js';
import { resolveOverlaps, type Hit, type MatchBody } from './hits.js';
import { createJudge } from './judge.js';
import type { MatcherStages } from './matcher-context.js';
import { dedupeMentions, findNear } from './mentions.js';
import { SCRIPT_MASK, type Token } from './normalize.js';
import { forEachScanRange } from './scan-ranges.js';
import { createScanSeeds } from './scan-seeds.js';
import { streamTokens, tokenAt } from './token-stream.js';
import type { Match, ScanTextOptions, TextMatch } from './types.js';
import { WEAK_ALONE } from './weak-aliases.js';

/**
 * Words of text read on each side of an analysed stretch, for context only: a name's neighbours show whether it
 * runs on. A stretch already reaches four words past its longest alias (scan-triggers.ts), so these words only
 * complete the neighbour of a mention at its edge (a hyphenated pair, a two-word phrase). With none, the long-page
 * spec finds mentions cut at a stretch's edge; one word is enough there and on the bench corpus at every index
 * size, and two leave a word of slack. Each word here is analysed once more per stretch.
 */
const RANGE_CONTEXT = 2;

/** `scanText`: mentions in free text, found by a selective pre-pass and analysed in short ranges. */
export function createScanText({ ctx, builders, weak, latinHits }: MatcherStages) {
  const { data, lookups, matchThreshold, reviewThreshold, isTextWord, ceilingOf } = ctx;
  const { acronymMatch, cjkMatch } = builders;
  const { acronymsFor, weakScore } = weak;
  const seedsOf = createScanSeeds(ctx);

  /**
   * A one-word mention must be written as a name: in running text a proper name is capitalised, so "superior
   * quality" and "muy bueno" are not the listed SUPERIOR or BUENO (real OFAC SDN aliases). A name the list itself
   * writes in lower case (adidas) may be written so; longer mentions and other scripts are not affected.
   */
  const writtenAsName = (text: string, terms: readonly Term[], hit: Hit): boolean => {
    const term = terms[hit.start]!;
    if (hit.end !== hit.start || term.first !== term.last || term.capital || term.upper)
      return true;
    if (term.fromHangul || !/\p{Ll}/u.test(text.slice(term.start, term.end))) return true;
    const listed = data.aliases[hit.aliasId]!.text;
    return listed === listed.toLowerCase();
  };

  /**
   * Whether a hit is one Latin word read from a mixed-script alias without its Han (Namgang from 朝鲜Namgang外贸公司):
   * alone in running text that word is as weak as a one-word weak alias (the Namgang is also a river in Jinju), so
   * it is reported only beside a full mention of its entity or with a corroborating context.
   */
  const readsOneLatinWord = (text: string, terms: readonly Term[], hit: Hit): boolean => {
    const term = terms[hit.start]!;
    const hanParts = ctx.hanParts[hit.aliasId];
    return (
      hit.end === hit.start &&
      term.first === term.last &&
      hanParts !== undefined &&
      !writesHanParts(text, term.start, term.end, hanParts)
    );
  };

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
    /** One-word Latin readings of mixed-script aliases: reported like one-word weak aliases, after the full mentions. */
    const partial: TextMatch[] = [];
    /** Weak aliases seen in the text: where, whether one word, whether other entities share them. */
    const weakCandidates: {
      entity: number;
      start: number;
      end: number;
      single: boolean;
      shared: boolean;
    }[] = [];

    // Only stretches of text around a possible anchor are analysed and scored. Each is read with a few words of
    // the text around it, so a word at its edge still has its neighbours (OEKO-TEX STANDARD is not a mention of
    // Standard just because a stretch starts at STANDARD); what lies in those words is reported by the stretch
    // that holds it.
    const scanRange = (from: number, to: number): void => {
      const padFrom = Math.max(0, from - RANGE_CONTEXT);
      const padTo = Math.min(count - 1, to + RANGE_CONTEXT);
      const tokens: Token[] = [];
      for (let k = padFrom; k <= padTo; k++) tokens.push(tokenAt(stream, k));
      const terms = analyzeTokens(tokens, lookups.dfGeneric, isTextWord);
      const first = from - padFrom;
      const last = to - padFrom;
      const inside = (start: number, end: number): boolean =>
        terms[start]!.first >= first && terms[end]!.last <= last;
      const hits = latinHits(text, terms, false)
        .filter((hit) => inside(hit.start, hit.end) && writtenAsName(text, terms, hit))
        .map((hit) => ceilingOf(hit, (entity) => judge.verdict(entity).status === 'corroborated'))
        .map((hit) => ({ ...hit, score: judge.settle(hit.entity, hit.score) }))
        .filter((hit) => hit.score >= floor);
      for (const hit of resolveOverlaps(hits)) {
        const span = { start: terms[hit.start]!.start, end: terms[hit.end]!.end };
        (readsOneLatinWord(text, terms, hit) ? partial : found).push({
          ...withContext(hit.build(hit.score), hit.entity),
          span: { ...span, text: text.slice(span.start, span.end) },
        });
      }
      for (const [entity, weak] of acronymsFor(terms, true))
        for (const [start, end] of weak.spans)
          if (inside(start, end))
            weakCandidates.push({
              entity,
              start: terms[start]!.start,
              end: terms[end]!.end,
              single: start === end,
              shared: weak.shared,
            });
    };
    forEachScanRange(count, seedsOf(text, stream), scanRange);
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

    /** A full mention of the entity near a span, or `inside` when the span is part of one (nothing more to say). */
    const evidenceFor = (
      entityId: string,
      start: number,
      end: number,
    ): TextMatch | 'inside' | undefined => {
      const evidence = findNear(fullMentions, start, (m) => m.entityId === entityId);
      return evidence && start >= evidence.span.start && end <= evidence.span.end
        ? 'inside'
        : evidence;
    };

    for (const match of partial) {
      const evidence = evidenceFor(match.entityId, match.span.start, match.span.end);
      if (evidence === 'inside') continue;
      if (evidence || match.context.status === 'corroborated') found.push(match);
    }

    // A weak alias in text is corroborated by a full mention of the same entity nearby, or by the context;
    // a multi-word one (Department 53) is otherwise reported for review, an acronym not at all.
    for (const { entity, start, end, single, shared } of weakCandidates) {
      const evidence = evidenceFor(data.entities[entity]!.id, start, end);
      if (evidence === 'inside') continue;
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
