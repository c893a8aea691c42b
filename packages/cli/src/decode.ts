import { isUtf8 } from 'node:buffer';
import { decodeWindows1252 } from './windows-1252.js';

/** A WHATWG encoding name as `TextDecoder#encoding` spells it (`utf-8`, `euc-kr`, `gb18030`, `shift_jis`…). */
export type Encoding = string;

export interface EncodingGuess {
  encoding: Encoding;
  /** Whether the bytes start with a byte-order mark (it is never passed on as text). */
  bom: boolean;
  /** Why this encoding was chosen, for the note on stderr. */
  reason: string;
  /** Set when the detector was not sure: the note then says so and how to override it. */
  unsure?: boolean;
}

/** Picks the encoding from a byte-order mark, else UTF-8. Call {@link isValidUtf8Prefix} to rule UTF-8 out. */
export function detectEncodingFromBom(head: Uint8Array): EncodingGuess | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', bom: true, reason: 'UTF-8 byte-order mark' };
  }
  if (head[0] === 0xff && head[1] === 0xfe)
    return { encoding: 'utf-16le', bom: true, reason: 'UTF-16 LE byte-order mark' };
  if (head[0] === 0xfe && head[1] === 0xff)
    return { encoding: 'utf-16be', bom: true, reason: 'UTF-16 BE byte-order mark' };
  return undefined;
}

/** Length of an incomplete UTF-8 sequence at the end of `bytes` (0–3), so chunk edges are not judged invalid. */
export function countIncompleteUtf8Tail(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** Validates UTF-8 chunk by chunk; a sequence split across chunks is carried to the next call. */
export function createUtf8Validator(): { write(chunk: Uint8Array): boolean; end(): boolean } {
  let carry: Uint8Array = new Uint8Array(0);
  let valid = true;
  return {
    write(chunk) {
      if (!valid) return false;
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const tail = countIncompleteUtf8Tail(bytes);
      valid = isUtf8(bytes.subarray(0, bytes.length - tail));
      carry = bytes.slice(bytes.length - tail);
      return valid;
    },
    end() {
      return valid && carry.length === 0;
    },
  };
}

export interface TextDecoderStream {
  write(chunk: Uint8Array): string;
  end(): string;
}

/**
 * Creates a streaming decoder; a leading byte-order mark is dropped. Legacy encodings decode strictly: a byte
 * sequence the encoding cannot hold throws, so a wrong guess is an error instead of a silently garbled name.
 */
export function createDecoder(encoding: Encoding): TextDecoderStream {
  if (encoding === 'windows-1252') {
    return { write: (chunk) => decodeWindows1252(chunk), end: () => '' };
  }
  // UTF-8 and UTF-16 are not fatal: when stdin turns out not to be UTF-8 after the first chunk, replacement
  // characters are the only option left; the caller counts and reports them.
  const decoder = new TextDecoder(encoding, { fatal: !encoding.startsWith('utf-') });
  return {
    write: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}

// Code-page names Windows and Excel users type that the WHATWG Encoding Standard does not list as labels.
const CODE_PAGES: ReadonlyMap<string, string> = new Map([
  ['cp949', 'euc-kr'],
  ['uhc', 'euc-kr'],
  ['cp936', 'gbk'],
  ['cp932', 'shift_jis'],
  ['sjis', 'shift_jis'],
  ['cp950', 'big5'],
  ['cp1251', 'windows-1251'],
  ['cp1252', 'windows-1252'],
  ['utf8', 'utf-8'],
  ['utf16le', 'utf-16le'],
  ['utf16be', 'utf-16be'],
]);

/** Maps any WHATWG label (`latin1`, `ks_c_5601-1987`, `GB2312`) or a code-page name (`cp949`) to its encoding. */
export function parseEncoding(value: string): Encoding | undefined {
  const label = value.trim().toLowerCase();
  const candidate = CODE_PAGES.get(label.replace(/[^a-z0-9]/g, '')) ?? label;
  try {
    return new TextDecoder(candidate).encoding;
  } catch {
    return undefined;
  }
}
