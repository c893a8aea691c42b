import type { TermKind } from './lexicon.js';
import { createScanTriggers, type ScanTriggers } from './scan-triggers.js';
import { createDeletionTable, type DeletionTable } from './deletion-table.js';
import { toSkeleton } from './similarity.js';

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
  /** Romanisation skeleton, derived on load (never serialised). */
  skeleton?: string;
  /** Same number for terms that compare alike (same text and kind), assigned on first comparison. */
  id?: number;
}

/** One listed name or alias of an entity, analysed once at compile time. */
export interface IndexAlias {
  entity: number;
  text: string;
  terms: IndexTerm[];
  /** Distinctive core of the alias's CJK characters, when it has any. */
  cjk?: string;
}

/** An entity as the index keeps it: id, listed name, and the places a match is judged against. */
export interface IndexedEntity {
  id: string;
  name: string;
  countries?: string[];
  requires?: { countries?: string[]; cities?: string[] };
  /** Keys of the sector words of its trade (shipyard, food): extra such words in a query cost little. */
  trade?: string[];
}

/** The part of an index that is serialised: everything else is derived from it on load. */
export interface IndexData {
  entities: IndexedEntity[];
  aliases: IndexAlias[];
  /** Acronym (normalised) → entity positions. */
  weak: Record<string, number[]>;
  /** Weak aliases written as words (Paekho, not NTC): read in any case in a name. */
  weakWords?: string[];
  /** Words frequent enough across entities to count as generic. */
  dfGeneric: string[];
  /** Scan trigger keys as serialised (derived by `compileIndex`, shipped so loading need not choose them again). */
  triggerKeys?: string[];
}

/** Lookup tables rebuilt from {@link IndexData} in linear time. */
export interface Lookups {
  /**
   * Anchor word, number or joined adjacent words → flat pairs `[aliasId, anchor weight it covers × 1000, …]`,
   * so candidates can be pruned by the best score they could still reach.
   */
  vocab: Map<string, number[]>;
  /** Per alias: total weight of its anchors and numbers, and of everything else. */
  anchorWeight: Float64Array;
  otherWeight: Float64Array;
  /** Skeleton or one-deletion of a skeleton → single anchor words of the vocabulary. */
  /** Single anchor words of four letters or more: what typo-tolerant lookups can reach. */
  fuzzyWords: string[];
  /** Built by {@link getFuzzyTables} when a matcher is created, not on load. */
  fuzzy?: FuzzyTables;
  cjk: Map<string, number[]>;
  cjkStarts: Set<string>;
  cjkMaxLength: number;
  weak: Map<string, number[]>;
  weakWords: Set<string>;
  dfGeneric: Set<string>;
  /** Keys that start analysis of page text, and how far it reaches. */
  triggers: ScanTriggers;
}

/**
 * A compiled, immutable matching index; build it with `compileIndex` or `loadIndex`, pass it to
 * `createMatcher`.
 *
 * @example
 * const index: MatchIndex = compileIndex(entities); // index.entityCount === entities.length
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
export const INDEX_VERSION = 3;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function post(vocab: Map<string, number[]>, key: string, aliasId: number, covered: number): void {
  const list = vocab.get(key);
  const weight = Math.round(covered * 1000);
  if (list === undefined) vocab.set(key, [aliasId, weight]);
  else if (list[list.length - 2] === aliasId)
    list[list.length - 1] = Math.max(list[list.length - 1]!, weight);
  else list.push(aliasId, weight);
}

const isAnchor = (kind: TermKind): boolean => kind === 'anchor' || kind === 'number';

/** Words joined into compound keys (Silver Star → silverstar, Beijing Sukbakso → beijingsukbakso): anchors and places. */
const JOINABLE: ReadonlySet<TermKind> = new Set(['anchor']);

/** Deletion keys for typo-tolerant lookups, and the skeleton of each word they lead to. */
export interface FuzzyTables {
  /** The index's fuzzy words (ids are positions here) and the skeleton of each. */
  words: readonly string[];
  skeletons: readonly string[];
  /** Each word and, from five letters, each one-letter deletion of it → word ids. */
  deletions: DeletionTable;
  /** A romanisation skeleton that differs from its word → word ids. */
  bySkeleton: Map<string, number[]>;
}

/** Words this long or longer are also stored under each one-letter deletion. */
export const DELETION_MIN_LENGTH = 5;

/**
 * The typo-tolerance tables of an index, built once on first use (a matcher builds them when created): every
 * anchor word with each one-letter deletion (symmetric deletion: a lookup finds words within two edits,
 * transpositions included) and its romanisation skeleton.
 */
export function getFuzzyTables(lookups: Lookups): FuzzyTables {
  if (lookups.fuzzy) return lookups.fuzzy;
  const words = lookups.fuzzyWords;
  const skeletons = words.map(toSkeleton);
  const bySkeleton = new Map<string, number[]>();
  skeletons.forEach((skeleton, id) => {
    if (skeleton !== words[id]) push(bySkeleton, skeleton, id);
  });
  const deletions = createDeletionTable(words, (word) => word.length >= DELETION_MIN_LENGTH);
  lookups.fuzzy = { words, skeletons, deletions, bySkeleton };
  return lookups.fuzzy;
}

/** Builds the lookup tables (vocabulary, fuzzy keys, CJK cores, acronyms) for index data. */
export function buildLookups(data: IndexData): Lookups {
  const vocab = new Map<string, number[]>();
  const cjk = new Map<string, number[]>();
  const anchorWeight = new Float64Array(data.aliases.length);
  const otherWeight = new Float64Array(data.aliases.length);
  const singleWords: string[] = [];
  data.aliases.forEach((alias, aliasId) => {
    const terms = alias.terms;
    for (const term of terms) {
      if (isAnchor(term.kind)) {
        if (!vocab.has(term.text)) singleWords.push(term.text);
        post(vocab, term.text, aliasId, term.weight);
        // A generic word promoted to anchor is also reachable by its synonyms (Ext. → External).
        if (term.key !== term.text) post(vocab, `#${term.key}`, aliasId, term.weight);
        anchorWeight[aliasId]! += term.weight;
      } else {
        otherWeight[aliasId]! += term.weight;
      }
    }
    // Joined neighbours let "Silverstar" find "Silver Star" and the reverse.
    for (let i = 0; i < terms.length; i++) {
      let joined = '';
      let covered = 0;
      for (let j = i; j < Math.min(terms.length, i + 3); j++) {
        const term = terms[j]!;
        if (!(JOINABLE.has(term.kind) || term.place) || term.text.includes(' ')) break;
        if (j > i && term.first !== terms[j - 1]!.last + 1) break;
        joined += term.text;
        if (isAnchor(term.kind)) covered += term.weight;
        if (j > i && covered > 0) post(vocab, joined, aliasId, covered);
      }
    }
    if (alias.cjk) push(cjk, alias.cjk, aliasId);
  });
  const fuzzyWords = singleWords.filter((word) => word.length >= 4 && !/^[0-9]+$/.test(word));
  const cjkStarts = new Set<string>();
  let cjkMaxLength = 0;
  for (const core of cjk.keys()) {
    cjkStarts.add(core.slice(0, 2));
    cjkMaxLength = Math.max(cjkMaxLength, core.length);
  }
  return {
    vocab,
    anchorWeight,
    otherWeight,
    fuzzyWords,
    cjk,
    cjkStarts,
    cjkMaxLength,
    weak: new Map(Object.entries(data.weak)),
    weakWords: new Set(data.weakWords),
    dfGeneric: new Set(data.dfGeneric),
    triggers: createScanTriggers(data, vocab, anchorWeight),
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
