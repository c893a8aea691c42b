/** A small supplier list: real names from Apple's public supplier list (MIT, cwgrouptw/data) plus planted hits. */
export const supplierRows: string[][] = [
  ['Supplier Name', 'Country', 'Notes'],
  ['Foxconn Technology Co., Ltd.', 'China', 'electronics'],
  ['Shadow Harbour Trading Co., Ltd.', 'Russia', 'seafood; cans, lids'],
  ['Café Société “Lumière” Export', 'France', 'price in €'],
  ['Pegatron Corporation', 'Taiwan', ''],
  ['Blue Lantern Manpower Corp', 'China', 'dormitory\nsecond line of the note'],
];

/** Lines where the planted hits start (the header is line 1). */
export const hitLines = { shadow: 3, cafe: 4, blue: 6 };

export function toCsv(
  rows: readonly (readonly string[])[],
  delimiter = ',',
  newline = '\n',
): string {
  const quote = (cell: string) =>
    cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r')
      ? `"${cell.replaceAll('"', '""')}"`
      : cell;
  return rows.map((row) => row.map(quote).join(delimiter)).join(newline) + newline;
}

const cp1252: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94 };

/** Encodes text as Windows-1252 (Latin-1 plus the few characters the fixtures use from 0x80–0x9F). */
export function encodeWindows1252(text: string): Buffer {
  return Buffer.from([...text].map((character) => cp1252[character] ?? character.charCodeAt(0)));
}

export function encodeUtf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return endian === 'le' ? le : le.swap16();
}
