import type { DatasetIssue } from './issue.js';

export interface DecodedFile {
  /** The text with a leading BOM removed and every line ending turned into `\n`. */
  text: string;
  issues: DatasetIssue[];
}

const newline = 0x0a;

/**
 * Decodes a CSV file's bytes as UTF-8. A leading byte-order mark and CRLF line endings are accepted;
 * bytes that are not UTF-8 are reported line by line, and the rest is decoded with U+FFFD so later
 * checks can still report what else is wrong.
 */
export function decodeCsv(bytes: Uint8Array, file: string): DecodedFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      text: '',
      issues: [
        {
          file,
          line: 1,
          message: 'the file is UTF-16; save it as UTF-8 (in a spreadsheet: "CSV UTF-8")',
        },
      ],
    };
  }
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const issues: DatasetIssue[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    issues.push(...locateInvalidUtf8(body, file));
    text = new TextDecoder('utf-8').decode(body);
  }
  return { text: text.replace(/\r\n?/g, '\n'), issues };
}

// 0x0A never occurs inside a multi-byte UTF-8 sequence, so splitting on it is safe before decoding.
function locateInvalidUtf8(bytes: Uint8Array, file: string): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(newline, start);
    if (end === -1) end = bytes.length;
    const lineBytes = bytes.subarray(start, end);
    try {
      decoder.decode(lineBytes);
    } catch {
      const offset = firstInvalidByte(lineBytes);
      const byte = lineBytes[offset] ?? 0;
      issues.push({
        file,
        line,
        message: `is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte ${offset + 1} of the line); the file was probably saved as Windows-1252 or Latin-1 — save it as UTF-8`,
      });
    }
    start = end + 1;
    line += 1;
  }
  return issues;
}

function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}
