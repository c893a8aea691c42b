import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { createMatcher } from './matcher.js';
import { FIXTURE_ENTITIES } from './test-fixtures.js';

const matcher = createMatcher(compileIndex(FIXTURE_ENTITIES));
const found = (text: string) => matcher.scanText(text).map((m) => [m.entityId, m.span.text]);

describe('scanText', () => {
  it('finds every mention in text order, with UTF-16 spans that equal their text', () => {
    const text =
      'Invoice — paid to Korea Namgang Trading Corp. 😀 Later: supplier Volasys Silver Star (Vladivostok).';
    const matches = matcher.scanText(text);
    expect(matches.map((m) => [m.entityId, m.span.text])).toEqual([
      ['ntc', 'Korea Namgang Trading Corp'],
      ['volasys', 'Volasys Silver Star'],
    ]);
    for (const m of matches) expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
  });

  it('reports the same entity each time it is mentioned', () => {
    expect(found('Mokran LLC builds. Mokran LLC pays.')).toEqual([
      ['mokran', 'Mokran LLC'],
      ['mokran', 'Mokran LLC'],
    ]);
  });

  it('needs company words around a bare distinctive word', () => {
    expect(found('Namgang Dam water level rises after heavy rain')).toEqual([]);
    expect(found('Mokran Chinese Restaurant, Seoul')).toEqual([]);
    expect(found('Silver star earrings, 925 sterling silver, network of local artisans')).toEqual(
      [],
    );
  });

  it('finds CJK aliases inside unspaced text, never inside a Latin word', () => {
    const text = 'Manufacturer:延边银星网络科技有限公司 | Jilin, China';
    const [match] = matcher.scanText(text);
    expect(match).toMatchObject({
      entityId: 'silverstar',
      span: { text: '延边银星网络科技有限公司' },
    });
    expect(found('Chkholsanite mineral')).toEqual([]);
  });

  it('accepts an acronym only as an upper-case word near a full mention', () => {
    expect(
      found(
        'Korea General Corporation for External Construction (GENCO) sent workers; GENCO paid.',
      ),
    ).toEqual([
      ['genco', 'Korea General Corporation for External Construction'],
      ['genco', 'GENCO'],
      ['genco', 'GENCO'],
    ]);
    expect(found('GENCO paid the workers.')).toEqual([]);
    expect(found('Microfiber Spin Mop with Bucket')).toEqual([]);
  });

  it('resolves a sibling inside a longer mention to the longer one', () => {
    expect(
      found(
        'Contract with Mansudae Overseas Projects Architectural and Technical Services (Pty) Ltd, Windhoek',
      ),
    ).toEqual([
      ['mopats', 'Mansudae Overseas Projects Architectural and Technical Services (Pty) Ltd'],
    ]);
  });

  it('tolerates typos in capitalised words', () => {
    expect(found('Paid to Korea Namgnag Trading Corporation today')).toEqual([
      ['ntc', 'Korea Namgnag Trading Corporation'],
    ]);
  });

  it('never throws on arbitrary Unicode and keeps every span inside the text', () => {
    const names = FIXTURE_ENTITIES.map((e) => e.name);
    const textWithNames = fc
      .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...names)), {
        maxLength: 12,
      })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(textWithNames, (text) => {
        for (const m of matcher.scanText(text)) {
          expect(m.span.start).toBeGreaterThanOrEqual(0);
          expect(m.span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('scans empty and 1 MB texts', () => {
    expect(matcher.scanText('')).toEqual([]);
    const page =
      'Top rated insulated bottle, free delivery. Supplier: Korea Osong Shipping Co | Gold Member\n'.repeat(
        11000,
      );
    expect(page.length).toBeGreaterThan(1_000_000);
    const matches = matcher.scanText(page);
    expect(matches).toHaveLength(11000);
    expect(matches.every((m) => m.entityId === 'osong')).toBe(true);
  });

  it('matchName never throws on arbitrary or huge input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (name) => {
        expect(Array.isArray(matcher.matchName(name))).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(Array.isArray(matcher.matchName('Korea Trading '.repeat(80000)))).toBe(true);
  });
});
