/**
 * The annotator's queue of scan jobs: each job is an iterator whose steps are
 * small units of work (a block's text run), run one job after the other in
 * slices of the slicer (slicer.ts), which yields to the page between them.
 */
import { SCAN_SLICE_MS } from './budgets';
import { createSlicer } from './slicer';
import { yieldToPage as defaultYield, type YieldToPage } from './yield-to-page';

export interface JobQueueOptions {
  /** Work per task before yielding (default SCAN_SLICE_MS). */
  budgetMs?: number;
  now?: () => number;
  yieldToPage?: YieldToPage;
  /** Once aborted, queued jobs are dropped. */
  signal?: AbortSignal;
  /** Called when the queue goes from idle to busy or back (counting only jobs not marked quiet). */
  onBusyChange?: (busy: boolean) => void;
  /** Called after every slice. */
  onSlice?: () => void;
  /** A job threw: it is dropped, the others go on (default: `console.error`). */
  onError?: (error: unknown) => void;
}

interface Job {
  steps: Iterator<unknown>;
  quiet: boolean;
}

export class JobQueue {
  #jobs: Job[] = [];
  #loud = 0;
  #running = false;
  #idleWaiters: (() => void)[] = [];
  readonly #yield: YieldToPage;
  readonly #options: JobQueueOptions;

  constructor(options: JobQueueOptions = {}) {
    this.#options = {
      onError: (error) => console.error('[pangzhu] scan failed', error),
      ...options,
    };
    this.#yield = options.yieldToPage ?? defaultYield;
  }

  /** True while a job that is not quiet is queued. */
  get busy(): boolean {
    return this.#loud > 0;
  }

  /** True while any job, quiet or not, is queued. */
  get pending(): boolean {
    return this.#jobs.length > 0;
  }

  /**
   * Queues a job, run after the ones already queued (jobs never interleave).
   * A quiet job does not make the queue busy (rescans of noisy blocks).
   */
  add(steps: Iterator<unknown>, { quiet = false } = {}): void {
    if (this.#options.signal?.aborted) return;
    const job = { steps, quiet };
    this.#jobs.push(job);
    if (!quiet && this.#loud++ === 0) this.#options.onBusyChange?.(true);
    if (!this.#running) {
      // Start after a yield: jobs added together are counted together, and the
      // caller's own work (often a DOM-heavy setup) is not lengthened by a slice.
      this.#running = true;
      void this.#yield().then(() => this.#drain());
    }
  }

  /** Resolves once no job is queued. */
  idle(): Promise<void> {
    if (this.#jobs.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** The first queued job, asked for again after every step: jobs added meanwhile are run too. */
  *#heads(): Generator<Job> {
    while (this.#jobs.length > 0) yield this.#jobs[0]!;
  }

  async #drain(): Promise<void> {
    const { budgetMs = SCAN_SLICE_MS, now, signal, onSlice } = this.#options;
    try {
      // A scan step is a whole text run: the clock is read after each.
      const slicer = createSlicer({
        budgetMs,
        now,
        signal,
        yieldToPage: this.#yield,
        itemsPerClockRead: 1,
      });
      await slicer.run(
        this.#heads(),
        (job) => this.#step(job),
        (slice) => {
          slice();
          onSlice?.();
        },
      );
    } catch (error) {
      // An abort ends the run early (a job's own error only drops that job): the rest goes.
      this.#drop();
      if (!signal?.aborted) this.#options.onError?.(error);
    } finally {
      this.#running = false;
    }
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  #step(job: Job): void {
    let done: boolean | undefined;
    try {
      done = job.steps.next().done;
    } catch (error) {
      // One bad block must not stop the rest of the page.
      done = true;
      this.#options.onError?.(error);
    }
    if (done) this.#finish(job);
  }

  #finish(job: Job): void {
    const i = this.#jobs.indexOf(job);
    if (i >= 0) this.#jobs.splice(i, 1);
    if (!job.quiet && --this.#loud === 0) this.#options.onBusyChange?.(false);
  }

  #drop(): void {
    this.#jobs = [];
    this.#loud = 0;
  }
}
