import { findNearLexiconWord, getLexicon, type LexEntry, type TermKind } from './lexicon.js';
import { splitHangulRun } from './hangul.js';
import { MAX_FUZZY_WORD, MAX_HANGUL_NAME } from './limits.js';
import type { Token } from './normalize.js';

/** A word or phrase of a name, tagged with what it counts for. */
export interface Term {
  /** Normalised text (words of a phrase joined by spaces). */
  text: string;
  kind: TermKind;
  /** Synonym key: equal keys mean the same generic word (corp = corporation). */
  key: string;
  weight: number;
  legalClass?: string;
  place?: boolean;
  /** UTF-16 span in the input. */
  start: number;
  end: number;
  /** Index range of the tokens this term covers. */
  first: number;
  last: number;
  upper: boolean;
  /** Starts with a capital letter: in page text only such words get typo-tolerant lookups. */
  capital: boolean;
  /** Read from Hangul (romanised or translated): an equal Latin word is a script match, not an exact one. */
  fromHangul?: boolean;
  /** Read as a misspelt lexicon word (Corporatoin): compares like that word, a little lower. */
  typo?: boolean;
  /** Romanisation skeleton, computed when first needed. */
  skeleton?: string;
  /** Comparisons already made with alias terms, by alias term id. */
  seen?: Map<number, TermComparison | null>;
}

/** How a query term compares with an alias term. */
export interface TermComparison {
  similarity: number;
  op: 'exact' | 'romanization' | 'typo' | 'synonym' | 'legal_form' | 'script';
}

/** Weight of each kind of term in the score: distinctive words carry the match, the rest adjust it. */
export const KIND_WEIGHT: Readonly<Record<TermKind, number>> = {
  anchor: 1,
  number: 1,
  domain: 0.6,
  generic: 0.3,
  legal: 0.15,
  stop: 0,
};

const NUMBER_RE = /^[0-9]+$/;

function makeTerm(
  tokens: readonly Token[],
  first: number,
  last: number,
  kind: TermKind,
  key: string,
  entry?: LexEntry,
): Term {
  const text =
    first === last
      ? tokens[first]!.text
      : tokens
          .slice(first, last + 1)
          .map((t) => t.text)
          .join(' ');
  let weight = KIND_WEIGHT[kind];
  if (kind === 'anchor' && text.length <= 3) weight = 0.6;
  const term: Term = {
    text,
    kind,
    key,
    weight,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    first,
    last,
    upper:
      first === last ? tokens[first]!.upper : tokens.slice(first, last + 1).every((t) => t.upper),
    capital: tokens[first]!.capital,
  };
  if (entry?.legalClass) term.legalClass = entry.legalClass;
  if (entry?.place) term.place = true;
  return term;
}

/**
 * Tags Latin tokens as anchors, numbers, generic or sector words, legal forms (recognised at the start,
 * the end, or anywhere when unambiguous) and stop words. CJK runs are left to the CJK matcher.
 */
export function analyzeTokens(
  tokens: readonly Token[],
  dfGeneric?: ReadonlySet<string>,
  /** For queries: words the index knows as anchors; other unknown words may be misspelt generic words. */
  isIndexWord?: (word: string, token: Token) => boolean,
): Term[] {
  const lexicon = getLexicon();
  const terms: Term[] = [];
  let lastLatin = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i]!.script === 'latin') {
      lastLatin = i;
      break;
    }
  }
  const firstLatin = tokens.findIndex((t) => t.script === 'latin');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.script === 'hangul') {
      terms.push(...hangulTerms(token, i, dfGeneric));
      continue;
    }
    if (token.script !== 'latin') continue;
    // Longest phrase from the lexicon starting here.
    let node = lexicon.phrases.next.get(token.text);
    let phraseEnd = -1;
    let phraseEntry: LexEntry | undefined;
    for (let j = i + 1; node && j < tokens.length && tokens[j]!.script === 'latin'; j++) {
      node = node.next.get(tokens[j]!.text);
      if (node?.entry) {
        phraseEnd = j;
        phraseEntry = node.entry;
      }
    }
    if (phraseEntry && phraseEnd > i) {
      terms.push(makeTerm(tokens, i, phraseEnd, phraseEntry.kind, phraseEntry.key, phraseEntry));
      i = phraseEnd;
      continue;
    }
    const text = token.text;
    if (text === 'it' && token.upper) {
      terms.push(
        makeTerm(tokens, i, i, 'generic', 'information'),
        makeTerm(tokens, i, i, 'generic', 'tech'),
      );
      continue;
    }
    if (NUMBER_RE.test(text)) {
      terms.push(makeTerm(tokens, i, i, 'number', text));
      continue;
    }
    const entry = lexicon.words.get(text);
    if (entry) {
      const atEdge = i === firstLatin || i === lastLatin;
      if (entry.kind === 'legal' && !(atEdge || entry.strong || entry.legalClass === 'CO')) {
        terms.push(makeTerm(tokens, i, i, 'anchor', text));
      } else {
        terms.push(makeTerm(tokens, i, i, entry.kind, entry.key, entry));
      }
      continue;
    }
    if (dfGeneric?.has(text)) {
      terms.push(makeTerm(tokens, i, i, 'generic', text));
      continue;
    }
    const near =
      isIndexWord && text.length >= 6 && text.length <= MAX_FUZZY_WORD && !isIndexWord(text, token)
        ? findNearLexiconWord(text)
        : undefined;
    if (near && near.kind !== 'stop') {
      const term = makeTerm(tokens, i, i, near.kind, near.key, near);
      term.typo = true;
      terms.push(term);
      continue;
    }
    terms.push(makeTerm(tokens, i, i, 'anchor', text));
  }
  return terms;
}

/** Reads an unspaced Hangul run as Latin terms: company words by their English reading, the name romanised. */
function hangulTerms(token: Token, index: number, dfGeneric?: ReadonlySet<string>): Term[] {
  const lexicon = getLexicon();
  const out: Term[] = [];
  // A run longer than any name is not read as one: its reading would be a single giant word that only a name
  // of that length could match. Its listed Hangul spellings are still found by the CJK search.
  if (token.text.length > MAX_HANGUL_NAME) return out;
  for (const piece of splitHangulRun(token.text)) {
    const start = token.starts![piece.from]!;
    const end = token.ends![piece.to - 1]!;
    for (const word of piece.text.split(' ')) {
      const entry = lexicon.words.get(word);
      let kind: TermKind = 'anchor';
      let key = word;
      if (entry) {
        kind = entry.kind;
        key = entry.key;
      } else if (dfGeneric?.has(word)) {
        kind = 'generic';
      }
      const term: Term = {
        text: word,
        kind,
        key,
        weight: KIND_WEIGHT[kind],
        start,
        end,
        first: index,
        last: index,
        upper: false,
        capital: true,
        fromHangul: true,
      };
      if (entry?.legalClass) term.legalClass = entry.legalClass;
      if (entry?.place) term.place = true;
      out.push(term);
    }
  }
  return out;
}
