import type { Term } from './analyze.js';
import type { MatchBuilders } from './build-match.js';
import { coveredBy, type Hit } from './hits.js';
import { writesHanParts } from './han-parts.js';
import type { IndexAlias } from './match-index.js';
import type { MatcherContext } from './matcher-context.js';
import { adjacent, compareTerms, scoreAlias, type AliasScore } from './score.js';
import { canPairStrictly } from './strict-pairs.js';

/** A window cut from a longer query is worth slightly less than the whole query agreeing. */
const WINDOW_FACTOR = 0.97;

/**
 * Terms a window grows on each side of its anchor: the alias's own length and three more (stop and legal words
 * around it). A window spans at most `anchor - reach` to `anchor + reach + 1` (the last step may bridge a word).
 */
export const windowReach = (alias: IndexAlias): number => alias.terms.length + 3;

/**
 * Whether a term belongs to an alias's window: a legal form, one of the name's own stop words, a word that compares
 * with one of its words, or a piece of one (Nam of Namgang). Helpers here take what they read as arguments: a
 * window is grown for every candidate anchor of a page, and closures made per window were about a tenth of what a
 * scan allocated at 100k names (19 of 161 MB a pass).
 */
function related(term: Term, alias: IndexAlias): boolean {
  if (term.kind === 'legal') return true;
  for (const a of alias.terms) {
    if (term.kind === 'stop' && a.kind === 'stop' && a.text === term.text) return true;
    if (compareTerms(term, a) !== null) return true;
    if (a.text.length > term.text.length && a.text.includes(term.text)) return true;
  }
  return false;
}

/** Whether a line break separates two terms (lists print one name a line). */
function lineBreakBetween(source: string, left: Term, right: Term): boolean {
  for (let c = left.end; c < right.start; c++) {
    const code = source.charCodeAt(c);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/** Whether the line from term `right` on holds legal forms only, up to its end or the next line break. */
function onlyLegalLine(source: string, terms: readonly Term[], right: number): boolean {
  for (let j = right; j < terms.length; j++) {
    if (j > right && lineBreakBetween(source, terms[j - 1]!, terms[j]!)) return true;
    if (terms[j]!.kind !== 'legal') return false;
  }
  return true;
}

/**
 * Whether a window may step from term `left` to the adjacent term `right`. A legal form or a name's "of" on the
 * other side of a line break belongs to the neighbouring line (lists print one name a line); the name's own words
 * may still wrap onto the next line, and so may its legal form when that line holds nothing else (Mokran⏎LLC): no
 * list prints a bare legal form as a name.
 */
function gapOk(source: string, terms: readonly Term[], left: number, right: number): boolean {
  if (!adjacent(terms, left, right)) return false;
  const l = terms[left]!;
  const r = terms[right]!;
  const edge = l.kind === 'legal' || l.kind === 'stop' || r.kind === 'legal' || r.kind === 'stop';
  return (
    !edge ||
    !lineBreakBetween(source, l, r) ||
    (r.kind === 'legal' && l.kind !== 'legal' && onlyLegalLine(source, terms, right))
  );
}

/** The windows stage: the words around an anchor that belong to one alias, scored strictly against it. */
export function createWindows(ctx: MatcherContext, builders: MatchBuilders) {
  const { data, allGeneric } = ctx;
  const { matchFor } = builders;
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
    let stopsInName = false;
    for (const a of alias.terms) if (a.kind === 'stop') stopsInName = true;
    const reach = windowReach(alias);
    let from = anchor;
    while (from > 0 && anchor - from < reach) {
      const prev = terms[from - 1]!;
      if (!gapOk(source, terms, from - 1, from)) break;
      if (
        related(prev, alias) ||
        (prev.kind === 'stop' &&
          stopsInName &&
          from > 1 &&
          related(terms[from - 2]!, alias) &&
          gapOk(source, terms, from - 2, from - 1))
      )
        from--;
      else break;
    }
    let to = anchor;
    while (to < terms.length - 1 && to - anchor < reach) {
      const next = terms[to + 1]!;
      if (!gapOk(source, terms, to, to + 1)) break;
      if (related(next, alias)) to++;
      else if (
        to + 2 < terms.length &&
        ((next.kind === 'stop' && stopsInName) || next.kind === 'generic') &&
        related(terms[to + 2]!, alias) &&
        gapOk(source, terms, to + 1, to + 2)
      )
        to += 2;
      else break;
    }
    while (from < anchor && terms[from]!.kind === 'stop') from++;
    while (to > anchor && terms[to]!.kind === 'stop') to--;
    return [from, to];
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
    if (!canPairStrictly(terms, from, to, alias.terms)) return null;
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
    const mentionStart = window[0]!.start;
    const mentionEnd = window[window.length - 1]!.end;
    const mention = source.slice(mentionStart, mentionEnd);
    const hanParts = ctx.hanParts[aliasId];
    return {
      entity: alias.entity,
      aliasId,
      score: scored.score * (inName ? WINDOW_FACTOR : 1),
      // A mixed-script alias read from its Latin words alone lacks what makes it the listed name.
      reviewOnly:
        scored.reviewOnly ||
        (hanParts !== undefined && !writesHanParts(source, mentionStart, mentionEnd, hanParts)),
      start,
      end,
      covered: coveredBy(scored, start),
      build: (final) =>
        matchFor(source, inName ? source : mention, window, aliasId, scored, [], final),
    };
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

  return { writtenInFull, windowAround, scoreWindow };
}

export type Windows = ReturnType<typeof createWindows>;
