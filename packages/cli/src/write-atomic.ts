import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const pending = new Set<string>();
const FLUSH_CHARS = 1 << 20;

/** What a report writer hands over: text, bytes, or text in pieces (never joined into one string). */
export type FileContent = string | Uint8Array | Iterable<string>;

/** Temporary files being written right now, so a signal handler can remove them before exiting. */
export function listPendingTempFiles(): string[] {
  return [...pending];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files that an earlier run writing `path` left behind when it was killed outright (`kill -9`
 * gives no chance to clean up). Temp names carry the writer's pid, so a file whose writer still runs is kept.
 */
export async function removeStaleTempFiles(path: string): Promise<string[]> {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(path))}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
  const folder = dirname(path);
  const names = await readdir(folder).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    return Number.isInteger(pid) && pid !== process.pid && !isProcessAlive(pid);
  });
  await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })));
  return stale;
}

async function writeContent(
  handle: Awaited<ReturnType<typeof open>>,
  content: FileContent,
): Promise<void> {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    await handle.writeFile(content);
    return;
  }
  let buffered = '';
  for (const piece of content) {
    buffered += piece;
    if (buffered.length >= FLUSH_CHARS) {
      await handle.write(buffered, null, 'utf8');
      buffered = '';
    }
  }
  if (buffered) await handle.write(buffered, null, 'utf8');
}

/**
 * Writes `path` atomically: the content goes to a temporary file beside it, is flushed to disk, then renamed over
 * the target. A failure or an interruption leaves the previous file untouched and removes the temporary one;
 * temporary files of killed earlier runs are removed first.
 */
export async function writeFileAtomic(path: string, content: FileContent): Promise<void> {
  await removeStaleTempFiles(path);
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  pending.add(temp);
  try {
    const handle = await open(temp, 'wx');
    try {
      await writeContent(handle, content);
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
