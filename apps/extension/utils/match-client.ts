import type { Band, Match, Matcher } from '@nkscreen/core';
import type { EvidenceSummary } from './evidence';

/** What the page says about where the goods or the party come from (the matcher's `context`, core's contract). */
export interface PageContext {
  countries?: string[];
  cities?: string[];
  text?: string;
}

/** How a match lined up, word by word: rendered in the UI language, never as core's English sentence. */
export interface MatchExplanation {
  alignment: { query: string; alias: string; op: string }[];
  unmatched: { query: string[]; alias: string[] };
}

/** What the page context did to a match (core's `Match.context` once it lands). */
export interface ContextOutcome {
  status: 'corroborated' | 'missing' | 'contradicted' | 'none';
  evidence: string[];
}

/** A whole-name match for an adapter field, reduced to what crosses the message boundary. */
export interface NameHit {
  entityId: string;
  name: string;
  matchedAlias: string;
  band: Band;
  score: number;
  explanation: MatchExplanation;
  context: ContextOutcome | null;
  /** Attached by the background from the shipped details; null only in specs that match without them. */
  evidence: EvidenceSummary | null;
}

/** A mention inside a block of visible text; offsets are UTF-16 positions in that block's text. */
export interface TextHit extends NameHit {
  start: number;
  end: number;
  text: string;
}

export interface MatchRequest {
  /** Adapter field values, each matched as a whole name. */
  names: string[];
  /** Visible text blocks, each scanned for mentions. */
  texts: string[];
  /** Seller address, supplier location: what the adapter could read of where the party is. */
  context?: PageContext;
}

export interface MatchResponse {
  names: (NameHit | null)[];
  texts: TextHit[][];
}

/** Where matching runs: the background in the extension (off the page's main thread), in-process in specs. */
export interface MatchClient {
  match(request: MatchRequest): Promise<MatchResponse>;
}

type ContextualMatch = Match & { context?: ContextOutcome };

function toNameHit(match: ContextualMatch): NameHit {
  return {
    entityId: match.entityId,
    name: match.name,
    matchedAlias: match.matchedAlias,
    band: match.band,
    score: match.score,
    explanation: {
      alignment: match.explanation.alignment.map(({ query, alias, op }) => ({ query, alias, op })),
      unmatched: match.explanation.unmatched,
    },
    context: match.context
      ? { status: match.context.status, evidence: match.context.evidence }
      : null,
    evidence: null,
  };
}

function hasContext(context: PageContext | undefined): context is PageContext {
  return Boolean(context && (context.countries?.length || context.cities?.length || context.text));
}

/**
 * Answers a request with core's matcher. Adapter fields accept `review`-band hits (shown as "possible match");
 * free text only earns `match`-band hits, since a weak hit inside a paragraph is too weak to show anyone.
 */
export function answerMatchRequest(matcher: Matcher, request: MatchRequest): MatchResponse {
  // Only passed when the page said something: an empty context must not read as "contradicted".
  const context = hasContext(request.context) ? { context: request.context } : {};
  return {
    names: request.names.map((name) => {
      const match = matcher.matchName(name, { limit: 1, minBand: 'review', ...context })[0];
      return match ? toNameHit(match) : null;
    }),
    texts: request.texts.map((text) =>
      matcher.scanText(text, { minBand: 'match', ...context }).map((match) => ({
        ...toNameHit(match),
        start: match.span.start,
        end: match.span.end,
        text: match.span.text,
      })),
    ),
  };
}

/** Asks the background to match (the extension's content script). */
export function createBackgroundMatchClient(): MatchClient {
  return {
    async match(request) {
      const message = { type: 'nkscreen:match', request } as const;
      return (await browser.runtime.sendMessage(message)) as MatchResponse;
    },
  };
}

/** Matches in-process (specs, benchmark baselines). */
export function createLocalMatchClient(getMatcher: () => Matcher): MatchClient {
  return { match: async (request) => answerMatchRequest(getMatcher(), request) };
}

export interface EntityFacts {
  requiresContext: boolean;
  evidence: EvidenceSummary | null;
}

/**
 * Attaches each hit's evidence, and keeps a name whose listing only counts in a context (`requires: country:RU`) at
 * a possible match unless the page's context corroborated it: no banner, the softer badge.
 */
export function completeHits(
  response: MatchResponse,
  lookup: (entityId: string) => EntityFacts | null,
): MatchResponse {
  const complete = <T extends NameHit>(hit: T): T => {
    const facts = lookup(hit.entityId);
    const capped =
      hit.band === 'match' && facts?.requiresContext && hit.context?.status !== 'corroborated';
    return { ...hit, band: capped ? 'review' : hit.band, evidence: facts?.evidence ?? null };
  };
  return {
    names: response.names.map((hit) => (hit ? complete(hit) : hit)),
    texts: response.texts.map((hits) => hits.map(complete)),
  };
}
