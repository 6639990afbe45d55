export type YieldToPage = () => Promise<void>;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Lets the page handle input and paint: scheduler.yield() where it exists. */
export const yieldToPage: YieldToPage = () => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

export interface SliceOptions {
  /** Work per task, in ms, before yielding. */
  budgetMs: number;
  yieldToPage: YieldToPage;
  signal: AbortSignal;
}

export interface Slicer {
  /** Runs `work` on each item, yielding whenever the slice is over budget. */
  run<T>(items: Iterable<T>, work: (item: T) => void): Promise<void>;
  /** Yields if the slice is over budget (between steps of one job). */
  checkpoint(): Promise<void>;
}

/**
 * Cuts one job into tasks of about `budgetMs`, timed across all its steps;
 * rejects with the signal's reason once it is aborted.
 */
export function createSlicer({ budgetMs, yieldToPage, signal }: SliceOptions): Slicer {
  signal.throwIfAborted();
  let start = performance.now();
  const checkpoint = async () => {
    if (performance.now() - start <= budgetMs) return;
    await yieldToPage();
    signal.throwIfAborted();
    start = performance.now();
  };
  const run = async <T>(items: Iterable<T>, work: (item: T) => void) => {
    let count = 0;
    for (const item of items) {
      work(item);
      // performance.now() every few items: it is cheap, not free.
      if ((++count & 7) === 0) await checkpoint();
    }
  };
  return { run, checkpoint };
}
