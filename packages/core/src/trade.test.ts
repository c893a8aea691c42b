import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { NkscreenError } from './errors.js';
import { createMatcher } from './matcher.js';
import { loadIndex, serializeIndex } from './serialize.js';

const SHIPYARD = {
  id: 'nauta',
  name: 'Nauta SA',
  countries: ['PL'],
  trade: 'Gdynia, Poland, ship repair and shipbuilding yard that employed North Korean welders.',
};
const best = (entities: object[], name: string) =>
  createMatcher(compileIndex(entities as never)).matchName(name)[0];

describe("an entity's trade", () => {
  it('keeps the sector words of what the entity does, as keys', () => {
    expect(compileIndex([SHIPYARD]).data.entities[0]!.trade).toContain('shipbuilding');
    expect(compileIndex([{ id: 'x', name: 'Mokran LLC' }]).data.entities[0]!.trade).toBe(undefined);
  });

  it('makes an extra word of that trade cost nothing, and one of another trade cost in full', () => {
    const fitting = best([SHIPYARD], 'Nauta Shipyard');
    const unrelated = best([SHIPYARD], 'Nauta Capital');
    expect(fitting?.score).toBeGreaterThan(unrelated!.score);
    expect(best([SHIPYARD], 'Nauta Seafood')).toBe(undefined);
    // Without the trade, the sector word is an extra of unknown fit and costs in full.
    const { trade: _ignored, ...untraded } = SHIPYARD;
    expect(best([untraded], 'Nauta Shipyard')).toBe(undefined);
  });

  it('survives serialisation, and a malformed trade table is refused with a typed error', () => {
    const serialized = serializeIndex(compileIndex([SHIPYARD]));
    expect(loadIndex(serialized).data.entities[0]!.trade).toEqual(
      compileIndex([SHIPYARD]).data.entities[0]!.trade,
    );
    const broken = JSON.stringify({ ...JSON.parse(serialized), trade: { 0: [1] } });
    expect(() => loadIndex(broken)).toThrow(NkscreenError);
    expect(() => compileIndex([{ ...SHIPYARD, trade: 42 } as never])).toThrow(NkscreenError);
  });
});
