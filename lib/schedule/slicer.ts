/**
 * The one place that times a slice of our work and yields to the page: a long
 * job is cut into tasks of about `budgetMs` each, so no task of ours blocks
 * the page. The converter runs its passes through it; the annotator's job
 * queue (job-queue.ts) drains its jobs through it.
 */
import { yieldToPage as defaultYield, type YieldToPage } from './yield-to-page';

export interface SlicerOptions {
  /** Work per task, in ms, before yielding (see budgets.ts). */
  budgetMs: number;
  yieldToPage?: YieldToPage;
  /** Once aborted, the slicer rejects with its reason at the next yield. */
  signal?: AbortSignal;
  /** Yields even within budget when this says so (e.g. enough text written for one frame). */
  mustYield?: () => boolean;
  /**
   * Items between two readings of the clock: performance.now() is cheap, not
   * free, for items of a few microseconds (default 8; 1 for items that are
   * whole units of work, like a block's text run).
   */
  itemsPerClockRead?: number;
  now?: () => number;
}

/** Runs one slice of a `run` (one task's synchronous share of the work). */
type AroundSlice = (slice: () => void) => void;

export interface Slicer {
  /**
   * Runs `work` on each item, yielding whenever the slice is over budget;
   * each slice through `around`. Items are taken one at a time, so an
   * iterable may grow while it runs (a queue).
   */
  run<T>(items: Iterable<T>, work: (item: T) => void, around?: AroundSlice): Promise<void>;
  /** Yields if the slice is over budget (between steps of one job). */
  checkpoint(): Promise<void>;
}

/**
 * A slicer for one job, timed across all its steps from now; rejects with
 * the signal's reason once it is aborted.
 */
export function createSlicer(options: SlicerOptions): Slicer {
  const { budgetMs, signal, mustYield } = options;
  const yieldToPage = options.yieldToPage ?? defaultYield;
  const now = options.now ?? (() => performance.now());
  const every = options.itemsPerClockRead ?? 8;
  signal?.throwIfAborted();
  let start = now();
  const overBudget = () => now() - start >= budgetMs || (mustYield?.() ?? false);
  const yieldNow = async () => {
    await yieldToPage();
    signal?.throwIfAborted();
    start = now();
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
    // The item taken when the budget ran out: the first of the next slice. Taking it
    // first means a run whose last item ended a slice does not yield once more.
    let held: IteratorResult<T> | null = null;
    const slice = () => {
      for (let count = 0; ; count++) {
        const next = held ?? rest.next();
        held = null;
        if (next.done) return true;
        if (count > 0 && count % every === 0 && overBudget()) {
          held = next;
          return false;
        }
        work(next.value);
      }
    };
    for (;;) {
      let done = false;
      around(() => (done = slice()));
      if (done) return;
      await yieldNow();
    }
  };
  return { run, checkpoint };
}
