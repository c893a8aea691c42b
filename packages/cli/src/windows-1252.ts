// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node's TextDecoder('windows-1252') decodes those bytes as
// C1 controls (Latin-1), so € and curly quotes from Excel exports would be lost; this table restores them.
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
const C1_RANGE = /[\u0080-\u009f]/g;

function replaceControl(character: string): string {
  return String.fromCharCode(
    HIGH_CONTROLS[character.charCodeAt(0) - 0x80] ?? character.charCodeAt(0),
  );
}

/** Decodes Windows-1252 bytes; every byte maps to one character, so chunks can be decoded independently. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(C1_RANGE, replaceControl);
}
