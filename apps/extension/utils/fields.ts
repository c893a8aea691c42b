/** Where on a page a name was found. `text` is the generic visible-text scan; the rest come from site adapters. */
export type Field = 'seller' | 'brand' | 'manufacturer' | 'supplier' | 'store' | 'text';
export type TypedField = Exclude<Field, 'text'>;

/** Lower is stronger: a seller in the buy box outranks the same entity in a brand row or in free text. */
export const FIELD_PRIORITY: Readonly<Record<Field, number>> = {
  seller: 0,
  manufacturer: 1,
  supplier: 2,
  brand: 3,
  store: 4,
  text: 5,
};

/** Only a strong match on a party that sells or makes the goods earns a page banner. */
export const BANNER_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'seller',
  'manufacturer',
  'supplier',
]);
