import { describe, expect, it } from 'vitest';
import { splitListing } from './split-listing.js';

describe('splitListing', () => {
  it("reads each authority's listing with its programmes; the row's listed_on dates the first", () => {
    expect(
      splitListing({ listing: 'OFAC SDN (E.O. 13722; NKSPEA)', listedOn: '2020-01-14' }),
    ).toEqual([{ name: 'OFAC SDN', programs: ['E.O. 13722', 'NKSPEA'], listedOn: '2020-01-14' }]);
  });

  it('takes a later listing’s date from its parenthetical, and gives none where the cell has none', () => {
    expect(
      splitListing({
        listing: 'OFAC SDN (E.O. 13687); ROK MOFA (2024-04-02); EU',
        listedOn: '2023-08-31',
      }),
    ).toEqual([
      { name: 'OFAC SDN', programs: ['E.O. 13687'], listedOn: '2023-08-31' },
      { name: 'ROK MOFA', programs: [], listedOn: '2024-04-02' },
      { name: 'EU', programs: [] },
    ]);
  });

  it('reads a listing without programmes or a date', () => {
    expect(splitListing({ listing: 'ROK MOFA' })).toEqual([{ name: 'ROK MOFA', programs: [] }]);
  });
});
