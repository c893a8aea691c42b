export interface TimeSlicerOptions {
  /** Longest stretch of work before yielding to the page, in ms. */
  budgetMs?: number;
  /** Reports each slice's duration (benchmarks). */
  onSlice?: (durationMs: number) => void;
  now?: () => number;
  yieldToMain?: () => Promise<void>;
}

export interface TimeSlicer {
  /** Drives `steps` to completion, yielding to the page whenever a slice has used its budget. */
  run<T>(steps: Generator<unknown, T>): Promise<T>;
}

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/** `scheduler.yield()` keeps our continuation ahead of other queued tasks; a macrotask is the fallback. */
export function yieldToMainThread(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createTimeSlicer(options: TimeSlicerOptions = {}): TimeSlicer {
  const budgetMs = options.budgetMs ?? 4;
  const now = options.now ?? (() => performance.now());
  const yieldToMain = options.yieldToMain ?? yieldToMainThread;
  return {
    async run(steps) {
      let sliceStart = now();
      for (;;) {
        const step = steps.next();
        if (step.done) {
          options.onSlice?.(now() - sliceStart);
          return step.value;
        }
        if (now() - sliceStart >= budgetMs) {
          options.onSlice?.(now() - sliceStart);
          await yieldToMain();
          sliceStart = now();
        }
      }
    },
  };
}
