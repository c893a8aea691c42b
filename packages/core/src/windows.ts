import type { Term } from './analyze.js';
import type { MatchBuilders } from './build-match.js';
import { coveredBy, type Hit } from './hits.js';
import { writesHanParts } from './han-parts.js';
import type { IndexAlias } from './match-index.js';
import type { MatcherContext } from './matcher-context.js';
import { compareTerms, scoreAlias, type AliasScore } from './score.js';

/** A window cut from a longer query is worth slightly less than the whole query agreeing. */
const WINDOW_FACTOR = 0.97;

/**
 * Terms a window grows on each side of its anchor: the alias's own length and three more (stop and legal words
 * around it). A window spans at most `anchor - reach` to `anchor + reach + 1` (the last step may bridge a word).
 */
export const windowReach = (alias: IndexAlias): number => alias.terms.length + 3;

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
    // print one name a line); the name's own words may still wrap onto the next line, and so may its legal form
    // when that line holds nothing else (Mokran⏎LLC): no list prints a bare legal form as a name.
    const lineBreak = (left: Term, right: Term): boolean =>
      /[\n\r\u2028\u2029]/.test(source.slice(left.end, right.start));
    const onlyLegalLine = (right: Term): boolean => {
      for (let j = terms.indexOf(right); j < terms.length; j++) {
        if (j > 0 && terms[j] !== right && lineBreak(terms[j - 1]!, terms[j]!)) return true;
        if (terms[j]!.kind !== 'legal') return false;
      }
      return true;
    };
    const gapOk = (left: Term, right: Term): boolean =>
      right.first - left.last <= 1 &&
      !(
        (left.kind === 'legal' ||
          left.kind === 'stop' ||
          right.kind === 'legal' ||
          right.kind === 'stop') &&
        lineBreak(left, right) &&
        !(right.kind === 'legal' && left.kind !== 'legal' && onlyLegalLine(right))
      );
    const reach = windowReach(alias);
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
