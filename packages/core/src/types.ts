/**
 * One listed entity as the matcher needs it: an id, the listed name, and optional aliases and acronyms.
 *
 * @example
 * const entity: IndexEntity = { id: 'ntc', name: 'Korea Namgang Trading Corporation', weakAliases: ['NTC'] };
 */
export interface IndexEntity {
  id: string;
  name: string;
  aliases?: readonly string[];
  /** Acronyms and short forms (MOP, GENCO): matched only as whole upper-case tokens. */
  weakAliases?: readonly string[];
  /** ISO 3166-1 alpha-2 codes of the countries where the entity is or operates. */
  countries?: readonly string[];
  /**
   * Context a match must see: without it the entity reaches `review` at most. When cities are given one of
   * them must be seen; otherwise one of the countries. Also accepted as the dataset writes it:
   * `['country:RU', 'city:St Petersburg']`.
   */
  requires?: { countries?: readonly string[]; cities?: readonly string[] } | readonly string[];
  /**
   * What the entity does, in its sources' words (the dataset's summary will do): a sector word found here
   * (shipyard, seafood, construction) costs a query nothing as an extra word, since it fits the entity's trade
   * ("Nauta Shipyard" for a shipyard), while an extra sector word of another trade costs in full.
   */
  trade?: string;
}

/**
 * Where a name was seen, as the caller knows it: countries (ISO codes or names as written: "RU", "Russia",
 * "Россия", "中国"), city names, and free text (an address, a seller's location line) read for both.
 *
 * @example
 * matcher.matchName('Nauta Srl', { context: { countries: ['Italy'] } });
 */
export interface MatchContext {
  countries?: readonly string[];
  cities?: readonly string[];
  text?: string;
}

/**
 * How the context bore on a match: whether the entity requires context, and whether what the caller said
 * corroborated it, contradicted it, was missing, or did not bear on it; `evidence` says what agreed or disagreed.
 *
 * @example
 * if (match.context.status === 'contradicted') console.log(match.context.evidence.join('; '));
 */
export interface MatchContextVerdict {
  required: boolean;
  status: 'corroborated' | 'missing' | 'contradicted' | 'none';
  evidence: string[];
}

/**
 * `match`: the name is the listed entity; `review`: close enough that a person should look.
 *
 * @example
 * const strict: Band = 'match'; matcher.matchName(name, { minBand: strict });
 */
export type Band = 'match' | 'review';

/**
 * Why two tokens were aligned: same word, romanisation variant, typo, synonym, legal form, split, merge or script alias.
 *
 * @example
 * const ops = match.explanation.alignment.map((pair): AlignmentOp => pair.op); // ['exact', 'split', …]
 */
export type AlignmentOp =
  'exact' | 'romanization' | 'typo' | 'synonym' | 'legal_form' | 'split' | 'merge' | 'script';

/**
 * One aligned pair of tokens (or token groups) between the query and the matched alias.
 *
 * @example
 * const pair: AlignmentPair = { query: 'Nam Gang', alias: 'Namgang', op: 'split', similarity: 0.97, weight: 1 };
 */
export interface AlignmentPair {
  query: string;
  alias: string;
  op: AlignmentOp;
  /** 0..1, how alike the two sides are. */
  similarity: number;
  /** How much this pair counts in the score. */
  weight: number;
}

/**
 * A readable account of a match: one sentence, the per-token alignment and what was left over.
 *
 * @example
 * console.log(match.explanation.text); // “Korea Nam Gang Trading Co” ≈ “Korea Namgang Trading Corporation”: …
 */
export interface Explanation {
  text: string;
  alignment: AlignmentPair[];
  unmatched: { query: string[]; alias: string[] };
}

/**
 * One entity found for a name, with its band, score and explanation.
 *
 * @example
 * const [best]: Match[] = matcher.matchName('Mokran LLC'); // best.entityId, best.band, best.score
 */
export interface Match {
  entityId: string;
  /** The entity's listed name. */
  name: string;
  /** The alias (or listed name) that matched best. */
  matchedAlias: string;
  band: Band;
  /** 0..1; orders results, also inside the `match` band. */
  score: number;
  explanation: Explanation;
  /** How the caller's context bore on this match. */
  context: MatchContextVerdict;
}

/**
 * A mention found in free text, with UTF-16 offsets into that text.
 *
 * @example
 * for (const m of matcher.scanText(page)) highlight(m.span.start, m.span.end); // page.slice(start, end) === m.span.text
 */
export interface TextMatch extends Match {
  span: { start: number; end: number; text: string };
}

/**
 * Options of {@link Matcher.matchName}.
 *
 * @example
 * matcher.matchName('Mokran LLC', { limit: 1, minBand: 'match' });
 */
export interface MatchNameOptions {
  /** Most results to return (default 5). */
  limit?: number;
  /** Lowest band to return (default `review`). */
  minBand?: Band;
  /** Where the name was seen: corroborates entities that require context, or contradicts their countries. */
  context?: MatchContext;
}

/**
 * Options of {@link Matcher.scanText}.
 *
 * @example
 * matcher.scanText(pageText, { minBand: 'match' });
 */
export interface ScanTextOptions {
  /** Lowest band to return (default `review`). */
  minBand?: Band;
  /** Where the text was seen (a page's seller address): applies to every mention found. */
  context?: MatchContext;
}

/**
 * Options of `createMatcher`: the two band thresholds (defaults 0.85 and 0.70, tuned on the dev set).
 *
 * @example
 * const cautious = createMatcher(index, { reviewThreshold: 0.6 });
 */
export interface MatcherOptions {
  /** Score at or above which a result is a `match` (default 0.85). */
  matchThreshold?: number;
  /** Score at or above which a result is a `review` (default 0.70). */
  reviewThreshold?: number;
}

/**
 * Options of `compileIndex`.
 *
 * @example
 * compileIndex(entities, { genericMinEntities: 10 });
 */
export interface CompileIndexOptions {
  /**
   * A token found in at least this many entities counts as a generic word (default: 3, or 1% of the
   * entities when that is more).
   */
  genericMinEntities?: number;
}

/**
 * Finds listed entities in names and in free text; made by `createMatcher`.
 *
 * @example
 * const matcher: Matcher = createMatcher(index);
 * matcher.matchName('KOREA NAMGANG TRADING CORP.');
 */
export interface Matcher {
  /** Entities whose names are close to `name`, best first; `[]` when nothing is close. */
  matchName(name: string, options?: MatchNameOptions): Match[];
  /** Every mention of a listed entity in `text`, in text order. */
  scanText(text: string, options?: ScanTextOptions): TextMatch[];
}
