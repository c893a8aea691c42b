import { describe, expect, it } from 'vitest';
import { analyzeTokens } from './analyze.js';
import { compileIndex } from './compile-index.js';
import { tokenize } from './normalize.js';
import { canPairStrictly } from './strict-pairs.js';

const index = compileIndex([
  { id: 'cafe', name: 'Café Amazon' },
  { id: 'namgang', name: 'Namgang Trading Corporation' },
  { id: 'silver', name: 'Silver Star Shipping' },
  { id: 'dept', name: 'Department 53' },
  { id: 'lion', name: 'Golden Lion Bank' },
]);
const aliasTerms = (text: string) => index.data.aliases.find((a) => a.text === text)!.terms;
const termsOf = (text: string) => analyzeTokens(tokenize(text), index.lookups.dfGeneric);
const canPair = (text: string, alias: string): boolean => {
  const terms = termsOf(text);
  return canPairStrictly(terms, 0, terms.length - 1, aliasTerms(alias));
};

describe('canPairStrictly', () => {
  it('refuses a window without a company word of a name that has one', () => {
    expect(canPair('Amazon', 'Café Amazon')).toBe(false);
    expect(canPair('Amazon Cafe', 'Café Amazon')).toBe(true);
  });

  it('refuses a window missing any distinctive word or number of the name', () => {
    expect(canPair('Golden Bank', 'Golden Lion Bank')).toBe(false);
    expect(canPair('Department 54', 'Department 53')).toBe(false);
    expect(canPair('Golden Lion Bank', 'Golden Lion Bank')).toBe(true);
  });

  it('takes the spellings a strict score takes: typos, split names, merged names, synonyms', () => {
    expect(canPair('Namgnag Trading Corp', 'Namgang Trading Corporation')).toBe(true);
    expect(canPair('Nam Gang Trading', 'Namgang Trading Corporation')).toBe(true);
    expect(canPair('Silverstar Shipping', 'Silver Star Shipping')).toBe(true);
    expect(canPair('Golden Lion Banking', 'Golden Lion Bank')).toBe(true);
  });

  it('looks only at the terms it is given', () => {
    const terms = termsOf('Golden Lion and a Bank');
    const alias = aliasTerms('Golden Lion Bank');
    expect(canPairStrictly(terms, 0, 1, alias)).toBe(false);
    expect(canPairStrictly(terms, 0, terms.length - 1, alias)).toBe(true);
  });
});
