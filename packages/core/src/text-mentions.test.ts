import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { createMatcher } from './matcher.js';

const matcher = createMatcher(
  compileIndex([
    {
      id: 'yanbian',
      name: 'Yanbian Silverstar Network Technology Co., Ltd.',
      aliases: ['Yanbian Silverstar'],
    },
    { id: 'volasys', name: 'Volasys Silver Star', aliases: ['Volasys Silverstar'] },
    { id: 'dept53', name: "Department 53 of the Ministry of the People's Armed Forces" },
    { id: 'mas', name: 'Mansudae Overseas Projects Architectural and Technical Services' },
    { id: 'ntc', name: 'Korea Namgang Trading Corporation' },
    { id: 'mokran', name: 'Mokran LLC' },
    { id: 'partner', name: 'Partner Stocznia' },
  ]),
);
const mentions = (text: string) =>
  matcher.scanText(text).map((m) => [m.entityId, m.band, m.span.text]);

describe('names in text', () => {
  it('reports two sibling names written side by side, each on its own', () => {
    expect(
      mentions('Payments went to Yanbian Silverstar and Volasys Silverstar last year.'),
    ).toEqual([
      ['yanbian', 'match', 'Yanbian Silverstar'],
      ['volasys', 'match', 'Volasys Silverstar'],
    ]);
  });

  it('finds a name made only of common words when it is written in full', () => {
    expect(
      mentions(
        "Funds moved to Department 53 of the Ministry of the People's Armed Forces in 2019.",
      ),
    ).toEqual([['dept53', 'match', "Department 53 of the Ministry of the People's Armed Forces"]]);
    expect(mentions('The Department of Trade and Industry said so.')).toEqual([]);
  });

  it('reads "and" inside a name that has it', () => {
    expect(
      mentions('Built by Mansudae Overseas Projects Architectural and Technical Services in 2015.'),
    ).toEqual([
      ['mas', 'match', 'Mansudae Overseas Projects Architectural and Technical Services'],
    ]);
  });

  it('does not join a legal form or "of" from the neighbouring line of a list', () => {
    expect(mentions('ACME CO.,LTD\nNAMGANG TRADING CORPORATION\nNEXT LINE')).toEqual([
      ['ntc', 'match', 'NAMGANG TRADING CORPORATION'],
    ]);
    expect(mentions('Suppliers:\nMokran LLC\nPartner Stocznia').map((m) => m[2])).toEqual([
      'Mokran LLC',
      'Partner Stocznia',
    ]);
  });

  it('still finds a name whose own words wrap onto the next line', () => {
    expect(mentions('The firm, Korea Namgang\nTrading Corporation, sent workers.')[0]?.[0]).toBe(
      'ntc',
    );
  });

  it('joins a legal form wrapped alone onto the next line, but not one that starts the next name', () => {
    expect(mentions('Suppliers:\nMokran\nLLC\nPartner Stocznia').map((m) => m[2])).toEqual([
      'Mokran\nLLC',
      'Partner Stocznia',
    ]);
    // A legal form written before a name (LLC Alis, OOO Mokran) is that name's.
    expect(mentions('Suppliers:\nMokran\nLLC Partner Stocznia').map((m) => m[2])).toEqual([
      'LLC Partner Stocznia',
    ]);
  });

  it('reports a one-word name only where it is written as a name (capitalised, or as the list writes it)', () => {
    // SUPERIOR and BUENO are OFAC SDN aliases; lower-case words of running text are not those names.
    const list = createMatcher(
      compileIndex([
        { id: 'superior', name: 'SUPERIOR' },
        { id: 'bueno', name: 'BUENO' },
        { id: 'adidas', name: 'adidas' },
      ]),
    );
    const found = (text: string) => list.scanText(text).map((m) => [m.entityId, m.span.text]);
    expect(found('Superior quality at a muy bueno price, shipped by adidas.')).toEqual([
      ['superior', 'Superior'],
      ['adidas', 'adidas'],
    ]);
    expect(found('Cargo booked on the SUPERIOR in May.')).toEqual([['superior', 'SUPERIOR']]);
    // A longer name is still found in lower case (a slug, a shop's lower-cased listing).
    expect(
      mentions('customers who bought from korea namgang trading corporation also viewed'),
    ).toEqual([['ntc', 'match', 'korea namgang trading corporation']]);
  });
});
