import type { YieldToPage } from '../yield-to-page';

export interface SliceOptions {
  /** Work per task, in ms, before yielding. */
  budgetMs: number;
  yieldToPage: YieldToPage;
  signal: AbortSignal;
  /** Yields even within budget when this says so. */
  mustYield?: () => boolean;
}

/** Runs one slice of a `run` (one task's synchronous share of the work). */
export type AroundSlice = (slice: () => void) => void;

export interface Slicer {
  /** Runs `work` on each item, yielding whenever the slice is over budget; each slice through `around`. */
  run<T>(items: Iterable<T>, work: (item: T) => void, around?: AroundSlice): Promise<void>;
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
  const overBudget = () => performance.now() - start > budgetMs || (mustYield?.() ?? false);
  const yieldNow = async () => {
    await yieldToPage();
    signal.throwIfAborted();
    start = performance.now();
  };
  const checkpoint = async () => {
    if (overBudget()) await yieldNow();
  };
  const run = async <T>(
    items: Iterable<T>,
    work: (item: T) => void,
    around: AroundSlice = (slice) => slice(),
  ) => {
    const rest = items[Symbol.iterator]();
    let done = false;
    const slice = () => {
      for (let count = 1; ; count++) {
        const next = rest.next();
        if (next.done) {
          done = true;
          return;
        }
        work(next.value);
        // performance.now() every few items: it is cheap, not free.
        if ((count & 7) === 0 && overBudget()) return;
      }
    };
    for (;;) {
      around(slice);
      if (done) return;
      await yieldNow();
    }
  };
  return { run, checkpoint };
}
