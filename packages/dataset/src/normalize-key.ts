/**
 * A deliberately simple comparison key for names: NFKC, lower case, marks and everything that is not a
 * letter or digit removed. It only has to catch two rows naming the same thing; the real matcher lives in
 * @nkscreen/core, which this package must not depend on.
 */
export function normalizeKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .normalize('NFC');
}
