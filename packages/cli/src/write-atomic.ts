import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const pending = new Set<string>();

/** Temporary files being written right now, so a signal handler can remove them before exiting. */
export function listPendingTempFiles(): string[] {
  return [...pending];
}

/**
 * Writes `path` atomically: the content goes to a temporary file beside it, is flushed to disk, then renamed over
 * the target. A failure or an interruption leaves the previous file untouched and removes the temporary one.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  pending.add(temp);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}
