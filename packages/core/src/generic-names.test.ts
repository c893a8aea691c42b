import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile-index.js';
import { createMatcher } from './matcher.js';

const matcher = createMatcher(
  compileIndex([
    { id: 'cdc', name: 'Construction Development Company' },
    { id: 'lcti', name: 'Liaoning China Trade Industry Co., Ltd.' },
    { id: 'genco', name: 'Korea General Corporation for External Construction' },
    { id: 'mokran', name: 'Mokran Development LLC' },
  ]),
);
const ids = (name: string) => matcher.matchName(name).map((m) => m.entityId);

describe('a name made only of common words', () => {
  it('is found when written in full, in any case and with any legal form', () => {
    expect(ids('Construction Development Company')[0]).toBe('cdc');
    expect(ids('CONSTRUCTION DEVELOPMENT CO.')[0]).toBe('cdc');
    expect(ids('Liaoning China Trade Industry Co Ltd')[0]).toBe('lcti');
  });

  it('does not reach even review with one of its words missing or a distinctive word added', () => {
    expect(ids('Capital Development Authority')).toEqual([]);
    expect(ids('Department of Trade and Industry')).toEqual([]);
    expect(ids('China Trade Industry')).toEqual([]);
    expect(ids('Acme Construction Development Company')).toEqual([]);
  });

  it('leaves names with a distinctive word as they were', () => {
    expect(ids('Mokran Development')[0]).toBe('mokran');
  });
});
