import type { TermKind } from './lexicon.js';
import { deletionVariants, toSkeleton } from './similarity.js';

/** A term of an indexed alias, as stored in the serialised index. */
export interface IndexTerm {
  text: string;
  kind: TermKind;
  key: string;
  weight: number;
  legalClass?: string;
  place?: boolean;
  /** UTF-16 span in the alias text, for explanations. */
  start: number;
  end: number;
  /** Token index range in the alias, for order and adjacency. */
  first: number;
  last: number;
}

/** One listed name or alias of an entity, analysed once at compile time. */
export interface IndexAlias {
  entity: number;
  text: string;
  terms: IndexTerm[];
  /** Distinctive core of the alias's CJK characters, when it has any. */
  cjk?: string;
}

/** The part of an index that is serialised: everything else is derived from it on load. */
export interface IndexData {
  entities: { id: string; name: string }[];
  aliases: IndexAlias[];
  /** Acronym (normalised) → entity positions. */
  weak: Record<string, number[]>;
  /** Words frequent enough across entities to count as generic. */
  dfGeneric: string[];
}

/** Lookup tables rebuilt from {@link IndexData} in linear time. */
export interface Lookups {
  /** Anchor word, number or joined adjacent words → aliases holding it. */
  vocab: Map<string, number[]>;
  /** Skeleton or one-deletion of a skeleton → vocabulary words. */
  fuzzy: Map<string, string[]>;
  skeletons: Map<string, string>;
  cjk: Map<string, number[]>;
  cjkStarts: Set<string>;
  cjkMaxLength: number;
  weak: Map<string, number[]>;
  dfGeneric: Set<string>;
}

/**
 * A compiled, immutable matching index; build it with `compileIndex` or `loadIndex`, pass it to
 * `createMatcher`.
 */
export interface MatchIndex {
  readonly format: 'nkscreen-index';
  readonly version: number;
  readonly entityCount: number;
  /** @internal */
  readonly data: IndexData;
  /** @internal */
  readonly lookups: Lookups;
}

/** Current version of the serialised index layout. */
export const INDEX_VERSION = 1;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

const JOINABLE: ReadonlySet<TermKind> = new Set(['anchor', 'generic', 'domain', 'number']);

/** Builds the lookup tables (vocabulary, fuzzy keys, CJK cores, acronyms) for index data. */
export function buildLookups(data: IndexData): Lookups {
  const vocab = new Map<string, number[]>();
  const cjk = new Map<string, number[]>();
  data.aliases.forEach((alias, aliasId) => {
    const terms = alias.terms;
    for (const term of terms) {
      if (term.kind === 'anchor' || term.kind === 'number') push(vocab, term.text, aliasId);
    }
    // Joined neighbours let "Silverstar" find "Silver Star" and the reverse.
    for (let i = 0; i < terms.length; i++) {
      let joined = '';
      let hasAnchor = false;
      for (let j = i; j < Math.min(terms.length, i + 3); j++) {
        const term = terms[j]!;
        if (!JOINABLE.has(term.kind) || term.text.includes(' ')) break;
        if (j > i && term.first !== terms[j - 1]!.last + 1) break;
        joined += term.text;
        hasAnchor ||= term.kind === 'anchor';
        if (j > i && hasAnchor) push(vocab, joined, aliasId);
      }
    }
    if (alias.cjk) push(cjk, alias.cjk, aliasId);
  });
  const fuzzy = new Map<string, string[]>();
  const skeletons = new Map<string, string>();
  for (const word of vocab.keys()) {
    if (word.length < 4 || /^[0-9]+$/.test(word)) continue;
    const skeleton = toSkeleton(word);
    skeletons.set(word, skeleton);
    push(fuzzy, skeleton, word);
    if (skeleton.length >= 5) for (const variant of deletionVariants(skeleton)) push(fuzzy, variant, word);
  }
  const cjkStarts = new Set<string>();
  let cjkMaxLength = 0;
  for (const core of cjk.keys()) {
    cjkStarts.add(core.slice(0, 2));
    cjkMaxLength = Math.max(cjkMaxLength, core.length);
  }
  return {
    vocab,
    fuzzy,
    skeletons,
    cjk,
    cjkStarts,
    cjkMaxLength,
    weak: new Map(Object.entries(data.weak)),
    dfGeneric: new Set(data.dfGeneric),
  };
}

/** Wraps index data and its lookups as a {@link MatchIndex}. */
export function createIndex(data: IndexData): MatchIndex {
  return {
    format: 'nkscreen-index',
    version: INDEX_VERSION,
    entityCount: data.entities.length,
    data,
    lookups: buildLookups(data),
  };
}
