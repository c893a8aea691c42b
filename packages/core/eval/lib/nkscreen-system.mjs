// Adapts @nkscreen/core's public API to the evaluation's system shape ({ matchName, scanText } → hits).

/** @typedef {import('./score.mjs').Hit} Hit */

/**
 * @param {{ compileIndex: Function, createMatcher: Function }} core the built package
 * @param {readonly { id: string, name: string, aliases: readonly string[], weakAliases: readonly string[], countries?: readonly string[], requires?: readonly string[] }[]} entities
 */
export function createNkscreenSystem(core, entities) {
  const matcher = core.createMatcher(core.compileIndex(entities));
  return {
    /** @param {string} query @returns {Hit[]} */
    matchName(query) {
      const [top] = matcher.matchName(query, { limit: 1 });
      return top === undefined
        ? []
        : [{ entityId: top.entityId, alias: top.matchedAlias, band: top.band, score: top.score }];
    },
    /** @param {string} text @returns {Hit[]} */
    scanText(text) {
      return matcher
        .scanText(text)
        .map(
          (
            /** @type {{ entityId: string, matchedAlias: string, band: 'match' | 'review', score: number, span: { text: string } }} */ m,
          ) => ({
            entityId: m.entityId,
            alias: m.matchedAlias,
            band: m.band,
            score: m.score,
            span: m.span.text,
          }),
        );
    },
  };
}
