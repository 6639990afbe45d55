import type { YieldToPage } from '../yield-to-page';

export interface SliceOptions {
  /** Work per task, in ms, before yielding. */
  budgetMs: number;
  yieldToPage: YieldToPage;
  signal: AbortSignal;
  /** Yields even within budget when this says so. */
  mustYield?: () => boolean;
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
export function createSlicer({ budgetMs, yieldToPage, signal, mustYield }: SliceOptions): Slicer {
  signal.throwIfAborted();
  let start = performance.now();
  const checkpoint = async () => {
    if (performance.now() - start <= budgetMs && !mustYield?.()) return;
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
