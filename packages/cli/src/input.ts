import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import {
  createDecoder,
  createUtf8Validator,
  detectEncodingFromBom,
  type Encoding,
  type EncodingGuess,
} from './decode.js';
import { detectFileKind } from './detect-file-kind.js';
import { createInputError } from './errors.js';
import { guessLegacyEncoding } from './guess-legacy-encoding.js';

const SNIFF_BYTES = 64 * 1024;
const READ_CHUNK_BYTES = 256 * 1024;

export interface DecodeOptions {
  /** Overrides detection (`--encoding`: a WHATWG encoding name). */
  encoding?: Encoding;
  /** Receives one line per fact worth telling the user (encoding chosen, bytes replaced). */
  onNote?: (note: string) => void;
  /** Receives the byte count of every chunk read, for progress. */
  onBytes?: (bytes: number) => void;
  /** What the command reads, for the message when the input is a binary file: "a CSV file". */
  expected?: string;
}

export interface InputFile {
  /** The path as given, or `stdin`. */
  label: string;
  /** Size in bytes when known (files), for the progress bar's ETA. */
  size: number | undefined;
  /** The file's path; absent for stdin. */
  path?: string;
  open(): Readable;
  /** SHA-256 of the bytes: a file is hashed as a stream; stdin by what was read of it, once it has been read. */
  sha256(): Promise<string>;
}

/** Describes a file path or `-` (stdin); fails with a message saying what to fix when the file cannot be read. */
export async function resolveInput(path: string): Promise<InputFile> {
  if (path === '-') return describeStdin();
  const info = await stat(path).catch((error: unknown) => {
    throw createInputError(
      `cannot read ${path}: ${describeFsError(error)}. Check the path, or pass - to read stdin.`,
    );
  });
  if (!info.isFile())
    throw createInputError(`${path} is not a file. Pass a CSV file, or - to read stdin.`);
  return {
    label: path,
    size: info.size,
    path,
    open: () => createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }),
    sha256: () => hashFile(path),
  };
}

/** SHA-256 of a file, read as a stream (constant memory, whatever its size). */
async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}

/** Stdin can be read once: its bytes are hashed as they pass, for the report's audit record. */
function describeStdin(): InputFile {
  const hash = createHash('sha256');
  let tapped: Readable | undefined;
  return {
    label: 'stdin',
    size: undefined,
    open: () =>
      (tapped ??= process.stdin.pipe(
        new Transform({
          transform(chunk: Buffer, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
          },
        }),
      )),
    sha256: () => Promise.resolve(hash.copy().digest('hex')),
  };
}

/** The first bytes of a file input (none for stdin, which is sniffed as it is read). */
export async function readFileHead(
  input: InputFile,
  bytes = 4096,
): Promise<Uint8Array | undefined> {
  if (input.path === undefined) return undefined;
  const handle = await open(input.path, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Refuses a binary input by what its magic bytes say it is, naming the file and what to pass instead. */
export function checkNotBinary(head: Uint8Array, label: string, expected: string): void {
  const kind = detectFileKind(head);
  if (kind.kind === 'unsupported')
    throw createInputError(`${label} is ${kind.what}, not ${expected}: ${kind.fix}.`);
  if (kind.kind === 'zip')
    throw createInputError(
      `${label} is a zip archive (an .xlsx workbook is one), not ${expected}: ` +
        (label === 'stdin'
          ? 'pass the workbook as a file path instead of through stdin.'
          : 'pass a workbook to nkscreen screen, or extract the file you want from the archive.'),
    );
}

export function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** Guesses UTF-16 without a byte-order mark from the zero bytes ASCII text leaves at odd or even offsets. */
function guessBomlessUtf16(head: Uint8Array): Encoding | undefined {
  const pairs = Math.min(head.length >> 1, 4096);
  if (pairs < 8) return undefined;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) zeroEven++;
    if (head[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Reads a whole file as UTF-8; returns the first chunk that is not, for the detector, or undefined when all is. */
async function findNonUtf8Chunk(input: InputFile): Promise<Buffer | undefined> {
  const validator = createUtf8Validator();
  let last: Buffer = Buffer.alloc(0);
  for await (const chunk of input.open() as AsyncIterable<Buffer>) {
    if (!validator.write(chunk)) return chunk;
    last = chunk;
  }
  return validator.end() ? undefined : last;
}

function describeGuess(guess: EncodingGuess, label: string): string {
  if (!guess.unsure) return `encoding: ${guess.encoding} (${guess.reason})`;
  return (
    `encoding: ${guess.encoding} (${guess.reason}) — warning: not sure of ${label}'s encoding. If names look ` +
    `garbled or nothing is found, pass --encoding with the right one (e.g. euc-kr, gbk, big5, shift_jis, ` +
    `windows-1251, windows-1252).`
  );
}

/**
 * Reads an input as text: byte-order marks pick UTF-8 or UTF-16; otherwise UTF-8 when every byte is valid UTF-8
 * (files are checked whole before parsing, stdin by its first 64 KiB), else the detector's guess confirmed by a
 * strict decode (CP949, GBK, Big5, Shift_JIS, Windows-1251…), said in a note — with a warning when it is unsure.
 */
export async function* readText(
  input: InputFile,
  options: DecodeOptions = {},
): AsyncGenerator<string> {
  const stream = input.open() as AsyncIterable<Buffer>;
  const iterator = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let finished = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      finished = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const headBuffer = Buffer.concat(head);
  checkNotBinary(headBuffer, input.label, options.expected ?? 'a text file');
  const guess = options.encoding
    ? { encoding: options.encoding, bom: false, reason: 'given with --encoding' }
    : await guessEncoding(headBuffer, input, finished);
  if (guess.encoding !== 'utf-8' || guess.bom) options.onNote?.(describeGuess(guess, input.label));

  const decoder = createDecoder(guess.encoding);
  const validator =
    guess.encoding === 'utf-8' && !options.encoding ? createUtf8Validator() : undefined;
  let invalidChunks = 0;
  let offset = 0;
  const undecodable = (length: number) =>
    createInputError(
      `${input.label} is not valid ${guess.encoding} (${guess.reason}): bytes ${offset}–${offset + length} ` +
        `cannot be decoded. Pass --encoding with the file's encoding (e.g. euc-kr, gbk, big5, shift_jis, ` +
        `windows-1251), or save it from Excel as "CSV UTF-8".`,
    );
  const decodeChunk = (chunk: Buffer): string => {
    options.onBytes?.(chunk.length);
    if (validator && !validator.write(chunk)) invalidChunks++;
    try {
      return decoder.write(chunk);
    } catch {
      throw undecodable(chunk.length);
    } finally {
      offset += chunk.length;
    }
  };
  try {
    if (headBuffer.length > 0) yield decodeChunk(headBuffer);
    if (!finished) {
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        yield decodeChunk(next.value);
      }
    }
  } finally {
    // A consumer that stops early (an error in a row callback) must not leave the file open.
    if (!finished) await iterator.return?.();
  }
  let rest: string;
  try {
    rest = decoder.end();
  } catch {
    throw undecodable(0);
  }
  if (rest) yield rest;
  if (invalidChunks > 0 || (validator && !validator.end())) {
    options.onNote?.(
      'warning: the input stopped being valid UTF-8 after the first 64 KiB; invalid bytes were read as U+FFFD. ' +
        'Pass --encoding windows-1252 if the file was saved from Excel on Windows.',
    );
  }
}

async function guessEncoding(
  head: Buffer,
  input: InputFile,
  wholeInputInHead: boolean,
): Promise<EncodingGuess> {
  const fromBom = detectEncodingFromBom(head);
  if (fromBom) return fromBom;
  const utf16 = guessBomlessUtf16(head);
  if (utf16)
    return {
      encoding: utf16,
      bom: false,
      reason: 'no byte-order mark; zero bytes look like UTF-16',
    };
  const zero = head.indexOf(0);
  if (zero !== -1)
    throw createInputError(
      `${input.label} holds binary data (a zero byte at byte ${zero}), not text. Pass a CSV or TSV file, or an ` +
        `.xlsx workbook; if it is UTF-16 or UTF-32 text without a byte-order mark, pass --encoding utf-16le or utf-16be.`,
    );
  const validator = createUtf8Validator();
  const headValid = validator.write(head) && (!wholeInputInHead || validator.end());
  if (!headValid) return guessLegacyEncoding(head);
  if (wholeInputInHead || input.size === undefined)
    return { encoding: 'utf-8', bom: false, reason: 'valid UTF-8' };
  const nonUtf8 = await findNonUtf8Chunk(input);
  if (!nonUtf8) return { encoding: 'utf-8', bom: false, reason: 'valid UTF-8' };
  const guess = guessLegacyEncoding(nonUtf8);
  // The head was plain ASCII, so the strict decode of the head cannot have ruled the guess out.
  return { ...guess, reason: `${guess.reason}, from the first bytes that are not UTF-8` };
}
