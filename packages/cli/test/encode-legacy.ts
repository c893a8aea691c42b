/**
 * Encodes text in a legacy encoding by inverting Node's own `TextDecoder` over every one- and two-byte sequence, so
 * fixtures need no encoder library and agree byte for byte with what the CLI decodes.
 */
const tables = new Map<string, Map<string, number[]>>();

function buildTable(encoding: string): Map<string, number[]> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const table = new Map<string, number[]>();
  const learn = (bytes: number[]) => {
    try {
      const text = decoder.decode(Uint8Array.from(bytes));
      if ([...text].length === 1 && !table.has(text)) table.set(text, bytes);
    } catch {
      // Not a complete character in this encoding.
    }
  };
  for (let byte = 0; byte < 0x100; byte++) learn([byte]);
  for (let lead = 0x81; lead < 0xff; lead++) {
    for (let trail = 0x40; trail < 0xff; trail++) learn([lead, trail]);
  }
  return table;
}

export function encodeLegacy(text: string, encoding: string): Buffer {
  let table = tables.get(encoding);
  if (!table) tables.set(encoding, (table = buildTable(encoding)));
  const bytes: number[] = [];
  for (const character of text) {
    const found = table.get(character);
    if (!found) throw new Error(`${encoding} cannot encode ${character}`);
    bytes.push(...found);
  }
  return Buffer.from(bytes);
}
