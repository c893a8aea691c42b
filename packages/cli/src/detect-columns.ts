/** How a name column was chosen, for the line printed before screening. */
export interface ColumnChoice {
  indexes: number[];
  names: string[];
  guessed: boolean;
}

const ENTITY_WORDS = [
  'supplier',
  'vendor',
  'company',
  'manufacturer',
  'factory',
  'facility',
  'seller',
  'firm',
  'organisation',
  'organization',
  'business',
  'employer',
  'contractor',
  'counterparty',
  'customer',
  'partner',
  'brand',
  'entity',
  'beneficiary',
  'shipper',
  'consignee',
];
// Headers that mention a name word but hold something else ("Supplier ID", "Contact name", "Company address").
const EXCLUDED_WORDS = [
  'id',
  'code',
  'no',
  'number',
  'address',
  'street',
  'city',
  'country',
  'region',
  'province',
  'state',
  'zip',
  'postcode',
  'email',
  'phone',
  'tel',
  'fax',
  'contact',
  'person',
  'first',
  'last',
  'user',
  'file',
  'product',
  'type',
  'category',
  'status',
  'date',
  'year',
  'count',
  'workers',
  'url',
  'website',
  'group',
];

function splitHeaderWords(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function scoreHeader(header: string): number {
  const words = splitHeaderWords(header);
  if (words.length === 0 || words.some((word) => EXCLUDED_WORDS.includes(word))) return 0;
  const hasName = words.includes('name') || words.includes('names');
  const hasEntity = words.some((word) => ENTITY_WORDS.includes(word));
  if (hasName && hasEntity) return 3;
  if (hasName) return 2;
  return hasEntity ? 1 : 0;
}

/**
 * Guesses the columns that hold company names: every header that says "name" (Supplier Name, Factory_Name,
 * name) unless it names something else (Contact Name, Country Name); failing that, a header that names an entity
 * (Supplier, Vendor, Manufacturer).
 */
export function guessNameColumns(headers: readonly string[]): number[] {
  const scores = headers.map(scoreHeader);
  const best = Math.max(0, ...scores);
  if (best === 0) return [];
  const threshold = best >= 2 ? 2 : 1;
  return scores.flatMap((score, index) => (score >= threshold ? [index] : []));
}

/** Finds `--column` values among the headers: exact first, then ignoring case and surrounding spaces. */
export function findColumns(
  headers: readonly string[],
  wanted: readonly string[],
): { indexes: number[]; missing: string[] } {
  const indexes: number[] = [];
  const missing: string[] = [];
  const folded = headers.map((header) => header.trim().toLowerCase());
  for (const name of wanted) {
    let index = headers.indexOf(name);
    if (index < 0) index = folded.indexOf(name.trim().toLowerCase());
    if (index < 0) missing.push(name);
    else if (!indexes.includes(index)) indexes.push(index);
  }
  return { indexes, missing };
}
