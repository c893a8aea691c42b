import { compileIndex, createMatcher, type Matcher } from '@nkscreen/core';
import { PLANTED } from '../fixtures/load-fixture';

/** A matcher over the fixture names only, so scanner specs do not depend on which rows the dataset holds today. */
export function createTestMatcher(): Matcher {
  return createMatcher(
    compileIndex([
      {
        id: 'korea-namgang-trading-corporation',
        name: PLANTED.SELLER,
        aliases: [PLANTED.SUPPLIER],
      },
      { id: 'hunchun-pagoda', name: PLANTED.MANUFACTURER },
      { id: 'beijing-sukbakso', name: PLANTED.SCRIPT_ONLY },
      { id: 'amazon-decoy', name: 'Amazon Export Sales' },
    ]),
  );
}
