/** One listed entity as the matcher needs it: an id, the listed name, and optional aliases and acronyms. */
export interface IndexEntity {
  id: string;
  name: string;
  aliases?: readonly string[];
  /** Acronyms and short forms (MOP, GENCO): matched only as whole upper-case tokens. */
  weakAliases?: readonly string[];
}

/** `match`: the name is the listed entity; `review`: close enough that a person should look. */
export type Band = 'match' | 'review';

/** Why two tokens were aligned. */
export type AlignmentOp =
  | 'exact'
  | 'romanization'
  | 'typo'
  | 'synonym'
  | 'legal_form'
  | 'split'
  | 'merge'
  | 'script';

/** One aligned pair of tokens (or token groups) between the query and the matched alias. */
export interface AlignmentPair {
  query: string;
  alias: string;
  op: AlignmentOp;
  /** 0..1, how alike the two sides are. */
  similarity: number;
  /** How much this pair counts in the score. */
  weight: number;
}

/** A readable account of a match: one sentence, the per-token alignment and what was left over. */
export interface Explanation {
  text: string;
  alignment: AlignmentPair[];
  unmatched: { query: string[]; alias: string[] };
}

/** One entity found for a name. */
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
}

/** A mention found in free text, with UTF-16 offsets into that text. */
export interface TextMatch extends Match {
  span: { start: number; end: number; text: string };
}

/** Options of {@link Matcher.matchName}. */
export interface MatchNameOptions {
  /** Most results to return (default 5). */
  limit?: number;
  /** Lowest band to return (default `review`). */
  minBand?: Band;
}

/** Options of {@link Matcher.scanText}. */
export interface ScanTextOptions {
  /** Lowest band to return (default `review`). */
  minBand?: Band;
}

/** Options of `createMatcher`. */
export interface MatcherOptions {
  /** Score at or above which a result is a `match` (default 0.85). */
  matchThreshold?: number;
  /** Score at or above which a result is a `review` (default 0.70). */
  reviewThreshold?: number;
}

/** Options of `compileIndex`. */
export interface CompileIndexOptions {
  /**
   * A token found in at least this many entities counts as a generic word (default: 3, or 1% of the
   * entities when that is more).
   */
  genericMinEntities?: number;
}

/** Finds listed entities in names and in free text. */
export interface Matcher {
  /** Entities whose names are close to `name`, best first; `[]` when nothing is close. */
  matchName(name: string, options?: MatchNameOptions): Match[];
  /** Every mention of a listed entity in `text`, in text order. */
  scanText(text: string, options?: ScanTextOptions): TextMatch[];
}
