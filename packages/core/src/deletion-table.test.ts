import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDeletionTable, findByHash, visitDeletionKeys } from './deletion-table.js';
import { deletionVariants } from './similarity.js';

const hashes = (word: string, deletions: boolean): number[] => {
  const out: number[] = [];
  visitDeletionKeys(word, deletions, (hash) => out.push(hash));
  return out;
};
const hashOf = (word: string): number => hashes(word, false)[0]!;
const word = fc.string({ minLength: 1, maxLength: 80, unit: fc.constantFrom(...'aabcdenrtsł') });

describe('deletion keys by hash', () => {
  it('hash each one-letter deletion as the string it leaves, once per distinct deletion', () => {
    fc.assert(
      fc.property(word, (w) => {
        const [own, ...deleted] = hashes(w, true);
        expect(own).toBe(hashOf(w));
        expect(deleted.sort()).toEqual(deletionVariants(w).map(hashOf).sort());
      }),
      { numRuns: 500 },
    );
  });

  it('find a stored word under its own key and under every deletion of it', () => {
    const words = ['dalpiterstroy', 'namgang', 'paekho', 'alis'];
    const table = createDeletionTable(words, (w) => w.length >= 5);
    const found = (key: string) => {
      const ids = new Set<number>();
      findByHash(table, hashOf(key), (id) => ids.add(id));
      return [...ids].map((id) => words[id]);
    };
    expect(found('namgang')).toEqual(['namgang']);
    expect(found('namang')).toEqual(['namgang']);
    expect(found('dalpitrstroy')).toEqual(['dalpiterstroy']);
    // Words shorter than the deletion length are stored as written only.
    expect(found('als')).toEqual([]);
    expect(found('alis')).toEqual(['alis']);
  });
});
