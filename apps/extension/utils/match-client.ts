import type { Band, Matcher } from '@nkscreen/core';

/** A whole-name match for an adapter field, reduced to what crosses the message boundary. */
export interface NameHit {
  entityId: string;
  name: string;
  matchedAlias: string;
  band: Band;
  score: number;
  explanation: string;
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
}

export interface MatchResponse {
  names: (NameHit | null)[];
  texts: TextHit[][];
}

/** Where matching runs: the background in the extension (off the page's main thread), in-process in specs. */
export interface MatchClient {
  match(request: MatchRequest): Promise<MatchResponse>;
}

/**
 * Answers a request with core's matcher. Adapter fields accept `review`-band hits (shown as "possible match");
 * free text only earns `match`-band hits, since a weak hit inside a paragraph is too weak to show anyone.
 */
export function answerMatchRequest(matcher: Matcher, request: MatchRequest): MatchResponse {
  return {
    names: request.names.map((name) => {
      const match = matcher.matchName(name, { limit: 1, minBand: 'review' })[0];
      return match
        ? {
            entityId: match.entityId,
            name: match.name,
            matchedAlias: match.matchedAlias,
            band: match.band,
            score: match.score,
            explanation: match.explanation.text,
          }
        : null;
    }),
    texts: request.texts.map((text) =>
      matcher.scanText(text, { minBand: 'match' }).map((match) => ({
        entityId: match.entityId,
        name: match.name,
        matchedAlias: match.matchedAlias,
        band: match.band,
        score: match.score,
        explanation: match.explanation.text,
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

/**
 * A name whose listing only counts in a context the page cannot show (`requires: country:RU`) is never more than a
 * possible match: it gets no banner and the softer badge.
 */
export function capContextualHits(
  response: MatchResponse,
  requiresContext: (entityId: string) => boolean,
): MatchResponse {
  const cap = <T extends NameHit>(hit: T): T =>
    hit.band === 'match' && requiresContext(hit.entityId) ? { ...hit, band: 'review' } : hit;
  return {
    names: response.names.map((hit) => (hit ? cap(hit) : hit)),
    texts: response.texts.map((hits) => hits.map(cap)),
  };
}
