import { Inflate } from 'fflate';
import { createInputError } from './errors.js';

/** How much a zip may expand to: a workbook is untrusted input, and a zip bomb must fail, not fill memory. */
export interface ZipLimits {
  /** Uncompressed bytes of one part (a sheet, the shared strings). */
  maxPartBytes: number;
  /** Uncompressed bytes of every part read, together. */
  maxTotalBytes: number;
}

export const defaultZipLimits: ZipLimits = {
  maxPartBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
};

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localHeader: number;
}

export interface ZipArchive {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The part's uncompressed bytes in pieces, counted against the limits as they are inflated. */
  readPart(name: string): Generator<Uint8Array>;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const PIECE_BYTES = 1024 * 1024;

/** Lists a zip's entries from its central directory, which holds the true sizes and offsets of every part. */
function readDirectory(bytes: Uint8Array, label: string): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = (why: string) =>
    createInputError(
      `${label} looks like a zip (an .xlsx is one) but ${why}. Open it in Excel and save it again, or export it as CSV.`,
    );
  let end = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 65_535);
  while (end >= stop && view.getUint32(end, true) !== END_OF_DIRECTORY) end--;
  if (end < stop) throw broken('its directory is missing (the file is cut short or damaged)');
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff)
    throw broken('it is a ZIP64 archive, which nkscreen does not read (workbooks over 4 GB)');
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY)
      throw broken('its directory is damaged');
    const nameLength = view.getUint16(offset + 28, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.set(name, {
      name,
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localHeader: view.getUint32(offset + 42, true),
    });
    offset +=
      46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/**
 * Opens a zip held in memory. Parts are inflated as a stream and counted byte by byte, so the limits hold whatever
 * sizes the archive claims; encrypted parts and compression methods other than deflate are refused by name.
 */
export function openZip(
  bytes: Uint8Array,
  label: string,
  limits: ZipLimits = defaultZipLimits,
): ZipArchive {
  const entries = readDirectory(bytes, label);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let totalBytes = 0;

  function* readPart(name: string): Generator<Uint8Array> {
    const entry = entries.get(name);
    if (!entry)
      throw createInputError(`${label} has no part ${name}; it is not a complete workbook.`);
    if (entry.flags & 1)
      throw createInputError(
        `${label} is encrypted. Save it without a password (or export it as CSV) and pass that file.`,
      );
    const at = entry.localHeader;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
      throw createInputError(`${label} is damaged: part ${name} is not where its directory says.`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    let partBytes = 0;
    const count = (piece: Uint8Array) => {
      partBytes += piece.length;
      totalBytes += piece.length;
      if (partBytes > limits.maxPartBytes || totalBytes > limits.maxTotalBytes)
        throw createInputError(
          `${label}: ${name} expands to more than ${formatBytes(Math.min(limits.maxPartBytes, limits.maxTotalBytes))}; ` +
            `nkscreen stops here to guard against zip bombs. Split the workbook or export the sheet as CSV.`,
        );
    };
    if (entry.method === 0) {
      for (let from = 0; from < data.length; from += PIECE_BYTES) {
        const piece = data.subarray(from, from + PIECE_BYTES);
        count(piece);
        yield piece;
      }
      return;
    }
    if (entry.method !== 8)
      throw createInputError(
        `${label}: part ${name} uses compression method ${entry.method}, which nkscreen does not read. Save the workbook again from Excel or LibreOffice.`,
      );
    const pieces: Uint8Array[] = [];
    const inflate = new Inflate((piece) => {
      count(piece);
      pieces.push(piece);
    });
    try {
      for (let from = 0; from < data.length; from += PIECE_BYTES) {
        inflate.push(data.subarray(from, from + PIECE_BYTES), from + PIECE_BYTES >= data.length);
        yield* pieces.splice(0);
      }
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
      yield* pieces.splice(0);
    } catch (error) {
      if (error instanceof Error && error.name !== 'CliError')
        throw createInputError(
          `${label} is damaged: part ${name} cannot be decompressed (${error.message}). Open it in Excel and save it again.`,
          error,
        );
      throw error;
    }
  }

  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    readPart,
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}
