import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system calls an atomic write needs; tests pass a layer that fails on purpose. */
export interface WriteFs {
  writeFileSync(path: string, content: string | Uint8Array): void;
  readFileSync(path: string): Uint8Array;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: boolean }): void;
  readdirSync(path: string): string[];
  mkdirSync(path: string, options: { recursive: boolean }): unknown;
}

export const nodeWriteFs: WriteFs = {
  writeFileSync: (path, content) => nodeFs.writeFileSync(path, content),
  readFileSync: (path) => nodeFs.readFileSync(path),
  renameSync: (from, to) => nodeFs.renameSync(from, to),
  rmSync: (path, options) => nodeFs.rmSync(path, options),
  readdirSync: (path) => nodeFs.readdirSync(path),
  mkdirSync: (path, options) => nodeFs.mkdirSync(path, options),
};

// Temp files carry a fixed marker so a later run can recognise, and remove, the leftovers of a killed one.
const marker = '.nkscreen-tmp-';

/**
 * Writes `content` to a temp file beside `path`, reads it back, and only when every byte arrived renames
 * it over `path`; a failed or short write leaves the old file as it was and no temp file behind.
 */
export function writeFileAtomically(
  path: string,
  content: string | Uint8Array,
  fs: WriteFs = nodeWriteFs,
): void {
  const directory = dirname(path);
  fs.mkdirSync(directory, { recursive: true });
  removeStaleTempFiles(path, fs);
  const temporary = join(directory, `${basename(path)}${marker}${process.pid}`);
  const expected = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let written: Uint8Array;
  try {
    fs.writeFileSync(temporary, expected);
    written = fs.readFileSync(temporary);
    if (Buffer.from(written).equals(Buffer.from(expected))) {
      fs.renameSync(temporary, path);
      return;
    }
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    // Node's own message ("EFBIG: file too large, write") does not say which file it was writing.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${path}: could not be written (${reason}); ${basename(path)} was not changed.`,
      {
        cause: error,
      },
    );
  }
  fs.rmSync(temporary, { force: true });
  throw new Error(
    `${path}: wrote ${expected.length} bytes but read back ${written.length}; the disk may be full. ${basename(path)} was not changed.`,
  );
}

/** Removes temp files a killed run left beside `path` (any process id). */
export function removeStaleTempFiles(path: string, fs: WriteFs = nodeWriteFs): void {
  const prefix = `${basename(path)}${marker}`;
  for (const name of fs.readdirSync(dirname(path))) {
    if (name.startsWith(prefix)) fs.rmSync(join(dirname(path), name), { force: true });
  }
}
