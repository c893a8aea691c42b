import type { Term } from './analyze.js';
import type { IndexAlias } from './match-index.js';
import type { AliasScore } from './score.js';
import type { AlignmentOp, AlignmentPair, Explanation } from './types.js';

const OP_LABEL: Readonly<Record<AlignmentOp, string>> = {
  exact: 'exact',
  romanization: 'romanisation variant',
  typo: 'spelling variant',
  synonym: 'synonym',
  legal_form: 'legal form',
  split: 'split token',
  merge: 'merged token',
  script: 'script alias',
};

function quote(text: string): string {
  return `\u201c${text}\u201d`;
}

function describe(pair: AlignmentPair): string {
  if (pair.op === 'legal_form') return `legal form ${pair.query} \u2248 ${pair.alias}`;
  if (pair.op === 'exact') return `${pair.alias} (exact)`;
  return `${pair.query} \u2248 ${pair.alias} (${OP_LABEL[pair.op]})`;
}

/** Builds the sentence a person reads, from the alignment. */
export function explanationText(
  queryText: string,
  aliasText: string,
  alignment: readonly AlignmentPair[],
  unmatched: Explanation['unmatched'],
): string {
  const parts = alignment.map(describe);
  let text = `${quote(queryText)} \u2248 ${quote(aliasText)}`;
  if (parts.length > 0) text += `: ${parts.join(', ')}`;
  if (unmatched.query.length > 0) text += `; not in the listed name: ${unmatched.query.join(', ')}`;
  if (unmatched.alias.length > 0) text += `; not in the query: ${unmatched.alias.join(', ')}`;
  return text;
}

/** Explains a Latin alignment between query terms and an alias, using the original spellings of both. */
export function explainAlignment(
  source: string,
  queryText: string,
  query: readonly Term[],
  alias: IndexAlias,
  result: AliasScore,
  acronyms: readonly Term[],
): Explanation {
  const surfaceQuery = (indices: readonly number[]): string =>
    source.slice(query[indices[0]!]!.start, query[indices[indices.length - 1]!]!.end);
  const surfaceAlias = (indices: readonly number[]): string =>
    alias.text.slice(
      alias.terms[indices[0]!]!.start,
      alias.terms[indices[indices.length - 1]!]!.end,
    );
  const ordered = [...result.pairs].sort((x, y) => x.alias[0]! - y.alias[0]!);
  const alignment: AlignmentPair[] = ordered.map((pair) => ({
    query: surfaceQuery(pair.query),
    alias: surfaceAlias(pair.alias),
    op: pair.op,
    similarity: round(pair.similarity),
    weight: round(pair.weight),
  }));
  for (const term of acronyms) {
    const text = source.slice(term.start, term.end);
    alignment.push({ query: text, alias: text, op: 'synonym', similarity: 1, weight: 0 });
  }
  const unmatched = {
    query: result.unmatchedQuery.map((i) => source.slice(query[i]!.start, query[i]!.end)),
    alias: result.unmatchedAlias.map((k) =>
      alias.text.slice(alias.terms[k]!.start, alias.terms[k]!.end),
    ),
  };
  return {
    text: explanationText(queryText, alias.text, alignment, unmatched),
    alignment,
    unmatched,
  };
}

/** Rounds a number for display in explanations. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
