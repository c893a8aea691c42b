import type { ScreenProgress } from './screen-types.js';

/** A progress bar only makes sense for a person watching a terminal, and never in CI logs. */
export function shouldShowProgress(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
  return stream.isTTY === true && !inCi;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}

/** One line: bar (when the size is known), rows, rows/s and the time left. */
export function formatProgress(progress: ScreenProgress, elapsedMs: number, width = 24): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? progress.rows / seconds : 0;
  const rows = `${progress.rows.toLocaleString('en-US')} rows · ${Math.round(rate).toLocaleString('en-US')} rows/s`;
  if (!progress.totalBytes) return rows;
  const done = Math.min(1, progress.bytes / progress.totalBytes);
  const filled = Math.round(done * width);
  const eta = done > 0 ? (seconds / done) * (1 - done) : Number.NaN;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(done * 100).toFixed(0).padStart(3)}% · ${rows} · ETA ${formatDuration(eta)}`;
}

/** Redraws the progress line on `stream` every 100 ms until stopped; polling keeps the screening loop free of I/O. */
export function startProgress(
  progress: ScreenProgress,
  stream: NodeJS.WriteStream,
): { stop(): void } {
  const started = performance.now();
  const draw = () =>
    stream.write(`\r${formatProgress(progress, performance.now() - started)}\u001b[K`);
  const timer = setInterval(draw, 100);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      stream.write('\r\u001b[K');
    },
  };
}
