export type YieldToPage = () => Promise<void>;

interface Scheduler {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Lets the page handle input and paint: scheduler.yield() where it exists,
 * else a message to ourselves (a task, as setTimeout, but not clamped to
 * 4 ms once nested: a 1 MB page takes ~100 yields).
 */
export const yieldToPage: YieldToPage = () => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
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
