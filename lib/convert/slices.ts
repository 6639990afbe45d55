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

/**
 * Runs `work` on each item, yielding to the page whenever a slice has run
 * over budget; rejects with the signal's reason once it is aborted.
 */
export async function runInSlices<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  { budgetMs, yieldToPage, signal }: SliceOptions,
): Promise<void> {
  signal.throwIfAborted();
  let start = performance.now();
  let count = 0;
  for (const item of items) {
    work(item);
    // performance.now() every few items: it is cheap, not free.
    if ((++count & 7) === 0 && performance.now() - start > budgetMs) {
      await yieldToPage();
      signal.throwIfAborted();
      start = performance.now();
    }
  }
}
