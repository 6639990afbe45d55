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

/**
 * Resolves once the page has rendered a frame (after its layout), then
 * yielded: writes spread this way are laid out a part per frame. A hidden
 * page renders no frames: it only yields, and a frame that does not come
 * within 100 ms (the page hid meanwhile) is not waited for.
 */
export function afterNextFrame(doc: Document, yieldToPage: YieldToPage): Promise<void> {
  const view = doc.defaultView;
  if (!view?.requestAnimationFrame || doc.visibilityState === 'hidden') return yieldToPage();
  return new Promise<void>((resolve) => {
    const timer = view.setTimeout(resolve, 100);
    view.requestAnimationFrame(() => {
      view.clearTimeout(timer);
      // Tasks queued from a frame callback run after that frame's rendering.
      void yieldToPage().then(resolve);
    });
  });
}

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
