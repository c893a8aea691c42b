/**
 * Symmetric-deletion keys by hash: a word and each of its one-letter deletions, hashed in one pass without
 * building a string per deletion, in an open-addressing table of typed arrays. Building the typo tables of a
 * 5,000-name index was most of the cost of creating a matcher when every deletion was a string key of a Map of
 * arrays; probing a page word the same way cost a string per letter. A hash collision only adds a candidate that
 * the word comparison then rejects.
 */
export interface DeletionTable {
  hashes: Int32Array;
  /** Word id + 1 per slot; 0 marks an empty slot. */
  ids: Int32Array;
  mask: number;
}

/** Multiplier of the polynomial hash (FNV's prime: odd, with well spread bits). */
const BASE = 0x01000193;

let prefixScratch = new Int32Array(64);

/**
 * Calls `visit` with the hash of `word` and, with `deletions`, the hash of each one-letter deletion of it (equal
 * neighbours deleted give one key, as with `deletionVariants`). A deletion hashes like the string it leaves.
 */
export function visitDeletionKeys(
  word: string,
  deletions: boolean,
  visit: (hash: number) => void,
): void {
  const length = word.length;
  if (prefixScratch.length <= length) prefixScratch = new Int32Array(length * 2);
  const prefix = prefixScratch;
  prefix[0] = 0;
  for (let i = 0; i < length; i++)
    prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + word.charCodeAt(i)) | 0;
  visit(prefix[length]!);
  if (!deletions) return;
  // From the last letter back: `suffix` hashes the letters after i, weighted as they sit in the deletion.
  let suffix = 0;
  let power = 1;
  for (let i = length - 1; i >= 0; i--) {
    if (i === length - 1 || word.charCodeAt(i) !== word.charCodeAt(i + 1))
      visit((Math.imul(prefix[i]!, power) + suffix) | 0);
    suffix = (Math.imul(word.charCodeAt(i), power) + suffix) | 0;
    power = Math.imul(power, BASE);
  }
}

const slotOf = (hash: number, mask: number): number => {
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (mixed ^ (mixed >>> 16)) & mask;
};

/** Builds the table of `words`: each word's own key, and its deletion keys when `withDeletions(word)`. */
export function createDeletionTable(
  words: readonly string[],
  withDeletions: (word: string) => boolean,
): DeletionTable {
  let entries = 0;
  for (const word of words) entries += withDeletions(word) ? word.length + 1 : 1;
  let capacity = 16;
  while (capacity < entries * 2) capacity *= 2;
  const table: DeletionTable = {
    hashes: new Int32Array(capacity),
    ids: new Int32Array(capacity),
    mask: capacity - 1,
  };
  words.forEach((word, id) => {
    visitDeletionKeys(word, withDeletions(word), (hash) => {
      let slot = slotOf(hash, table.mask);
      while (table.ids[slot] !== 0) slot = (slot + 1) & table.mask;
      table.hashes[slot] = hash;
      table.ids[slot] = id + 1;
    });
  });
  return table;
}

/** Calls `visit` with the id of every word stored under `hash` (a word may come more than once). */
export function findByHash(table: DeletionTable, hash: number, visit: (id: number) => void): void {
  for (let slot = slotOf(hash, table.mask); table.ids[slot] !== 0; slot = (slot + 1) & table.mask) {
    if (table.hashes[slot] === hash) visit(table.ids[slot]! - 1);
  }
}
