/** What the first bytes of an input say it is: text to decode, a zip to look inside, or a file nkscreen cannot read. */
export type FileKind =
  { kind: 'text' } | { kind: 'zip' } | { kind: 'unsupported'; what: string; fix: string };

const EXPORT_FIX = 'export the supplier list as CSV (UTF-8) or XLSX and pass that file';

interface Signature {
  bytes: readonly number[];
  /** Where the bytes start (most signatures are at offset 0). */
  at?: number;
  what: string;
  fix?: string;
}

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

// Magic numbers of the binary files people pass by mistake (a report instead of its list, an archive, a program).
const SIGNATURES: readonly Signature[] = [
  { bytes: ascii('%PDF-'), what: 'a PDF document' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an Excel 97-2003 workbook (.xls), a password-protected workbook or another Office 97-2003 file',
    fix: 'open it in Excel or LibreOffice and save it as .xlsx (without a password) or "CSV UTF-8", then pass that file',
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ascii('GIF87a'), what: 'a GIF image' },
  { bytes: ascii('GIF89a'), what: 'a GIF image' },
  { bytes: ascii('WEBP'), at: 8, what: 'a WebP image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an ELF program (Linux executable)' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a Mach-O program (macOS executable)' },
  {
    bytes: [0x1f, 0x8b],
    what: 'a gzip-compressed file',
    fix: 'decompress it first (gunzip) and pass the CSV inside',
  },
  {
    bytes: [0x31, 0x41, 0x59, 0x26, 0x53, 0x59],
    at: 4,
    what: 'a bzip2-compressed file',
    fix: 'decompress it first (bunzip2) and pass the CSV inside',
  },
  {
    bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
    what: 'an xz-compressed file',
    fix: 'decompress it first (unxz) and pass the CSV inside',
  },
  {
    bytes: [0x28, 0xb5, 0x2f, 0xfd],
    what: 'a zstd-compressed file',
    fix: 'decompress it first (unzstd) and pass the CSV inside',
  },
  {
    bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
    what: 'a 7-Zip archive',
    fix: 'extract it first and pass the CSV or XLSX inside',
  },
  {
    bytes: ascii('Rar!'),
    what: 'a RAR archive',
    fix: 'extract it first and pass the CSV or XLSX inside',
  },
  {
    bytes: ascii('ustar'),
    at: 257,
    what: 'a tar archive',
    fix: 'extract it first and pass the CSV or XLSX inside',
  },
  { bytes: ascii('SQLite format 3\u0000'), what: 'an SQLite database' },
  {
    bytes: [0x00, 0x01, 0x00, 0x00, 0x53, 0x74, 0x61, 0x6e, 0x64, 0x61, 0x72, 0x64],
    what: 'a Microsoft Access database',
  },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];

/** A Windows program: `MZ`, and at the offset stored at 0x3C the `PE\0\0` header (two letters alone could be text). */
function isWindowsProgram(head: Uint8Array): boolean {
  if (!startsWith(head, ascii('MZ')) || head.length < 0x40) return false;
  const peOffset = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(
    0x3c,
    true,
  );
  return startsWith(head, [0x50, 0x45, 0x00, 0x00], peOffset);
}

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (head.length < at + bytes.length) return false;
  return bytes.every((byte, index) => head[at + index] === byte);
}

/**
 * Names the kind of file from its first bytes (at least 512 when the file has them). Zip archives are returned as
 * `zip` for the caller to look inside (an .xlsx and an .ods are zips); text is everything without a known binary
 * signature — the decoder decides whether it really is text.
 */
export function detectFileKind(head: Uint8Array): FileKind {
  if (startsWith(head, ZIP)) return { kind: 'zip' };
  if (startsWith(head, EMPTY_ZIP))
    return { kind: 'unsupported', what: 'an empty zip archive', fix: EXPORT_FIX };
  if (isWindowsProgram(head))
    return { kind: 'unsupported', what: 'a Windows program or DLL', fix: EXPORT_FIX };
  for (const signature of SIGNATURES) {
    if (startsWith(head, signature.bytes, signature.at))
      return { kind: 'unsupported', what: signature.what, fix: signature.fix ?? EXPORT_FIX };
  }
  return { kind: 'text' };
}

/** Names what a zip holds from its entry names, when it is not a workbook nkscreen reads. */
export function describeZip(names: readonly string[]): { what: string; fix: string } {
  const has = (prefix: string) => names.some((name) => name.startsWith(prefix));
  if (has('word/'))
    return { what: 'a Word document (.docx)', fix: 'put the supplier list in a CSV or XLSX file' };
  if (has('ppt/'))
    return {
      what: 'a PowerPoint presentation (.pptx)',
      fix: 'put the supplier list in a CSV or XLSX file',
    };
  return {
    what: 'a zip archive that is not a workbook',
    fix: 'extract it first and pass the CSV or XLSX inside',
  };
}
